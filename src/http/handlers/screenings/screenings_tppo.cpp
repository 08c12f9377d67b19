// POST /api/v1/screenings/tppo {acts, means, purposes, victim_age, exploitation_occurred, ilo_indicators}
// -> 200 {result, elements_met, legal_basis, explanation, explanation_id, forced_labour}. A stand-alone check for
// a field officer (domain/tppo_screening.hpp): nothing is stored. An unknown code is a 400 naming it.
// The JSON mapping (dto_screening.cpp) is shared with the case screenings.
#include "domain/tppo_screening.hpp"
#include "http/dto_read.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response ScreeningsTppo(Request& req, ApiDeps& /*deps*/) {
  core::Result<domain::TppoScreeningInput> in = ReadBody<domain::TppoScreeningInput>(req, ReadTppoScreeningInput);
  if (!in) return ErrorResponse(in.error(), req);
  core::Result<domain::TppoScreeningResult> result = domain::RunTppoScreening(req.actor, *in);
  if (!result) return ErrorResponse(result.error(), req);
  return JsonResponse(200, TppoScreeningResultToJson(*result));
}

}  // namespace sinergi::http
