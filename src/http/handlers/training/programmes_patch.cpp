// PATCH /api/v1/training-programmes/{id} (If-Match; JSON merge patch of the programme's fields) -> 200 programme
// with ETag. The provider agency's writers and administrators.
#include "http/dto_training.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response TrainingProgrammesPatch(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<boost::json::object> patch = ReadJsonBody(req);
  if (!patch) return ErrorResponse(patch.error(), req);
  const std::string& id = req.Param("id");
  core::Result<domain::Programme> current = deps.training->GetProgramme(req.actor, id);
  if (!current) return ErrorResponse(current.error(), req);

  boost::json::value merged = ProgrammePatchableToJson(current->data);
  ApplyMergePatch(merged, *patch);
  JsonReader reader(merged.get_object());
  domain::ProgrammeData data = ReadProgrammeData(reader);
  if (core::Status read = reader.Finish(); !read) return ErrorResponse(read.error(), req);

  core::Result<domain::Programme> updated = deps.training->UpdateProgramme(req.actor, id, std::move(data), *version);
  if (!updated) return ErrorResponse(updated.error(), req);
  return ResourceResponse(200, ProgrammeToJson(*updated), updated->version);
}

}  // namespace sinergi::http
