// GET /api/v1/journeys/{id}/transitions -> {items: [transition]}, oldest first.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response JourneysTransitionsList(Request& req, ApiDeps& deps) {
  const std::string& id = req.Param("id");
  if (core::Result<domain::Journey> journey = deps.journeys.GetJourney(req.actor, id); !journey) {
    return ErrorResponse(journey.error(), req);
  }
  core::Result<std::vector<domain::JourneyTransition>> transitions = deps.journeys.Transitions(req.actor, id);
  if (!transitions) return ErrorResponse(transitions.error(), req);
  return JsonResponse(200, ItemsToJson(*transitions, TransitionToJson));
}

}  // namespace sinergi::http
