// DELETE /api/v1/persons/{id}/family/{link_id} -> 204.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response FamilyDelete(Request& req, ApiDeps& deps) {
  core::Status removed = deps.registry.RemoveFamilyLink(req.actor, req.Param("id"), req.Param("link_id"));
  if (!removed) return ErrorResponse(removed.error(), req);
  Response res;
  res.status = 204;
  res.content_type.clear();
  return res;
}

}  // namespace sinergi::http
