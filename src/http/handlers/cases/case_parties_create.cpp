// POST /api/v1/cases/{id}/parties (Idempotency-Key) {person_id, role, relationship_to_victim, note} -> 201 party.
// Adding a victim (KORBAN) marks the person's identity protected (done by the case service).
#include "http/dto_read.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response CasePartiesCreate(Request& req, ApiDeps& deps) {
  core::Result<domain::CaseParty> party = ReadBody<domain::CaseParty>(req, ReadCasePartyInput);
  if (!party) return ErrorResponse(party.error(), req);
  const std::string& case_id = req.Param("id");
  core::Result<domain::CaseParty> added = deps.cases->AddParty(req.actor, case_id, std::move(*party));
  if (!added) return ErrorResponse(added.error(), req);
  return JsonResponse(201, CasePartyToJson(*added));
}

}  // namespace sinergi::http
