// PATCH /api/v1/journeys/{id} (If-Match; JSON merge patch of the writable fields) -> 200 journey with ETag.
// As for persons: the patch is applied to the stored writable fields and the result is read strictly.
// `documents` is an array, so a patch that names it replaces the whole checklist (RFC 7396).
#include "http/dto_read.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response JourneysPatch(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<boost::json::object> patch = ReadJsonBody(req);
  if (!patch) return ErrorResponse(patch.error(), req);
  const std::string& id = req.Param("id");
  core::Result<domain::Journey> current = deps.journeys.GetJourney(req.actor, id);
  if (!current) return ErrorResponse(current.error(), req);

  boost::json::value merged = JourneyDataToJson(current->data);
  ApplyMergePatch(merged, *patch);
  JsonReader reader(merged.get_object());
  domain::JourneyData data = ReadJourneyData(reader);
  if (core::Status read = reader.Finish(); !read) return ErrorResponse(read.error(), req);

  core::Result<domain::Journey> updated = deps.journeys.UpdateJourney(req.actor, id, std::move(data), *version);
  if (!updated) return ErrorResponse(updated.error(), req);
  return ResourceResponse(200, JourneyToJson(*updated), updated->version);
}

}  // namespace sinergi::http
