#pragma once
// Runners of the identity and audit subcommands (issue #3). Each returns the process exit code.
#include "cli/invocation.hpp"

namespace sinergi::app {

struct Runtime;

int RunAgencyAdd(const cli::AgencyAddCommand& cmd);
int RunUserAdd(const cli::UserAddCommand& cmd);
int RunUserResetPassword(const cli::UserResetPasswordCommand& cmd);
int RunUserDisable(const cli::UserDisableCommand& cmd);
// Exit 0: chain intact and every anchor holds (prints entries and head hash); 3: broken chain or contradicted
// anchor (prints the first problem); 1: error (configuration, database, unreadable anchor file).
int RunAuditVerify(const cli::AuditVerifyCommand& cmd);
// app/run_audit_heads.cpp. Exit 0: heads printed or appended; 3: the chain is broken, an anchor already in the
// file is contradicted, or the file holds another head for a period (nothing is written); 1: error.
int RunAuditHeads(const cli::AuditHeadsCommand& cmd);
int RunAuditAnchor(const cli::AuditAnchorCommand& cmd);
// Data keys (app/run_keys.cpp): a new key (line or owner-only file); per-key counts of sealed values; re-sealing
// everything with the active key.
int RunKeyGenerate(const cli::KeyGenerateCommand& cmd);
int RunKeyStatus(const cli::KeyStatusCommand& cmd);
int RunKeyRotate(const cli::KeyRotateCommand& cmd);
// Retention (app/run_retention.cpp): prints one line per record type; --apply anonymises or purges.
int RunRetention(const cli::RetentionRunCommand& cmd);
// Referrals (app/run_referrals.cpp): escalates the overdue ones and prints how many.
int RunReferralsEscalate(const cli::ReferralsEscalateCommand& cmd);
// One overdue-referral check by "system:referrals", as serve runs it every 5 minutes: logs what it did, or the
// error (the next run retries).
void EscalateReferralsNow(Runtime& rt);

}  // namespace sinergi::app
