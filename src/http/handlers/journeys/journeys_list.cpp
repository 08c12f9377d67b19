// GET /api/v1/journeys?person_id=&status=&destination_country=&limit=&cursor= -> page of journeys.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response JourneysList(Request& req, ApiDeps& deps) {
  core::Result<domain::ports::PageRequest> page = ReadPageRequest(req);
  if (!page) return ErrorResponse(page.error(), req);
  domain::ports::JourneyFilter filter;
  filter.person_id = QueryText(req, "person_id");
  filter.destination_country = QueryText(req, "destination_country");
  if (std::optional<std::string> status = QueryText(req, "status")) {
    filter.status = domain::ParseJourneyStatus(*status);
    if (!filter.status) {
      return ErrorResponse(
          core::Error::Invalid(std::string(kInvalidParameter), "Query parameter 'status' is not a journey status.",
                               {{"status", "invalid_value", "is not a journey status"}}),
          req);
    }
  }
  core::Result<domain::ports::Page<domain::Journey>> journeys = deps.journeys.ListJourneys(req.actor, filter, *page);
  if (!journeys) return ErrorResponse(journeys.error(), req);
  return JsonResponse(200, PageToJson(*journeys, JourneyToJson));
}

}  // namespace sinergi::http
