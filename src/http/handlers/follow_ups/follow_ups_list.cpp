// GET /api/v1/journeys/{id}/follow-ups -> {items: [follow-up]}, oldest first.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response FollowUpsList(Request& req, ApiDeps& deps) {
  const std::string& id = req.Param("id");
  if (core::Result<domain::Journey> journey = deps.journeys.GetJourney(req.actor, id); !journey) {
    return ErrorResponse(journey.error(), req);
  }
  core::Result<std::vector<domain::FollowUp>> follow_ups = deps.journeys.FollowUps(req.actor, id);
  if (!follow_ups) return ErrorResponse(follow_ups.error(), req);
  return JsonResponse(200, ItemsToJson(*follow_ups, FollowUpToJson));
}

}  // namespace sinergi::http
