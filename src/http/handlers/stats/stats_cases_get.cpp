// GET /api/v1/stats/cases?group_by=province,sex&from=&to=&case_type=&province=&regency=&sex=&scope=own|national
// -> the case and victim figures as the signed-in user may see them (StatsService::CaseFigures; dto_stats.hpp).
#include "http/dto_stats.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response StatsCasesGet(Request& req, ApiDeps& deps) {
  core::Result<domain::StatsQuery> query = domain::ParseStatsQuery(StatsQueryTextFrom(req));
  if (!query) return ErrorResponse(query.error(), req);
  core::Result<domain::StatsTable> table = deps.stats->CaseFigures(req.actor, *query);
  if (!table) return ErrorResponse(table.error(), req);
  return JsonResponse(200, StatsTableToJson(*table, deps.regions));
}

}  // namespace sinergi::http
