// GET /api/v1/journeys/{id}/history?limit=&cursor= -> page of change records, newest first.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response JourneysHistory(Request& req, ApiDeps& deps) {
  core::Result<domain::ports::PageRequest> page = ReadPageRequest(req);
  if (!page) return ErrorResponse(page.error(), req);
  const std::string& id = req.Param("id");
  if (core::Result<domain::Journey> journey = deps.journeys.GetJourney(req.actor, id); !journey) {
    return ErrorResponse(journey.error(), req);
  }
  core::Result<domain::ports::Page<domain::ChangeRecord>> records =
      deps.registry.History(req.actor, "journey", id, *page);
  if (!records) return ErrorResponse(records.error(), req);
  return JsonResponse(200, PageToJson(*records, ChangeRecordToJson));
}

}  // namespace sinergi::http
