// GET /api/v1/cases/{id}/referrals -> {items} oldest first: the referrals of a case the actor may see (those of
// the actor's agency, sent or received), the referral chain of the case view. 404 case.not_found for a case
// outside the actor's scope.
#include "http/dto_referral.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response CaseReferralsList(Request& req, ApiDeps& deps) {
  core::Result<std::vector<domain::Referral>> found = deps.referrals->ListForCase(req.actor, req.Param("id"));
  if (!found) return ErrorResponse(found.error(), req);
  return JsonResponse(200, ItemsToJson(*found, ReferralToJson));
}

}  // namespace sinergi::http
