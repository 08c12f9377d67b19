// GET /api/v1/referrals/{id} -> referral with the ETag of its version. 404 referral.not_found unless the actor's
// agency sent or received it (or NATIONAL scope). A receiver that has not accepted sees no person_ids.
#include "http/dto_referral.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response ReferralsGet(Request& req, ApiDeps& deps) {
  core::Result<domain::Referral> found = deps.referrals->Get(req.actor, req.Param("id"));
  if (!found) return ErrorResponse(found.error(), req);
  return ResourceResponse(200, ReferralToJson(*found), found->version);
}

}  // namespace sinergi::http
