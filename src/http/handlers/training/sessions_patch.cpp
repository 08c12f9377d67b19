// PATCH /api/v1/training-sessions/{id} (If-Match; JSON merge patch) -> 200 session with ETag. The provider agency's
// writers and administrators.
#include "http/dto_training.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response TrainingSessionsPatch(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<boost::json::object> patch = ReadJsonBody(req);
  if (!patch) return ErrorResponse(patch.error(), req);
  const std::string& id = req.Param("id");
  core::Result<domain::TrainingSession> current = deps.training->GetSession(req.actor, id);
  if (!current) return ErrorResponse(current.error(), req);

  boost::json::value merged = SessionPatchableToJson(current->data);
  ApplyMergePatch(merged, *patch);
  JsonReader reader(merged.get_object());
  domain::SessionData data = ReadSessionData(reader);
  if (core::Status read = reader.Finish(); !read) return ErrorResponse(read.error(), req);

  core::Result<domain::TrainingSession> updated =
      deps.training->UpdateSession(req.actor, id, std::move(data), *version);
  if (!updated) return ErrorResponse(updated.error(), req);
  return ResourceResponse(200, SessionToJson(*updated), updated->version);
}

}  // namespace sinergi::http
