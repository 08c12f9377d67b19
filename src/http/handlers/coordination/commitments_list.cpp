// GET /api/v1/commitments?forum_id=&meeting_id=&agency_id=&status=&limit=&cursor= -> page of commitments, newest
// first. status filters by the display status (OVERDUE included). Every signed-in user.
#include "http/dto_coordination.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response CommitmentsList(Request& req, ApiDeps& deps) {
  core::Result<domain::ports::PageRequest> page = ReadPageRequest(req);
  if (!page) return ErrorResponse(page.error(), req);
  domain::CoordinationService::CommitmentQuery query;
  query.forum_id = QueryText(req, "forum_id");
  query.meeting_id = QueryText(req, "meeting_id");
  query.agency_id = QueryText(req, "agency_id");
  query.status = QueryText(req, "status");
  core::Result<domain::ports::Page<domain::Commitment>> found =
      deps.coordination->ListCommitments(req.actor, query, *page);
  if (!found) return ErrorResponse(found.error(), req);
  const core::Date today = deps.coordination->Today();
  return JsonResponse(200,
                      PageToJson(*found, [today](const domain::Commitment& c) { return CommitmentToJson(c, today); }));
}

}  // namespace sinergi::http
