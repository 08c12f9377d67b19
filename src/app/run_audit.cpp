// `sinergi audit verify [--anchors FILE]`: walks the whole audit chain and reports the first entry that does not
// verify; with an anchor file, also the first anchored head the chain now contradicts (a chain rewritten from
// an edited entry on, or cut short, verifies on its own but no longer has its anchored hashes).
// Exit 3 (not 1) for either, so a scheduled job can tell "tampered" from "could not check".
#include <fmt/format.h>

#include "app/audit_anchor_file.hpp"
#include "app/audit_report.hpp"
#include "app/config.hpp"
#include "app/database_factory.hpp"
#include "app/logging.hpp"
#include "app/run_commands.hpp"
#include "app/runtime.hpp"
#include "domain/audit_log.hpp"

namespace sinergi::app {
namespace {

int VerifyWithAnchors(domain::ports::Database& db, const std::string& file) {
  auto anchors = ReadAnchorFile(file, /*missing_is_empty=*/false);
  if (!anchors) return Fail(anchors.error());
  const std::size_t count = anchors->size();
  std::optional<domain::AuditAnchor> newest;
  for (const domain::AuditAnchor& a : *anchors) {
    if (!newest || a.seq > newest->seq) newest = a;
  }
  domain::AuditWalkRequest request;
  request.anchors = std::move(*anchors);
  auto walk = domain::WalkAuditChain(db, std::move(request));
  if (!walk) return Fail(walk.error());
  // Both are reported when both fail: the anchors say how far back a rewrite that broke the chain reaches.
  if (!walk->chain.ok) ReportBrokenChain(walk->chain);
  if (walk->anchor_mismatch) ReportAnchorMismatch(*walk->anchor_mismatch, file);
  if (!walk->chain.ok || walk->anchor_mismatch) return kExitTampered;
  fmt::print("audit chain intact: {} entries, head {}\n", walk->chain.entries, walk->chain.head_hash);
  if (newest) {
    fmt::print("anchors hold: {} heads in {}, the newest at entry {} ({})\n", count, file, newest->seq, newest->period);
  } else {
    fmt::print("anchors: {} holds no heads yet\n", file);
  }
  return 0;
}

}  // namespace

int RunAuditVerify(const cli::AuditVerifyCommand& cmd) {
  auto config = LoadConfig(cmd.common, nullptr);
  if (!config) return Fail(config.error());
  SetUpLogging(config->log_level);
  auto db = OpenDatabase(*config);
  if (!db) return Fail(db.error());
  if (cmd.anchors) return VerifyWithAnchors(**db, *cmd.anchors);
  auto verification = domain::VerifyAuditChain(**db);
  if (!verification) return Fail(verification.error());
  if (!verification->ok) return ReportBrokenChain(*verification);
  fmt::print("audit chain intact: {} entries, head {}\n", verification->entries, verification->head_hash);
  return 0;
}

}  // namespace sinergi::app
