// GET /api/v1/meetings/{id} -> 200 meeting with ETag, its commitments and the agenda carry-over (the open and
// overdue commitments of the forum's earlier meetings).
#include "http/dto_coordination.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response MeetingsGet(Request& req, ApiDeps& deps) {
  core::Result<domain::CoordinationService::MeetingView> view =
      deps.coordination->GetMeeting(req.actor, req.Param("id"));
  if (!view) return ErrorResponse(view.error(), req);
  return ResourceResponse(200, MeetingViewToJson(*view, deps.coordination->Today()), view->meeting.version);
}

}  // namespace sinergi::http
