#pragma once
// Use cases of the case and victim figures (issue #6; domain/stats.hpp says what is counted). Thread-safe; each call
// reads in one unit of work. Figures carry no record, so reading them is not audited; an export is (one "export"
// entry per file, its detail the query).
//
// WHO SEES WHAT (Permission::kStatsRead: every role that works with cases, and DATA_ANALYST, who sees figures but no
// case record)
//   StatsScope::kOwn       the cases the actor's case list would show (CaseGate::ListRestrictionWithReferrals: the
//                          same need-to-know restriction, in the same SQL), exact figures; scope = the actor's
//                          lingkup_akses (NATIONAL when they see every case).
//   StatsScope::kNational  every case; small cells suppressed with k = StatsOptions::suppression_threshold, unless the
//                          actor sees every case anyway (then exact, as kOwn).
//   PublicCaseFigures      every case, without a session: always suppressed, province level and above.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/ports/database.hpp"
#include "domain/stats.hpp"
#include "domain/suppression.hpp"

namespace sinergi::domain {

struct StatsOptions {
  std::int64_t suppression_threshold = kDefaultSuppressionThreshold;  // config stats.suppression_threshold
};

// Errors of every method, in addition to those listed: kUnavailable/kInternal from storage; kInvalid
// "stats.too_many_cells" (stats_rules.hpp BuildStatsTable); and for the methods taking an actor,
// kUnauthenticated "auth.required" and kForbidden "forbidden" from the policy.
class StatsService {
 public:
  StatsService(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids, StatsOptions options)
      : db_(db), clock_(clock), ids_(ids), options_(options) {}

  // The table of `query` (ParseStatsQuery's result) as the actor may see it.
  core::Result<StatsTable> CaseFigures(const Actor& actor, const StatsQuery& query);
  // CaseFigures for a file: audited ("export", entity "stats_cases", detail "<format> <DescribeStatsQuery>"); a
  // failed audit fails the export.
  core::Result<StatsTable> ExportCaseFigures(const Actor& actor, const StatsQuery& query, std::string_view format);
  // The public table, for anyone: query.scope is ignored (kPublic). Errors: kInvalid "validation_failed"
  // (ValidatePublicQuery: group_by / regency not_public).
  core::Result<StatsTable> PublicCaseFigures(StatsQuery query);

 private:
  ports::Database& db_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
  StatsOptions options_;
};

}  // namespace sinergi::domain
