// POST /api/v1/persons/{id}/journeys -> 201 journey, Location, ETag. Nothing is stored when any part of the
// body (e.g. one document item) is invalid: the service validates everything before its single unit of work.
#include "http/dto_read.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response JourneysCreate(Request& req, ApiDeps& deps) {
  core::Result<domain::JourneyData> data = ReadBody<domain::JourneyData>(req, ReadJourneyData);
  if (!data) return ErrorResponse(data.error(), req);
  core::Result<domain::Journey> journey = deps.journeys.CreateJourney(req.actor, req.Param("id"), std::move(*data));
  if (!journey) return ErrorResponse(journey.error(), req);
  Response res = ResourceResponse(201, JourneyToJson(*journey), journey->version);
  res.SetHeader("Location", "/api/v1/journeys/" + journey->id);
  return res;
}

}  // namespace sinergi::http
