// Who may write outreach events and their follow-ups (policy.hpp, issue #5).
#include <algorithm>
#include <string>
#include <vector>

#include "domain/policy.hpp"

namespace sinergi::domain {

core::Status AuthorizeOutreachEdit(const Actor& actor, const std::vector<std::string>& agency_ids) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCoordinationWrite));
  if (actor.IsSystem() || Authorize(actor, Permission::kIdentityAdmin).ok()) return core::Ok();
  if (!actor.agency_id.empty() &&
      std::find(agency_ids.begin(), agency_ids.end(), actor.agency_id) != agency_ids.end()) {
    return core::Ok();
  }
  return core::Error(core::ErrorCode::kForbidden, "outreach.not_organiser",
                     "Only the organising agency records and changes its outreach events.");
}

}  // namespace sinergi::domain
