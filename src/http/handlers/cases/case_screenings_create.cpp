// POST /api/v1/cases/{id}/screenings (Idempotency-Key) {person_id, acts, means, purposes, victim_age,
// exploitation_occurred, ilo_indicators} -> 201 screening {id, case_id, person_id, input, result, ...}. The result
// has the shape of POST /api/v1/screenings/tppo (dto_screening.cpp); an unknown code is a 400 naming it.
#include "http/dto_read.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response CaseScreeningsCreate(Request& req, ApiDeps& deps) {
  core::Result<CaseScreeningBody> body = ReadBody<CaseScreeningBody>(req, ReadCaseScreeningBody);
  if (!body) return ErrorResponse(body.error(), req);
  const std::string& case_id = req.Param("id");
  core::Result<domain::CaseScreening> screening =
      deps.cases->ScreenVictim(req.actor, case_id, body->person_id, std::move(body->input));
  if (!screening) return ErrorResponse(screening.error(), req);
  return JsonResponse(201, CaseScreeningToJson(*screening));
}

}  // namespace sinergi::http
