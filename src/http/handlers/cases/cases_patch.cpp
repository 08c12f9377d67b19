// PATCH /api/v1/cases/{id} (If-Match; JSON merge patch of the writable fields) -> 200 case with ETag.
// As for persons and journeys: the patch is applied to the stored writable fields (as the actor sees them) and
// the result is read strictly, like a create body; lists are replaced as a whole. Sensitive fields the actor
// reads masked come back empty; the case service keeps their stored values. The base is read inside the update
// (CaseService::PatchCase), so a PATCH is audited as one update, not as a read of the whole case and its persons.
#include "http/dto_read.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response CasesPatch(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<boost::json::object> patch = ReadJsonBody(req);
  if (!patch) return ErrorResponse(patch.error(), req);
  const std::string& id = req.Param("id");
  auto apply = [&patch](const domain::CaseData& visible) -> core::Result<domain::CaseData> {
    boost::json::value merged = CaseDataToJson(visible);
    ApplyMergePatch(merged, *patch);
    JsonReader reader(merged.get_object());
    domain::CaseData data = ReadCaseData(reader);
    if (core::Status read = reader.Finish(); !read) return read.error();
    return data;
  };
  core::Result<domain::Case> updated = deps.cases->PatchCase(req.actor, id, apply, *version);
  if (!updated) return ErrorResponse(updated.error(), req);
  return ResourceResponse(200, CaseToJson(*updated), updated->version);
}

}  // namespace sinergi::http
