// GET /api/v1/public/stats/cases?group_by=&from=&to=&case_type=&province=&sex= -> the public case and victim
// figures, WITHOUT a session (registered with AddPublic): every case, small cells always suppressed, province level
// and above (a regency is refused, 422). Figures only, no record; a minute of caching keeps anonymous load cheap.
#include "http/dto_stats.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response PublicStatsCasesGet(Request& req, ApiDeps& deps) {
  core::Result<domain::StatsQuery> query = domain::ParseStatsQuery(StatsQueryTextFrom(req));
  if (!query) return ErrorResponse(query.error(), req);
  core::Result<domain::StatsTable> table = deps.stats->PublicCaseFigures(*query);
  if (!table) return ErrorResponse(table.error(), req);
  Response res = JsonResponse(200, StatsTableToJson(*table, deps.regions));
  res.SetHeader("Cache-Control", "public, max-age=60");
  return res;
}

}  // namespace sinergi::http
