// POST /api/v1/data-subject-requests/{id}/refuse {outcome_note (required)} -> 200 DataSubjectRequest (status
// refused). UU 27/2022 Ps 33: a change that would endanger the subject or others must be refused.
#include "http/dto_pdp.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response SubjectRequestsRefuse(Request& req, ApiDeps& deps) {
  core::Result<std::optional<std::string>> note = ReadBody<std::optional<std::string>>(
      req, [](JsonReader& reader) { return std::optional<std::string>(reader.ReqString("outcome_note")); });
  if (!note) return ErrorResponse(note.error(), req);
  core::Result<domain::DataSubjectRequest> closed =
      deps.pdp->CloseRequest(req.actor, req.Param("id"), domain::RequestStatus::kRefused, *note);
  if (!closed) return ErrorResponse(closed.error(), req);
  return JsonResponse(200, RequestToJson(*closed, deps.clock.Now()));
}

}  // namespace sinergi::http
