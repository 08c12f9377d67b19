#include "cli/commands/commands.hpp"

namespace sinergi::cli {

CLI::App* AddDemoDataCommand(CLI::App& app, DemoDataCommand& cmd) {
  auto* sub = app.add_subcommand("demo-data", "Load the small demo dataset (refuses a database that holds persons)");
  AddCommonFlags(*sub, cmd.common);
  return sub;
}

}  // namespace sinergi::cli
