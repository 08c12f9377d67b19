// PATCH /api/v1/outreach-events/{id} (If-Match; JSON merge patch of the event's fields) -> 200 event with ETag.
// Changing commitment_id or cancelled moves the event's count between commitments.
#include "http/dto_outreach.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response OutreachEventsPatch(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<boost::json::object> patch = ReadJsonBody(req);
  if (!patch) return ErrorResponse(patch.error(), req);
  const std::string& id = req.Param("id");
  core::Result<domain::OutreachService::EventView> current = deps.outreach->GetEvent(req.actor, id);
  if (!current) return ErrorResponse(current.error(), req);

  boost::json::value merged = OutreachEventPatchableToJson(current->event.data);
  ApplyMergePatch(merged, *patch);
  JsonReader reader(merged.get_object());
  domain::OutreachEventData data = ReadOutreachEventData(reader);
  if (core::Status read = reader.Finish(); !read) return ErrorResponse(read.error(), req);

  core::Result<domain::OutreachEvent> updated = deps.outreach->UpdateEvent(req.actor, id, std::move(data), *version);
  if (!updated) return ErrorResponse(updated.error(), req);
  return ResourceResponse(200, OutreachEventToJson(*updated), updated->version);
}

}  // namespace sinergi::http
