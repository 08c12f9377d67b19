// POST /api/v1/referrals/{id}/forward (If-Match) {to_agency_id, message, consent_override_reason} -> 201 the new
// referral (Location, ETag) from the actor's agency for the same case, persons and services, with
// forwarded_from_referral_id set; this one becomes DITERUSKAN. Consent is checked again for the new receiver.
#include "http/dto_referral.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response ReferralsForward(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<ReferralForwardBody> body = ReadBody<ReferralForwardBody>(req, ReadReferralForward);
  if (!body) return ErrorResponse(body.error(), req);
  core::Result<domain::Referral> next =
      deps.referrals->Forward(req.actor, req.Param("id"), body->to_agency_id, body->message,
                              std::move(body->consent_override_reason), *version);
  if (!next) return ErrorResponse(next.error(), req);
  Response res = ResourceResponse(201, ReferralToJson(*next), next->version);
  res.SetHeader("Location", "/api/v1/referrals/" + next->id);
  return res;
}

}  // namespace sinergi::http
