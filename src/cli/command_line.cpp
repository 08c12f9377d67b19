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
  AuditHeadsCommand audit_heads;
  AuditAnchorCommand audit_anchor;
  auto* agency_add_cmd = AddAgencyCommands(app, agency_add);
  auto user_cmds = AddUserCommands(app, user_add, user_reset, user_disable);
  auto audit_cmds = AddAuditCommands(app, audit_verify, audit_heads, audit_anchor);
  KeyGenerateCommand key_generate;
  KeyStatusCommand key_status;
  KeyRotateCommand key_rotate;
  auto key_cmds = AddKeyCommands(app, key_generate, key_status, key_rotate);
  RetentionRunCommand retention_run;
  auto* retention_run_cmd = AddRetentionCommands(app, retention_run);
  ReferralsEscalateCommand referrals_escalate;
  auto* referrals_escalate_cmd = AddReferralCommands(app, referrals_escalate);
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
  if (audit_cmds.verify->parsed()) return Command{audit_verify};
  if (audit_cmds.heads->parsed()) return Command{audit_heads};
  if (audit_cmds.anchor->parsed()) return Command{audit_anchor};
  if (key_cmds.generate->parsed()) return Command{key_generate};
  if (key_cmds.status->parsed()) return Command{key_status};
  if (key_cmds.rotate->parsed()) return Command{key_rotate};
  if (retention_run_cmd->parsed()) return Command{retention_run};
  if (referrals_escalate_cmd->parsed()) return Command{referrals_escalate};
  return 2;
}

}  // namespace sinergi::cli
