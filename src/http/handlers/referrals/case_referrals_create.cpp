// POST /api/v1/cases/{id}/referrals (Idempotency-Key) {to_agency_id, person_ids, services, message, urgency,
// consent_override_reason} -> 201 referral, Location, ETag. The victims' consent for the receiver's agency type is
// checked by the referral service (422 validation_failed, person_ids[i] consent_missing), unless a supervisor
// overrides it with a reason (403 referral.override_not_allowed for anyone else).
#include "http/dto_referral.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response CaseReferralsCreate(Request& req, ApiDeps& deps) {
  core::Result<domain::ReferralInput> input = ReadBody<domain::ReferralInput>(req, ReadReferralInput);
  if (!input) return ErrorResponse(input.error(), req);
  core::Result<domain::Referral> created = deps.referrals->Create(req.actor, req.Param("id"), std::move(*input));
  if (!created) return ErrorResponse(created.error(), req);
  Response res = ResourceResponse(201, ReferralToJson(*created), created->version);
  res.SetHeader("Location", "/api/v1/referrals/" + created->id);
  return res;
}

}  // namespace sinergi::http
