// POST /api/v1/referrals/{id}/accept (If-Match) -> 200 referral DITERIMA. From then on the receiving agency sees
// the case and the referred persons. 403 referral.not_receiver; 409 referral.not_pending; 412 version_mismatch.
#include "http/dto_referral.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response ReferralsAccept(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<domain::Referral> accepted = deps.referrals->Accept(req.actor, req.Param("id"), *version);
  if (!accepted) return ErrorResponse(accepted.error(), req);
  return ResourceResponse(200, ReferralToJson(*accepted), accepted->version);
}

}  // namespace sinergi::http
