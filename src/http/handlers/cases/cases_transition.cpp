// POST /api/v1/cases/{id}/transitions (If-Match) {to, reason, closure_reason, effective_date} -> 200 case with
// ETag. Refusals come from the workflow (domain/case_workflow.hpp): 409 case.transition_not_allowed, 403
// case.supervisor_required, 422 validation_failed naming the field.
#include "http/dto_read.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response CasesTransition(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<domain::CaseTransitionRequest> request =
      ReadBody<domain::CaseTransitionRequest>(req, ReadCaseTransitionRequest);
  if (!request) return ErrorResponse(request.error(), req);
  core::Result<domain::Case> moved = deps.cases->Transition(req.actor, req.Param("id"), *request, *version);
  if (!moved) return ErrorResponse(moved.error(), req);
  return ResourceResponse(200, CaseToJson(*moved), moved->version);
}

}  // namespace sinergi::http
