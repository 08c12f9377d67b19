// PATCH /api/v1/meetings/{id} (If-Match; JSON merge patch of the meeting's fields) -> 200 meeting with ETag (without
// commitments and carry-over). participants is an array: naming it replaces all of them.
#include "http/dto_coordination.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response MeetingsPatch(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<boost::json::object> patch = ReadJsonBody(req);
  if (!patch) return ErrorResponse(patch.error(), req);
  const std::string& id = req.Param("id");
  core::Result<domain::CoordinationService::MeetingView> current = deps.coordination->GetMeeting(req.actor, id);
  if (!current) return ErrorResponse(current.error(), req);

  boost::json::value merged = MeetingPatchableToJson(current->meeting.data);
  ApplyMergePatch(merged, *patch);
  JsonReader reader(merged.get_object());
  domain::MeetingData data = ReadMeetingData(reader);
  if (core::Status read = reader.Finish(); !read) return ErrorResponse(read.error(), req);

  core::Result<domain::Meeting> updated = deps.coordination->UpdateMeeting(req.actor, id, std::move(data), *version);
  if (!updated) return ErrorResponse(updated.error(), req);
  return ResourceResponse(200, MeetingToJson(*updated), updated->version);
}

}  // namespace sinergi::http
