// POST /api/v1/forums/{id}/meetings (Idempotency-Key) {title, held_on, place, online_link, convening_agency_id,
// participants, agenda, minutes} -> 201 meeting with ETag. Only the convening agency records meetings.
#include "http/dto_coordination.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response ForumMeetingsCreate(Request& req, ApiDeps& deps) {
  core::Result<domain::MeetingData> data = ReadBody<domain::MeetingData>(req, ReadMeetingData);
  if (!data) return ErrorResponse(data.error(), req);
  core::Result<domain::Meeting> meeting =
      deps.coordination->CreateMeeting(req.actor, req.Param("id"), std::move(*data));
  if (!meeting) return ErrorResponse(meeting.error(), req);
  return ResourceResponse(201, MeetingToJson(*meeting), meeting->version);
}

}  // namespace sinergi::http
