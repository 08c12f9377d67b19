// POST /api/v1/cases/{id}/screenings/{screening_id}/determination {determination, note} -> 200 screening with the
// officer's final determination and who made it.
#include "http/dto_read.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response CaseScreeningsDetermine(Request& req, ApiDeps& deps) {
  core::Result<DeterminationBody> body = ReadBody<DeterminationBody>(req, ReadDeterminationBody);
  if (!body) return ErrorResponse(body.error(), req);
  core::Result<domain::CaseScreening> screening =
      deps.cases->Determine(req.actor, req.Param("id"), req.Param("screening_id"), body->determination, body->note);
  if (!screening) return ErrorResponse(screening.error(), req);
  return JsonResponse(200, CaseScreeningToJson(*screening));
}

}  // namespace sinergi::http
