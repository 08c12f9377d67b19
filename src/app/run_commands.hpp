#pragma once
// Runners of the identity and audit subcommands (issue #3). Each returns the process exit code.
#include "cli/invocation.hpp"

namespace sinergi::app {

int RunAgencyAdd(const cli::AgencyAddCommand& cmd);
int RunUserAdd(const cli::UserAddCommand& cmd);
int RunUserResetPassword(const cli::UserResetPasswordCommand& cmd);
int RunUserDisable(const cli::UserDisableCommand& cmd);
// Exit 0: chain intact (prints entries and head hash); 3: broken (prints the first broken seq and why); 1: error.
int RunAuditVerify(const cli::AuditVerifyCommand& cmd);

}  // namespace sinergi::app
