// GET /api/v1/persons?nik=&passport_number=&sex=&pmi_status=&region=&include_deleted=&limit=&cursor= -> page.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response PersonsList(Request& req, ApiDeps& deps) {
  core::Result<domain::ports::PageRequest> page = ReadPageRequest(req);
  if (!page) return ErrorResponse(page.error(), req);
  core::Result<bool> include_deleted = QueryFlag(req, "include_deleted", false);
  if (!include_deleted) return ErrorResponse(include_deleted.error(), req);

  domain::ports::PersonFilter filter;
  filter.nik = QueryText(req, "nik");
  filter.passport_number = QueryText(req, "passport_number");
  filter.sex = QueryText(req, "sex");
  filter.pmi_status = QueryText(req, "pmi_status");
  filter.region_prefix = QueryText(req, "region");
  filter.include_deleted = *include_deleted;

  core::Result<domain::ports::Page<domain::Person>> persons = deps.registry.ListPersons(req.actor, filter, *page);
  if (!persons) return ErrorResponse(persons.error(), req);
  return JsonResponse(200,
                      PageToJson(*persons, [&deps](const domain::Person& p) { return PersonToJson(p, deps.regions); }));
}

}  // namespace sinergi::http
