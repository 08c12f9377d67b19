// Who may write training programmes, sessions and enrolments (policy.hpp, issue #5).
#include <string>

#include "domain/policy.hpp"

namespace sinergi::domain {

core::Status AuthorizeTrainingEdit(const Actor& actor, const std::string& provider_agency_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kTrainingWrite));
  // System actors and administrators act for every agency.
  if (actor.IsSystem() || Authorize(actor, Permission::kIdentityAdmin).ok()) return core::Ok();
  if (!actor.agency_id.empty() && actor.agency_id == provider_agency_id) return core::Ok();
  return core::Error(core::ErrorCode::kForbidden, "training.not_provider",
                     "Only the provider agency records this programme's sessions and enrolments.");
}

}  // namespace sinergi::domain
