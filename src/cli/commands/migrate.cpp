#include "cli/commands/commands.hpp"

namespace sinergi::cli {

CLI::App* AddMigrateCommand(CLI::App& app, MigrateCommand& cmd) {
  auto* sub = app.add_subcommand("migrate", "Apply pending database migrations and load reference data");
  AddCommonFlags(*sub, cmd.common);
  return sub;
}

}  // namespace sinergi::cli
