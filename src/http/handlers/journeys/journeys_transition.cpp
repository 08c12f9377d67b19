// POST /api/v1/journeys/{id}/transitions (If-Match) {to, reason, effective_date, documents_override_reason,
// return_reason, debarkation_point} -> 200 journey with ETag. Refusals come from the domain rules
// (409 journey.transition_not_allowed, 422 journey.underage_departure / documents_incomplete / ...).
#include "http/dto_read.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response JourneysTransition(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<domain::TransitionRequest> request = ReadBody<domain::TransitionRequest>(req, ReadTransitionRequest);
  if (!request) return ErrorResponse(request.error(), req);
  core::Result<domain::Journey> journey = deps.journeys.Transition(req.actor, req.Param("id"), *request, *version);
  if (!journey) return ErrorResponse(journey.error(), req);
  return ResourceResponse(200, JourneyToJson(*journey), journey->version);
}

}  // namespace sinergi::http
