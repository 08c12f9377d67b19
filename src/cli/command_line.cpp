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
  AgencyAddCommand agency_add;
  UserAddCommand user_add;
  UserResetPasswordCommand user_reset;
  UserDisableCommand user_disable;
  AuditVerifyCommand audit_verify;
  auto* agency_add_cmd = AddAgencyCommands(app, agency_add);
  auto user_cmds = AddUserCommands(app, user_add, user_reset, user_disable);
  auto* audit_verify_cmd = AddAuditCommands(app, audit_verify);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if (serve_cmd->parsed()) return Command{serve};
  if (migrate_cmd->parsed()) return Command{migrate};
  if (demo_cmd->parsed()) return Command{demo};
  if (version_cmd->parsed()) return Command{VersionCommand{}};
  if (agency_add_cmd->parsed()) return Command{agency_add};
  if (user_cmds.add->parsed()) return Command{user_add};
  if (user_cmds.reset_password->parsed()) return Command{user_reset};
  if (user_cmds.disable->parsed()) return Command{user_disable};
  if (audit_verify_cmd->parsed()) return Command{audit_verify};
  return 2;
}

}  // namespace sinergi::cli
