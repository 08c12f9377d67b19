// StatsService (stats_service.hpp): the figures of cases and victims, exact in the actor's scope, suppressed beyond.
#include "domain/stats_service.hpp"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "domain/audit_log.hpp"
#include "domain/detail/case_access.hpp"
#include "domain/policy.hpp"
#include "domain/stats_rules.hpp"

namespace sinergi::domain {
namespace {

using core::Result;
using ports::TxMode;

bool NeedsRegions(const StatsQuery& query) {
  for (StatsDimension d : query.group_by) {
    if (d == StatsDimension::kProvince || d == StatsDimension::kRegency) return true;
  }
  return false;
}

Result<StatsRegions> LoadRegions(ports::UnitOfWork& uow) {
  SINERGI_TRY(std::vector<Region> all, uow.reference().AllRegions(2));
  StatsRegions out;
  for (Region& region : all) {
    (region.level == 1 ? out.provinces : out.regencies).push_back(std::move(region.code));
  }
  std::sort(out.provinces.begin(), out.provinces.end());
  std::sort(out.regencies.begin(), out.regencies.end());
  return out;
}

// Counts `query` within `scope` and builds the table (suppressed when k is set).
Result<StatsTable> Count(ports::UnitOfWork& uow, const StatsQuery& query, const ListScope& scope,
                         std::optional<std::int64_t> k) {
  ports::StatsCountQuery count{query.group_by, query.filter, scope};
  SINERGI_TRY(std::vector<ports::StatsGroupCount> groups, uow.stats().CountCases(count));
  count.group_by.clear();
  SINERGI_TRY(std::vector<ports::StatsGroupCount> totals, uow.stats().CountCases(count));
  if (totals.size() != 1) return core::Error::Internal("the stats totals query answered no single group");
  StatsRegions regions;
  if (NeedsRegions(query)) {
    SINERGI_TRY(regions, LoadRegions(uow));
  }
  std::vector<std::vector<std::string>> categories;
  for (std::size_t i = 0; i < query.group_by.size(); ++i) {
    std::vector<std::string> observed;
    for (const ports::StatsGroupCount& g : groups) observed.push_back(g.keys.at(i));
    categories.push_back(StatsCategories(query.group_by[i], query.filter, regions, observed));
  }
  return BuildStatsTable(query.group_by, categories, groups, totals.front(), k);
}

}  // namespace

Result<StatsTable> StatsService::CaseFigures(const Actor& actor, const StatsQuery& query) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kStatsRead));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  detail::CaseGate gate(*uow, actor);
  SINERGI_TRY(ListScope own, gate.ListRestrictionWithReferrals());
  const std::string own_label = own.everything ? "NATIONAL" : actor.scope;
  if (query.scope == StatsScope::kOwn || own.everything) {
    SINERGI_TRY(StatsTable table, Count(*uow, query, own, std::nullopt));
    table.scope = own_label;
    return table;
  }
  SINERGI_TRY(StatsTable table, Count(*uow, query, ListScope::Everything(), options_.suppression_threshold));
  table.scope = "NATIONAL";
  return table;
}

Result<StatsTable> StatsService::ExportCaseFigures(const Actor& actor, const StatsQuery& query,
                                                   std::string_view format) {
  SINERGI_TRY(StatsTable table, CaseFigures(actor, query));
  AuditEvent event{"export", "stats_cases", {}, {}, {}, std::string(format) + " " + DescribeStatsQuery(query)};
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return table;
}

Result<StatsTable> StatsService::PublicCaseFigures(StatsQuery query) {
  query.scope = StatsScope::kPublic;
  std::vector<core::FieldError> errors = ValidatePublicQuery(query);
  if (!errors.empty()) return core::Error::Validation(std::move(errors));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  SINERGI_TRY(StatsTable table, Count(*uow, query, ListScope::Everything(), options_.suppression_threshold));
  table.scope = "PUBLIC";
  return table;
}

}  // namespace sinergi::domain
