// POST /api/v1/persons -> 201 person, Location, ETag. Idempotency-Key is handled by the wrapper in api.cpp.
#include "http/dto_read.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response PersonsCreate(Request& req, ApiDeps& deps) {
  core::Result<domain::PersonData> data = ReadBody<domain::PersonData>(req, ReadPersonData);
  if (!data) return ErrorResponse(data.error(), req);
  core::Result<domain::Person> person = deps.registry.CreatePerson(req.actor, std::move(*data));
  if (!person) return ErrorResponse(person.error(), req);
  Response res = ResourceResponse(201, PersonToJson(*person, deps.regions), person->version);
  res.SetHeader("Location", "/api/v1/persons/" + person->id);
  return res;
}

}  // namespace sinergi::http
