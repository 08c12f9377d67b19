// POST /api/v1/persons/{id}/consents {purpose, recipient_types, lawful_basis, given_by, guardian_person_id,
// checklist, note} -> 201 Consent.
#include "http/dto_pdp.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response ConsentsCreate(Request& req, ApiDeps& deps) {
  core::Result<domain::ConsentInput> in = ReadBody<domain::ConsentInput>(req, ReadConsentInput);
  if (!in) return ErrorResponse(in.error(), req);
  const std::string& person_id = req.Param("id");
  core::Result<domain::Consent> consent = deps.pdp->RecordConsent(req.actor, person_id, std::move(*in));
  if (!consent) return ErrorResponse(consent.error(), req);
  Response res = JsonResponse(201, ConsentToJson(*consent));
  res.SetHeader("Location", "/api/v1/persons/" + person_id + "/consents/" + consent->id);
  return res;
}

}  // namespace sinergi::http
