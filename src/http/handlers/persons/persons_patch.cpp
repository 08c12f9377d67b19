// PATCH /api/v1/persons/{id} (If-Match; JSON merge patch of the writable fields) -> 200 person with ETag.
// The patch is applied to the writable fields as stored and the result is read strictly, exactly like a create
// body: an unknown (or read-only) field is 400, a null clears, a missing full_name is 422.
#include "http/dto_read.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response PersonsPatch(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<boost::json::object> patch = ReadJsonBody(req);
  if (!patch) return ErrorResponse(patch.error(), req);
  const std::string& id = req.Param("id");
  core::Result<domain::Person> current = deps.registry.GetPerson(req.actor, id, false);
  if (!current) return ErrorResponse(current.error(), req);

  boost::json::value merged = PersonDataToJson(current->data);
  ApplyMergePatch(merged, *patch);
  JsonReader reader(merged.get_object());
  domain::PersonData data = ReadPersonData(reader);
  if (core::Status read = reader.Finish(); !read) return ErrorResponse(read.error(), req);

  core::Result<domain::Person> updated = deps.registry.UpdatePerson(req.actor, id, std::move(data), *version);
  if (!updated) return ErrorResponse(updated.error(), req);
  return ResourceResponse(200, PersonToJson(*updated, deps.regions), updated->version);
}

}  // namespace sinergi::http
