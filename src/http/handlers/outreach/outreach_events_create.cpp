// POST /api/v1/outreach-events (Idempotency-Key) {title, organiser_agency_id, partner_agency_ids, held_on, ...}
// -> 201 event with ETag. Case workers, supervisors and administrators of the organising agency record events; a
// commitment_id adds 1 to that commitment's progress.
#include "http/dto_outreach.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response OutreachEventsCreate(Request& req, ApiDeps& deps) {
  core::Result<domain::OutreachEventData> data = ReadBody<domain::OutreachEventData>(req, ReadOutreachEventData);
  if (!data) return ErrorResponse(data.error(), req);
  core::Result<domain::OutreachEvent> event = deps.outreach->CreateEvent(req.actor, std::move(*data));
  if (!event) return ErrorResponse(event.error(), req);
  return ResourceResponse(201, OutreachEventToJson(*event), event->version);
}

}  // namespace sinergi::http
