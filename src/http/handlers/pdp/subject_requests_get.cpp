// GET /api/v1/data-subject-requests/{id} -> DataSubjectRequest.
#include "http/dto_pdp.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response SubjectRequestsGet(Request& req, ApiDeps& deps) {
  core::Result<domain::DataSubjectRequest> request = deps.pdp->GetRequest(req.actor, req.Param("id"));
  if (!request) return ErrorResponse(request.error(), req);
  return JsonResponse(200, RequestToJson(*request, deps.clock.Now()));
}

}  // namespace sinergi::http
