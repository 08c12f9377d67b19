// POST /api/v1/persons/{id}/data-subject-requests {kind, channel, received_at, note} -> 201 DataSubjectRequest,
// due 72 hours after it was received.
#include "http/dto_pdp.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response SubjectRequestsCreate(Request& req, ApiDeps& deps) {
  core::Result<domain::DataSubjectRequestInput> in = ReadBody<domain::DataSubjectRequestInput>(req, ReadRequestInput);
  if (!in) return ErrorResponse(in.error(), req);
  core::Result<domain::DataSubjectRequest> created =
      deps.pdp->CreateRequest(req.actor, req.Param("id"), std::move(*in));
  if (!created) return ErrorResponse(created.error(), req);
  Response res = JsonResponse(201, RequestToJson(*created, deps.clock.Now()));
  res.SetHeader("Location", "/api/v1/data-subject-requests/" + created->id);
  return res;
}

}  // namespace sinergi::http
