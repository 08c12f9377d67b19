// `sinergi audit heads` and `sinergi audit anchor`: export chain heads for anchoring outside the database.
//
// Both walk the chain once, and export nothing from a chain that does not verify. When they append to a file,
// the heads already in it are first compared with the chain (as `audit verify --anchors` does), so a rewritten
// trail is reported instead of getting its new heads anchored next to the old ones. Appending is idempotent:
// a head already in the file is not written again, and a file holding another head for one of the periods
// fails the run with nothing written. `heads` exports ended periods only (their heads never change);
// `anchor` adds the current head, so a timer anchors the newest entries too: cutting off the tail of the chain
// then shows as a chain that ends before its last anchor.
#include <fmt/format.h>

#include <optional>
#include <string>
#include <vector>

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

struct Export {
  domain::AnchorPeriod period = domain::AnchorPeriod::kDay;
  std::optional<core::Date> since;
  std::optional<std::string> out;  // print to stdout when absent
  bool with_open_head = false;
};

domain::AnchorPeriod PeriodFrom(const std::string& flag) {
  return flag == "hour" ? domain::AnchorPeriod::kHour : domain::AnchorPeriod::kDay;  // the CLI admits only these
}

int ExportHeads(const cli::CommonFlags& common, const Export& what) {
  auto config = LoadConfig(common, nullptr);
  if (!config) return Fail(config.error());
  SetUpLogging(config->log_level);
  std::vector<domain::AuditAnchor> existing;
  if (what.out) {
    auto read = ReadAnchorFile(*what.out, /*missing_is_empty=*/true);
    if (!read) return Fail(read.error());
    existing = std::move(*read);
  }
  auto db = OpenDatabase(*config);
  if (!db) return Fail(db.error());
  domain::AuditWalkRequest request;
  request.heads = what.period;
  request.anchors = existing;
  auto walk = domain::WalkAuditChain(**db, std::move(request));
  if (!walk) return Fail(walk.error());
  if (!walk->chain.ok) {
    ReportBrokenChain(walk->chain);
    fmt::print("no heads exported: a broken chain must be investigated, not anchored\n");
    return kExitTampered;
  }
  if (walk->anchor_mismatch) return ReportAnchorMismatch(*walk->anchor_mismatch, *what.out);

  std::vector<domain::AuditAnchor> heads = std::move(walk->closed_heads);
  if (what.since) heads = domain::AnchorsSince(std::move(heads), *what.since);
  if (what.with_open_head && walk->open_head) heads.push_back(*walk->open_head);
  if (!what.out) {
    for (const domain::AuditAnchor& head : heads) fmt::print("{}\n", FormatAnchorLine(head));
    return 0;
  }
  auto fresh = domain::AnchorsToAppend(existing, heads);
  if (!fresh) {
    fmt::print("audit anchor CONFLICT in {}: {}\n", *what.out, fresh.error().message());
    return kExitTampered;
  }
  auto appended = AppendAnchorFile(*what.out, *fresh);
  if (!appended) return Fail(appended.error());
  fmt::print("{}: {} heads appended, {} already there; chain head entry {}\n", *what.out, fresh->size(),
             heads.size() - fresh->size(), walk->last_seq);
  return 0;
}

}  // namespace

int RunAuditHeads(const cli::AuditHeadsCommand& cmd) {
  Export what;
  what.period = PeriodFrom(cmd.period);
  if (cmd.since) {
    what.since = core::Date::Parse(*cmd.since);
    if (!what.since) return Fail(core::Error::Invalid("validation_failed", "--since must be a date YYYY-MM-DD"));
  }
  what.out = cmd.out;
  return ExportHeads(cmd.common, what);
}

int RunAuditAnchor(const cli::AuditAnchorCommand& cmd) {
  Export what;
  what.period = PeriodFrom(cmd.period);
  what.out = cmd.out;
  what.with_open_head = true;
  return ExportHeads(cmd.common, what);
}

}  // namespace sinergi::app
