// POST /api/v1/outreach-events/{id}/follow-ups (Idempotency-Key) {name, contact, request, needs_category} -> 201
// follow-up. Writers of the organising or a partner agency record the requests for help raised at the event.
#include "http/dto_outreach.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response OutreachFollowUpsCreate(Request& req, ApiDeps& deps) {
  core::Result<domain::OutreachFollowUp> data = ReadBody<domain::OutreachFollowUp>(req, ReadOutreachFollowUp);
  if (!data) return ErrorResponse(data.error(), req);
  core::Result<domain::OutreachFollowUp> made =
      deps.outreach->AddFollowUp(req.actor, req.Param("id"), std::move(*data));
  if (!made) return ErrorResponse(made.error(), req);
  return JsonResponse(201, OutreachFollowUpToJson(*made));
}

}  // namespace sinergi::http
