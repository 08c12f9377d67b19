// `sinergi audit verify`: walks the whole audit chain and reports the first entry that does not verify.
// Exit 3 (not 1) for a broken chain, so a scheduled job can tell "tampered" from "could not check".
#include <fmt/format.h>

#include "app/config.hpp"
#include "app/database_factory.hpp"
#include "app/logging.hpp"
#include "app/run_commands.hpp"
#include "domain/audit_log.hpp"

namespace sinergi::app {
namespace {

constexpr int kExitBroken = 3;

int PrintError(const core::Error& e) {
  fmt::print(stderr, "sinergi: {}\n", e.message());
  if (e.reason() != "config.invalid") {  // config messages already list every key
    for (const auto& f : e.fields()) fmt::print(stderr, "  {} ({}): {}\n", f.field, f.code, f.message);
  }
  return 1;
}

}  // namespace

int RunAuditVerify(const cli::AuditVerifyCommand& cmd) {
  auto config = LoadConfig(cmd.common, nullptr);
  if (!config) return PrintError(config.error());
  SetUpLogging(config->log_level);
  auto db = OpenDatabase(*config);
  if (!db) return PrintError(db.error());
  auto verification = domain::VerifyAuditChain(**db);
  if (!verification) return PrintError(verification.error());
  if (!verification->ok) {
    fmt::print("audit chain BROKEN at entry {}: {}\n", verification->first_broken_seq.value_or(0),
               verification->problem);
    return kExitBroken;
  }
  fmt::print("audit chain intact: {} entries, head {}\n", verification->entries, verification->head_hash);
  return 0;
}

}  // namespace sinergi::app
