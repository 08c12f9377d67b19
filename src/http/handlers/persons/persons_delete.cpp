// DELETE /api/v1/persons/{id} (If-Match) body {"reason": "..."} -> 200 the soft-deleted person.
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response PersonsDelete(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  // No body at all is the common mistake here: answer it as the missing reason it is.
  core::Result<std::string> reason =
      req.body.empty() ? core::Result<std::string>(core::Error::Validation({{"reason", "required", "is required"}}))
                       : ReadBody<std::string>(req, [](JsonReader& reader) { return reader.ReqString("reason"); });
  if (!reason) return ErrorResponse(reason.error(), req);
  core::Result<domain::Person> deleted = deps.registry.DeletePerson(req.actor, req.Param("id"), *reason, *version);
  if (!deleted) return ErrorResponse(deleted.error(), req);
  return ResourceResponse(200, PersonToJson(*deleted, deps.regions), deleted->version);
}

}  // namespace sinergi::http
