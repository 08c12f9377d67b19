// GET /api/v1/persons/{id}/consents -> {items: [Consent]}, oldest first, withdrawn ones included.
#include "http/dto_pdp.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response ConsentsList(Request& req, ApiDeps& deps) {
  core::Result<std::vector<domain::Consent>> consents = deps.pdp->ListConsents(req.actor, req.Param("id"));
  if (!consents) return ErrorResponse(consents.error(), req);
  return JsonResponse(200, ItemsToJson(*consents, ConsentToJson));
}

}  // namespace sinergi::http
