// GET /api/v1/cases/{id}/restitutions -> {items: [restitution claim]}, ordered by claimed_on, with the derived stage,
// totals and due days. Only actors who may see the case's sensitive fields read them (403 otherwise).
#include "http/dto_restitution.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response CaseRestitutionsList(Request& req, ApiDeps& deps) {
  core::Result<std::vector<domain::CaseRestitution>> claims =
      deps.case_work->ListRestitutions(req.actor, req.Param("id"));
  if (!claims) return ErrorResponse(claims.error(), req);
  boost::json::array items;
  for (const domain::CaseRestitution& r : *claims) items.emplace_back(CaseRestitutionToJson(r));
  return JsonResponse(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace sinergi::http
