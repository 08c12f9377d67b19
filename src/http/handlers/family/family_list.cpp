// GET /api/v1/persons/{id}/family -> {items: [{link_id, relation, person: summary}]}.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response FamilyList(Request& req, ApiDeps& deps) {
  core::Result<std::vector<domain::FamilyMember>> family = deps.registry.ListFamily(req.actor, req.Param("id"));
  if (!family) return ErrorResponse(family.error(), req);
  return JsonResponse(200, ItemsToJson(*family, FamilyMemberToJson));
}

}  // namespace sinergi::http
