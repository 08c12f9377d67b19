// PATCH /api/v1/forums/{id} (If-Match; JSON merge patch of the forum's fields) -> 200 forum with ETag. The patch is
// applied to the stored fields and the result read strictly (member_agency_ids is an array: naming it replaces it).
#include "http/dto_coordination.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response ForumsPatch(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<boost::json::object> patch = ReadJsonBody(req);
  if (!patch) return ErrorResponse(patch.error(), req);
  const std::string& id = req.Param("id");
  core::Result<domain::Forum> current = deps.coordination->GetForum(req.actor, id);
  if (!current) return ErrorResponse(current.error(), req);

  boost::json::value merged = ForumPatchableToJson(current->data);
  ApplyMergePatch(merged, *patch);
  JsonReader reader(merged.get_object());
  domain::ForumData data = ReadForumData(reader);
  if (core::Status read = reader.Finish(); !read) return ErrorResponse(read.error(), req);

  core::Result<domain::Forum> updated = deps.coordination->UpdateForum(req.actor, id, std::move(data), *version);
  if (!updated) return ErrorResponse(updated.error(), req);
  return ResourceResponse(200, ForumToJson(*updated), updated->version);
}

}  // namespace sinergi::http
