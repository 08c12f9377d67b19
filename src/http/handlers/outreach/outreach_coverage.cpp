// GET /api/v1/outreach/coverage?province=61&from=&to= -> every regency of the province with its outreach events and
// participants in [from, to] and its departures in the 12 months up to `to`, flagged high_departure (top quarter,
// at least 1) and no_outreach_high_departure. Counts only. Every signed-in user.
#include "http/dto_outreach.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response OutreachCoverage(Request& req, ApiDeps& deps) {
  core::Result<std::optional<core::Date>> from = OptionalQueryDate(req, "from");
  if (!from) return ErrorResponse(from.error(), req);
  core::Result<std::optional<core::Date>> to = OptionalQueryDate(req, "to");
  if (!to) return ErrorResponse(to.error(), req);
  core::Result<domain::OutreachCoverage> coverage =
      deps.outreach->Coverage(req.actor, QueryText(req, "province").value_or(""), *from, *to);
  if (!coverage) return ErrorResponse(coverage.error(), req);
  return JsonResponse(200, OutreachCoverageToJson(*coverage));
}

}  // namespace sinergi::http
