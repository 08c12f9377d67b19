#include <CLI/CLI.hpp>

#include "cli/commands/commands.hpp"
#include "cli/invocation.hpp"

namespace sinergi::cli {

ParseOutcome ParseCommandLine(int argc, const char* const* argv) {
  CLI::App app{"Sinergi: protection of Indonesian migrant workers and victims of trafficking and violence"};
  app.require_subcommand(1);
  ServeCommand serve;
  MigrateCommand migrate;
  DemoDataCommand demo;
  auto* serve_cmd = AddServeCommand(app, serve);
  auto* migrate_cmd = AddMigrateCommand(app, migrate);
  auto* demo_cmd = AddDemoDataCommand(app, demo);
  auto* version_cmd = AddVersionCommand(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if (serve_cmd->parsed()) return Command{serve};
  if (migrate_cmd->parsed()) return Command{migrate};
  if (demo_cmd->parsed()) return Command{demo};
  if (version_cmd->parsed()) return Command{VersionCommand{}};
  return 2;
}

}  // namespace sinergi::cli
