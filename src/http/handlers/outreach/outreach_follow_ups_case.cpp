// POST /api/v1/outreach-events/{id}/follow-ups/{follow_up_id}/case -> 201 {follow_up, case}: opens a case from the
// follow-up (intake channel PENJANGKAUAN) and links it. A second call: 409 outreach.already_converted.
#include "http/dto_outreach.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response OutreachFollowUpsCase(Request& req, ApiDeps& deps) {
  core::Result<domain::OutreachService::Conversion> made =
      deps.outreach->ConvertFollowUp(req.actor, req.Param("id"), req.Param("follow_up_id"));
  if (!made) return ErrorResponse(made.error(), req);
  return JsonResponse(201, boost::json::object{{"follow_up", OutreachFollowUpToJson(made->follow_up)},
                                               {"case", CaseToJson(made->created)}});
}

}  // namespace sinergi::http
