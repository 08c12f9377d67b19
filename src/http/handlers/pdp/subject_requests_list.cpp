// GET /api/v1/data-subject-requests?status=&overdue=true&person_id=&limit=&cursor= -> page of requests, oldest
// first, each with `overdue`. overdue=true lists the open requests past their due time.
#include "http/dto_pdp.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response SubjectRequestsList(Request& req, ApiDeps& deps) {
  core::Result<domain::ports::PageRequest> page = ReadPageRequest(req);
  if (!page) return ErrorResponse(page.error(), req);
  core::Result<bool> overdue = QueryFlag(req, "overdue", false);
  if (!overdue) return ErrorResponse(overdue.error(), req);
  const core::Timestamp now = deps.clock.Now();

  domain::ports::RequestFilter filter;
  filter.person_id = QueryText(req, "person_id");
  if (std::optional<std::string> status = QueryText(req, "status")) {
    filter.status = domain::ParseRequestStatus(*status);
    if (!filter.status) {
      return ErrorResponse(core::Error::Invalid(std::string(kInvalidParameter),
                                                "Query parameter 'status' must be open, completed or refused.",
                                                {{"status", "unknown_code", "one of open, completed, refused"}}),
                           req);
    }
  }
  if (*overdue) {
    if (filter.status && *filter.status != domain::RequestStatus::kOpen) {
      return ErrorResponse(core::Error::Invalid(std::string(kInvalidParameter), "Only open requests can be overdue.",
                                                {{"overdue", "conflicting", "use with status=open or no status"}}),
                           req);
    }
    filter.status = domain::RequestStatus::kOpen;
    filter.due_before = now;
  }
  core::Result<domain::ports::Page<domain::DataSubjectRequest>> requests =
      deps.pdp->ListRequests(req.actor, filter, *page);
  if (!requests) return ErrorResponse(requests.error(), req);
  return JsonResponse(
      200, PageToJson(*requests, [now](const domain::DataSubjectRequest& r) { return RequestToJson(r, now); }));
}

}  // namespace sinergi::http
