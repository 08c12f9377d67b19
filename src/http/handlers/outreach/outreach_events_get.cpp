// GET /api/v1/outreach-events/{id} -> 200 event with ETag, its follow-ups (masked unless the actor is of the
// event's agencies or NATIONAL scope) and follow_ups_masked. Every signed-in user.
#include "http/dto_outreach.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response OutreachEventsGet(Request& req, ApiDeps& deps) {
  core::Result<domain::OutreachService::EventView> view = deps.outreach->GetEvent(req.actor, req.Param("id"));
  if (!view) return ErrorResponse(view.error(), req);
  return ResourceResponse(200, OutreachEventViewToJson(*view), view->event.version);
}

}  // namespace sinergi::http
