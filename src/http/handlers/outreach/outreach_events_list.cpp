// GET /api/v1/outreach-events?from=&to=&region=&topic=&agency_id=&commitment_id=&limit=&cursor= -> page of events,
// newest held first. Every signed-in user (counts and topics are not personal; follow-ups are not listed).
#include "http/dto_outreach.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response OutreachEventsList(Request& req, ApiDeps& deps) {
  core::Result<domain::ports::PageRequest> page = ReadPageRequest(req);
  if (!page) return ErrorResponse(page.error(), req);
  domain::OutreachService::EventQuery query;
  core::Result<std::optional<core::Date>> from = OptionalQueryDate(req, "from");
  if (!from) return ErrorResponse(from.error(), req);
  core::Result<std::optional<core::Date>> to = OptionalQueryDate(req, "to");
  if (!to) return ErrorResponse(to.error(), req);
  query.from = *from;
  query.to = *to;
  query.region = QueryText(req, "region");
  query.topic = QueryText(req, "topic");
  query.agency_id = QueryText(req, "agency_id");
  query.commitment_id = QueryText(req, "commitment_id");
  core::Result<domain::ports::Page<domain::OutreachEvent>> found = deps.outreach->ListEvents(req.actor, query, *page);
  if (!found) return ErrorResponse(found.error(), req);
  return JsonResponse(200, PageToJson(*found, OutreachEventToJson));
}

}  // namespace sinergi::http
