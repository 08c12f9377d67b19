// GET /api/v1/cases/{id}/complaint -> 200 the complaint facts of the case and the timers they start (Perban BP2MI
// 6/2024 Ps 30; domain/complaint.hpp). ETag: the facts' version, sent once facts were recorded (version 0, nothing
// recorded yet, has none: the first PATCH goes without If-Match).
#include "http/dto_complaint.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response CaseComplaintGet(Request& req, ApiDeps& deps) {
  core::Result<domain::ComplaintView> view = deps.case_work->GetComplaint(req.actor, req.Param("id"));
  if (!view) return ErrorResponse(view.error(), req);
  if (view->facts.version == 0) return JsonResponse(200, ComplaintViewToJson(*view));
  return ResourceResponse(200, ComplaintViewToJson(*view), view->facts.version);
}

}  // namespace sinergi::http
