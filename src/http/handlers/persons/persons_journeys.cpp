// GET /api/v1/persons/{id}/journeys -> {items: [journey]} (all of them; a person has few journeys).
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response PersonsJourneys(Request& req, ApiDeps& deps) {
  const std::string& id = req.Param("id");
  if (core::Result<domain::Person> person = deps.registry.GetPerson(req.actor, id, false); !person) {
    return ErrorResponse(person.error(), req);
  }
  domain::ports::JourneyFilter filter;
  filter.person_id = id;
  domain::ports::PageRequest page;
  page.limit = kMaxLimit;
  boost::json::array items;
  for (;;) {
    core::Result<domain::ports::Page<domain::Journey>> journeys = deps.journeys.ListJourneys(req.actor, filter, page);
    if (!journeys) return ErrorResponse(journeys.error(), req);
    for (const domain::Journey& j : journeys->items) items.emplace_back(JourneyToJson(j));
    if (!journeys->next_after || journeys->items.empty()) break;
    page.after = journeys->next_after;
  }
  return JsonResponse(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace sinergi::http
