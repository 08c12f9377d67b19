// GET /api/v1/agencies?limit=&cursor= -> page of agencies (system administrators).
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response AgenciesList(Request& req, ApiDeps& deps) {
  core::Result<domain::ports::PageRequest> page = ReadPageRequest(req);
  if (!page) return ErrorResponse(page.error(), req);
  core::Result<domain::ports::Page<domain::Agency>> agencies = deps.identity.ListAgencies(req.actor, *page);
  if (!agencies) return ErrorResponse(agencies.error(), req);
  return JsonResponse(200, PageToJson(*agencies, AgencyToJson));
}

}  // namespace sinergi::http
