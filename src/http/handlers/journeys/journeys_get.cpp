// GET /api/v1/journeys/{id} -> journey with its transitions and follow_ups, and ETag.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response JourneysGet(Request& req, ApiDeps& deps) {
  const std::string& id = req.Param("id");
  core::Result<domain::Journey> journey = deps.journeys.GetJourney(req.actor, id);
  if (!journey) return ErrorResponse(journey.error(), req);
  core::Result<std::vector<domain::JourneyTransition>> transitions = deps.journeys.Transitions(req.actor, id);
  if (!transitions) return ErrorResponse(transitions.error(), req);
  core::Result<std::vector<domain::FollowUp>> follow_ups = deps.journeys.FollowUps(req.actor, id);
  if (!follow_ups) return ErrorResponse(follow_ups.error(), req);

  boost::json::object body = JourneyToJson(*journey);
  body["transitions"] = ItemsToJson(*transitions, TransitionToJson)["items"];
  body["follow_ups"] = ItemsToJson(*follow_ups, FollowUpToJson)["items"];
  return ResourceResponse(200, body, journey->version);
}

}  // namespace sinergi::http
