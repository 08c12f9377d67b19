// PATCH /api/v1/commitments/{id} (If-Match; JSON merge patch) -> 200 commitment with ETag. The committing agency
// reports status, progress, evidence and dropped_reason; the convening agency's supervisor may change anything.
#include "http/dto_coordination.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response CommitmentsPatch(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<boost::json::object> patch = ReadJsonBody(req);
  if (!patch) return ErrorResponse(patch.error(), req);
  const std::string& id = req.Param("id");
  core::Result<domain::Commitment> current = deps.coordination->GetCommitment(req.actor, id);
  if (!current) return ErrorResponse(current.error(), req);

  boost::json::value merged = CommitmentPatchableToJson(current->data);
  ApplyMergePatch(merged, *patch);
  JsonReader reader(merged.get_object());
  domain::CommitmentData data = ReadCommitmentData(reader);
  if (core::Status read = reader.Finish(); !read) return ErrorResponse(read.error(), req);

  core::Result<domain::Commitment> updated =
      deps.coordination->UpdateCommitment(req.actor, id, std::move(data), *version);
  if (!updated) return ErrorResponse(updated.error(), req);
  return ResourceResponse(200, CommitmentToJson(*updated, deps.coordination->Today()), updated->version);
}

}  // namespace sinergi::http
