// Who may write forums, meetings and commitments, and who sees a meeting's representatives (policy.hpp, issue #5).
#include <algorithm>
#include <string>
#include <vector>

#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

bool OneOf(const std::string& agency_id, const std::vector<std::string>& agency_ids) {
  return !agency_id.empty() && std::find(agency_ids.begin(), agency_ids.end(), agency_id) != agency_ids.end();
}

// System actors and administrators act for every agency.
bool ActsForEveryAgency(const Actor& actor) {
  return actor.IsSystem() || Authorize(actor, Permission::kIdentityAdmin).ok();
}

}  // namespace

core::Status AuthorizeConvenerEdit(const Actor& actor, const std::vector<std::string>& convening_agency_ids) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCoordinationWrite));
  if (ActsForEveryAgency(actor) || OneOf(actor.agency_id, convening_agency_ids)) return core::Ok();
  return core::Error(core::ErrorCode::kForbidden, "coordination.not_convener",
                     "Only the convening agency records this forum's meetings and commitments.");
}

core::Status AuthorizeCommitmentUpdate(const Actor& actor, const std::vector<std::string>& convening_agency_ids,
                                       const std::vector<std::string>& committing_agency_ids, bool full_edit) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCoordinationWrite));
  if (ActsForEveryAgency(actor)) return core::Ok();
  if (actor.HasRole("SUPERVISOR") && OneOf(actor.agency_id, convening_agency_ids)) return core::Ok();
  if (!full_edit && OneOf(actor.agency_id, committing_agency_ids)) return core::Ok();
  return core::Error(core::ErrorCode::kForbidden, "coordination.not_committing_agency",
                     full_edit ? "Only the convening agency's supervisor changes what was committed."
                               : "Only the committing agency (or the convening agency's supervisor) reports on a "
                                 "commitment.");
}

bool CanSeeMeetingRepresentatives(const Actor& actor, const std::vector<std::string>& meeting_agency_ids) {
  if (actor.IsSystem() || actor.scope == "NATIONAL") return true;
  return OneOf(actor.agency_id, meeting_agency_ids);
}

core::Status AuthorizeMeetingAttachmentUpload(const Actor& actor, const std::vector<std::string>& meeting_agency_ids) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCoordinationWrite));
  if (ActsForEveryAgency(actor) || OneOf(actor.agency_id, meeting_agency_ids)) return core::Ok();
  return core::Error(core::ErrorCode::kForbidden, "coordination.not_meeting_agency",
                     "Only users of the meeting's agencies attach documents to it.");
}

core::Status AuthorizeMeetingAttachmentDelete(const Actor& actor, const std::vector<std::string>& meeting_agency_ids,
                                              const std::vector<std::string>& convening_agency_ids,
                                              const std::string& uploaded_by) {
  SINERGI_TRY_STATUS(AuthorizeMeetingAttachmentUpload(actor, meeting_agency_ids));
  if (ActsForEveryAgency(actor) || actor.id == uploaded_by || OneOf(actor.agency_id, convening_agency_ids)) {
    return core::Ok();
  }
  return core::Error(core::ErrorCode::kForbidden, "meeting_attachment.not_uploader",
                     "Only the uploader or the convening agency removes a meeting's document.");
}

}  // namespace sinergi::domain
