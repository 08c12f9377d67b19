#include "cli/commands/commands.hpp"

namespace sinergi::cli {

CLI::App* AddVersionCommand(CLI::App& app) {
  return app.add_subcommand("version", "Print the version");
}

}  // namespace sinergi::cli
