#pragma once
// One file per subcommand (STYLE.md §8); each declares its flags on the CLI11 app.
#include <CLI/CLI.hpp>

#include "cli/invocation.hpp"

namespace sinergi::cli {

void AddCommonFlags(CLI::App& sub, CommonFlags& flags);
CLI::App* AddServeCommand(CLI::App& app, ServeCommand& cmd);
CLI::App* AddMigrateCommand(CLI::App& app, MigrateCommand& cmd);
CLI::App* AddDemoDataCommand(CLI::App& app, DemoDataCommand& cmd);
CLI::App* AddVersionCommand(CLI::App& app);
CLI::App* AddAgencyCommands(CLI::App& app, AgencyAddCommand& add);
struct UserCommands {
  CLI::App* add = nullptr;
  CLI::App* reset_password = nullptr;
  CLI::App* disable = nullptr;
};
UserCommands AddUserCommands(CLI::App& app, UserAddCommand& add, UserResetPasswordCommand& reset,
                             UserDisableCommand& disable);
struct AuditCommands {
  CLI::App* verify = nullptr;
  CLI::App* heads = nullptr;
  CLI::App* anchor = nullptr;
};
AuditCommands AddAuditCommands(CLI::App& app, AuditVerifyCommand& verify, AuditHeadsCommand& heads,
                               AuditAnchorCommand& anchor);
struct KeyCommands {
  CLI::App* generate = nullptr;
  CLI::App* status = nullptr;
  CLI::App* rotate = nullptr;
};
CLI::App* AddRetentionCommands(CLI::App& app, RetentionRunCommand& run);
CLI::App* AddReferralCommands(CLI::App& app, ReferralsEscalateCommand& escalate);
KeyCommands AddKeyCommands(CLI::App& app, KeyGenerateCommand& generate, KeyStatusCommand& status,
                           KeyRotateCommand& rotate);

}  // namespace sinergi::cli
