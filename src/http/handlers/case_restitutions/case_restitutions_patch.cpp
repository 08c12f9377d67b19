// PATCH /api/v1/cases/{id}/restitutions/{restitution_id} (If-Match; JSON merge patch of every field but person_id)
// -> 200 restitution claim with ETag. As for services: the patch is applied to the stored writable fields and the
// result is read strictly (components is an array, so a patch that names it replaces all of them, RFC 7396).
#include "http/dto_restitution.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response CaseRestitutionsPatch(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<boost::json::object> patch = ReadJsonBody(req);
  if (!patch) return ErrorResponse(patch.error(), req);
  const std::string& case_id = req.Param("id");
  const std::string& restitution_id = req.Param("restitution_id");
  core::Result<domain::CaseRestitution> current = deps.case_work->GetRestitution(req.actor, case_id, restitution_id);
  if (!current) return ErrorResponse(current.error(), req);

  boost::json::value merged = RestitutionPatchableToJson(current->data);
  ApplyMergePatch(merged, *patch);
  JsonReader reader(merged.get_object());
  domain::RestitutionData data = ReadRestitutionPatch(reader);
  if (core::Status read = reader.Finish(); !read) return ErrorResponse(read.error(), req);

  core::Result<domain::CaseRestitution> updated =
      deps.case_work->UpdateRestitution(req.actor, case_id, restitution_id, std::move(data), *version);
  if (!updated) return ErrorResponse(updated.error(), req);
  return ResourceResponse(200, CaseRestitutionToJson(*updated), updated->version);
}

}  // namespace sinergi::http
