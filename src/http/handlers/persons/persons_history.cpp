// GET /api/v1/persons/{id}/history?limit=&cursor= -> page of change records, newest first.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response PersonsHistory(Request& req, ApiDeps& deps) {
  core::Result<domain::ports::PageRequest> page = ReadPageRequest(req);
  if (!page) return ErrorResponse(page.error(), req);
  const std::string& id = req.Param("id");
  // History stays readable after a soft delete; an unknown id is 404 rather than an empty page.
  if (core::Result<domain::Person> person = deps.registry.GetPerson(req.actor, id, true); !person) {
    return ErrorResponse(person.error(), req);
  }
  core::Result<domain::ports::Page<domain::ChangeRecord>> records =
      deps.registry.History(req.actor, "person", id, *page);
  if (!records) return ErrorResponse(records.error(), req);
  return JsonResponse(200, PageToJson(*records, ChangeRecordToJson));
}

}  // namespace sinergi::http
