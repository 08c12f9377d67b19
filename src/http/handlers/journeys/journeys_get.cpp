// GET /api/v1/journeys/{id} -> journey with its transitions and follow_ups, and ETag.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response JourneysGet(Request& req, ApiDeps& deps) {
  auto detail = deps.journeys.GetJourneyDetail(req.actor, req.Param("id"));
  if (!detail) return ErrorResponse(detail.error(), req);

  boost::json::object body = JourneyToJson(detail->journey);
  body["transitions"] = ItemsToJson(detail->transitions, TransitionToJson)["items"];
  body["follow_ups"] = ItemsToJson(detail->follow_ups, FollowUpToJson)["items"];
  return ResourceResponse(200, body, detail->journey.version);
}

}  // namespace sinergi::http
