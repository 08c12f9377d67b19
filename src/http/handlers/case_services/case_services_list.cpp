// GET /api/v1/cases/{id}/services -> {items: [service]}, ordered by requested_on; the outcome masked for actors
// who may not see the case's sensitive fields.
#include "http/dto_case_work.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response CaseServicesList(Request& req, ApiDeps& deps) {
  core::Result<std::vector<domain::CaseServiceDelivery>> services =
      deps.case_work->ListServices(req.actor, req.Param("id"));
  if (!services) return ErrorResponse(services.error(), req);
  boost::json::array items;
  for (const domain::CaseServiceDelivery& s : *services) items.emplace_back(CaseServiceDeliveryToJson(s));
  return JsonResponse(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace sinergi::http
