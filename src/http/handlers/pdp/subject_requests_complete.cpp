// POST /api/v1/data-subject-requests/{id}/complete {outcome_note} -> 200 DataSubjectRequest (status completed).
#include "http/dto_pdp.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response SubjectRequestsComplete(Request& req, ApiDeps& deps) {
  core::Result<std::optional<std::string>> note =
      ReadBody<std::optional<std::string>>(req, [](JsonReader& reader) { return reader.OptString("outcome_note"); });
  if (!note) return ErrorResponse(note.error(), req);
  core::Result<domain::DataSubjectRequest> closed =
      deps.pdp->CloseRequest(req.actor, req.Param("id"), domain::RequestStatus::kCompleted, *note);
  if (!closed) return ErrorResponse(closed.error(), req);
  return JsonResponse(200, RequestToJson(*closed, deps.clock.Now()));
}

}  // namespace sinergi::http
