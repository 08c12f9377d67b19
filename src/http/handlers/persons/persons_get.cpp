// GET /api/v1/persons/{id}[?include_deleted=true] -> person with ETag.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response PersonsGet(Request& req, ApiDeps& deps) {
  core::Result<bool> include_deleted = QueryFlag(req, "include_deleted", false);
  if (!include_deleted) return ErrorResponse(include_deleted.error(), req);
  core::Result<domain::Person> person = deps.registry.GetPerson(req.actor, req.Param("id"), *include_deleted);
  if (!person) return ErrorResponse(person.error(), req);
  return ResourceResponse(200, PersonToJson(*person, deps.regions), person->version);
}

}  // namespace sinergi::http
