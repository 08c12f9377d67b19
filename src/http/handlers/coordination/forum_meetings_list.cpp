// GET /api/v1/forums/{id}/meetings -> {items: [meeting]}, oldest first; representatives masked for users outside the
// meeting's agencies (without NATIONAL scope).
#include "http/dto_coordination.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response ForumMeetingsList(Request& req, ApiDeps& deps) {
  core::Result<std::vector<domain::Meeting>> meetings = deps.coordination->ListMeetings(req.actor, req.Param("id"));
  if (!meetings) return ErrorResponse(meetings.error(), req);
  return JsonResponse(200, ItemsToJson(*meetings, MeetingToJson));
}

}  // namespace sinergi::http
