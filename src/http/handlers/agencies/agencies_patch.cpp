// PATCH /api/v1/agencies/{id} (If-Match; JSON merge patch of code, name, type, region_code, country, disabled)
// -> 200 agency with ETag. The patch is applied to the stored writable fields and the result is read strictly,
// like a create body.
#include "http/dto_read.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response AgenciesPatch(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<boost::json::object> patch = ReadJsonBody(req);
  if (!patch) return ErrorResponse(patch.error(), req);
  const std::string& id = req.Param("id");
  core::Result<domain::Agency> current = deps.identity.GetAgency(req.actor, id);
  if (!current) return ErrorResponse(current.error(), req);

  boost::json::value merged = AgencyInputToJson(*current);
  ApplyMergePatch(merged, *patch);
  JsonReader reader(merged.get_object());
  domain::AgencyInput input = ReadAgencyInput(reader);
  if (core::Status read = reader.Finish(); !read) return ErrorResponse(read.error(), req);

  core::Result<domain::Agency> updated = deps.identity.UpdateAgency(req.actor, id, std::move(input), *version);
  if (!updated) return ErrorResponse(updated.error(), req);
  return ResourceResponse(200, AgencyToJson(*updated), updated->version);
}

}  // namespace sinergi::http
