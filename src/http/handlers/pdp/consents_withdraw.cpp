// POST /api/v1/persons/{id}/consents/{consent_id}/withdraw {reason} -> 200 Consent (UU 27/2022 Ps 9, Ps 40).
#include "http/dto_pdp.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response ConsentsWithdraw(Request& req, ApiDeps& deps) {
  core::Result<std::string> reason =
      ReadBody<std::string>(req, [](JsonReader& reader) { return reader.ReqString("reason"); });
  if (!reason) return ErrorResponse(reason.error(), req);
  core::Result<domain::Consent> consent =
      deps.pdp->WithdrawConsent(req.actor, req.Param("id"), req.Param("consent_id"), *reason);
  if (!consent) return ErrorResponse(consent.error(), req);
  return JsonResponse(200, ConsentToJson(*consent));
}

}  // namespace sinergi::http
