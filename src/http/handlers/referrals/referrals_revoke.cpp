// POST /api/v1/referrals/{id}/revoke (If-Match) {reason} -> 200 referral DICABUT: the receiving agency's access
// ends. By the sending agency only (403 referral.not_sender); 409 referral.not_open; 422 reason required.
#include "http/dto_referral.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response ReferralsRevoke(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<ReferralTextBody> body =
      ReadBody<ReferralTextBody>(req, [](JsonReader& reader) { return ReadReferralText(reader, "reason"); });
  if (!body) return ErrorResponse(body.error(), req);
  core::Result<domain::Referral> answered = deps.referrals->Revoke(req.actor, req.Param("id"), body->text, *version);
  if (!answered) return ErrorResponse(answered.error(), req);
  return ResourceResponse(200, ReferralToJson(*answered), answered->version);
}

}  // namespace sinergi::http
