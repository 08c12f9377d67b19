// CoordinationService (coordination_service.hpp): forums and meetings. Commitments and the forum record:
// coordination_service_commitments.cpp.
#include "domain/coordination_service.hpp"

#include <algorithm>
#include <utility>

#include "domain/coordination_rules.hpp"
#include "domain/detail/coordination_support.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::FieldError;
using core::Result;
using ports::TxMode;

void Append(std::vector<FieldError>& to, std::vector<FieldError> more) {
  for (FieldError& e : more) to.push_back(std::move(e));
}

// The reference checks of a forum: its agencies exist and are enabled, its region is a province.
Result<std::vector<FieldError>> CheckForumReferences(ports::UnitOfWork& uow, const ForumData& data) {
  std::vector<FieldError> errors;
  SINERGI_TRY(auto convener, detail::CheckAgencies(uow, {data.convening_agency_id}, "convening_agency_id", false));
  Append(errors, std::move(convener));
  SINERGI_TRY(auto members, detail::CheckAgencies(uow, data.member_agency_ids, "member_agency_ids", true));
  Append(errors, std::move(members));
  if (data.region_code) {
    Result<Region> region = uow.reference().GetRegion(*data.region_code);
    if (!region && region.error().code() != core::ErrorCode::kNotFound) return region.error();
    if (!region || region->level != 1) errors.push_back({"region_code", "unknown_code", "No province has this code."});
  }
  return errors;
}

Result<std::vector<FieldError>> CheckMeetingReferences(ports::UnitOfWork& uow, const MeetingData& data) {
  std::vector<FieldError> errors;
  SINERGI_TRY(auto convener, detail::CheckAgencies(uow, {data.convening_agency_id}, "convening_agency_id", false));
  Append(errors, std::move(convener));
  for (std::size_t i = 0; i < data.participants.size(); ++i) {
    SINERGI_TRY(auto participant, detail::CheckAgencies(uow, {data.participants[i].agency_id},
                                                        "participants[" + std::to_string(i) + "].agency_id", false));
    Append(errors, std::move(participant));
  }
  return errors;
}

// Normalises and validates a meeting of `forum`, defaulting its convening agency to the forum's.
Result<std::vector<FieldError>> PrepareMeeting(ports::UnitOfWork& uow, const Forum& forum, MeetingData& data) {
  NormaliseMeeting(data);
  if (data.convening_agency_id.empty()) data.convening_agency_id = forum.data.convening_agency_id;
  std::vector<FieldError> errors = ValidateMeeting(data);
  if (!errors.empty()) return errors;
  return CheckMeetingReferences(uow, data);
}

}  // namespace

core::Date CoordinationService::Today() const {
  return core::DateOf(clock_.Now());
}

Result<Forum> CoordinationService::CreateForum(const Actor& actor, ForumData data) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCoordinationWrite));
  NormaliseForum(data);
  std::vector<FieldError> errors = ValidateForum(data);
  if (!errors.empty()) return Error::Validation(std::move(errors));
  SINERGI_TRY_STATUS(AuthorizeConvenerEdit(actor, {data.convening_agency_id}));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(errors, CheckForumReferences(*uow, data));
  if (!errors.empty()) return Error::Validation(std::move(errors));

  const core::Timestamp now = clock_.Now();
  Forum forum{ids_.NewId(), 1, std::move(data), now, now, actor.id, actor.id};
  SINERGI_TRY_STATUS(uow->coordination().InsertForum(forum));
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, detail::kForumEntity, forum.id, "create",
                                                   detail::AsCreation(detail::ForumChanges({}, forum.data)))));
  SINERGI_TRY_STATUS(uow->Commit());
  return forum;
}

Result<Forum> CoordinationService::GetForum(const Actor& actor, const std::string& id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  return uow->coordination().GetForum(id);
}

Result<std::vector<Forum>> CoordinationService::ListForums(const Actor& actor,
                                                           const std::optional<std::string>& region_code) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  return uow->coordination().ListForums(region_code, kMaxCoordinationRows);
}

Result<Forum> CoordinationService::UpdateForum(const Actor& actor, const std::string& id, ForumData data,
                                               std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCoordinationWrite));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Forum current, uow->coordination().GetForum(id));
  SINERGI_TRY_STATUS(AuthorizeConvenerEdit(actor, {current.data.convening_agency_id}));
  if (current.version != expected_version) return Error::StaleVersion();
  NormaliseForum(data);
  std::vector<FieldError> errors = ValidateForum(data);
  if (!errors.empty()) return Error::Validation(std::move(errors));
  SINERGI_TRY_STATUS(AuthorizeConvenerEdit(actor, {data.convening_agency_id}));
  SINERGI_TRY(errors, CheckForumReferences(*uow, data));
  if (!errors.empty()) return Error::Validation(std::move(errors));

  std::vector<FieldChange> changes = detail::ForumChanges(current.data, data);
  if (changes.empty()) {
    // Nothing to write and the version stays; the caller still receives the record, so the call is audited.
    SINERGI_TRY_STATUS(
        AppendAudit(*uow, clock_, ids_, actor, {"update", detail::kForumEntity, current.id, {}, {}, "no changes"}));
    SINERGI_TRY_STATUS(uow->Commit());
    return current;
  }
  const core::Timestamp now = clock_.Now();
  Forum updated = std::move(current);
  updated.data = std::move(data);
  updated.version = expected_version + 1;
  updated.updated_at = now;
  updated.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->coordination().UpdateForum(updated, expected_version));
  SINERGI_TRY_STATUS(detail::RecordChange(
      *uow, clock_, ids_, actor,
      detail::NewChangeRecord(ids_, now, actor, detail::kForumEntity, updated.id, "update", std::move(changes))));
  SINERGI_TRY_STATUS(uow->Commit());
  return updated;
}

Result<Meeting> CoordinationService::CreateMeeting(const Actor& actor, const std::string& forum_id, MeetingData data) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCoordinationWrite));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Forum forum, uow->coordination().GetForum(forum_id));
  SINERGI_TRY_STATUS(AuthorizeConvenerEdit(actor, {forum.data.convening_agency_id}));
  SINERGI_TRY(std::vector<FieldError> errors, PrepareMeeting(*uow, forum, data));
  if (!errors.empty()) return Error::Validation(std::move(errors));

  const core::Timestamp now = clock_.Now();
  Meeting meeting;
  meeting.id = ids_.NewId();
  meeting.forum_id = forum.id;
  meeting.data = std::move(data);
  meeting.created_at = meeting.updated_at = now;
  meeting.created_by = meeting.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->coordination().InsertMeeting(meeting));
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, detail::kMeetingEntity, meeting.id, "create",
                                                   detail::AsCreation(detail::MeetingChanges({}, meeting.data)))));
  SINERGI_TRY_STATUS(uow->Commit());
  return meeting;
}

Result<std::vector<Meeting>> CoordinationService::ListMeetings(const Actor& actor, const std::string& forum_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  SINERGI_TRY(Forum forum, uow->coordination().GetForum(forum_id));
  SINERGI_TRY(std::vector<Meeting> meetings, uow->coordination().ListMeetings(forum.id, kMaxCoordinationRows));
  for (Meeting& m : meetings) detail::GateRepresentatives(actor, forum, m);
  return meetings;
}

Result<CoordinationService::MeetingView> CoordinationService::GetMeeting(const Actor& actor, const std::string& id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  SINERGI_TRY(Meeting meeting, uow->coordination().GetMeeting(id));
  SINERGI_TRY(Forum forum, uow->coordination().GetForum(meeting.forum_id));
  SINERGI_TRY(std::vector<Meeting> meetings, uow->coordination().ListMeetings(forum.id, kMaxCoordinationRows));
  // The meetings before this one, in the order ListMeetings keeps (held_on, then id).
  std::vector<std::string> earlier;
  for (const Meeting& m : meetings) {
    if (m.id == meeting.id) break;
    earlier.push_back(m.id);
  }

  MeetingView view;
  ports::CommitmentFilter own;
  own.meeting_id = meeting.id;
  SINERGI_TRY(auto made, uow->coordination().ListCommitments(own, {kMaxCoordinationRows, std::nullopt}));
  view.commitments = std::move(made.items);
  std::reverse(view.commitments.begin(), view.commitments.end());  // in the order they were made

  ports::CommitmentFilter open;
  open.forum_id = forum.id;
  open.statuses = std::vector<CommitmentStatus>{CommitmentStatus::kOpen, CommitmentStatus::kInProgress};
  SINERGI_TRY(auto active, uow->coordination().ListCommitments(open, {kMaxCoordinationRows, std::nullopt}));
  for (Commitment& c : active.items) {
    if (std::find(earlier.begin(), earlier.end(), c.meeting_id) != earlier.end()) {
      view.carry_over.push_back(std::move(c));
    }
  }
  std::stable_sort(view.carry_over.begin(), view.carry_over.end(),
                   [](const Commitment& a, const Commitment& b) { return a.data.due_on < b.data.due_on; });
  detail::GateRepresentatives(actor, forum, meeting);
  view.meeting = std::move(meeting);
  return view;
}

Result<Meeting> CoordinationService::UpdateMeeting(const Actor& actor, const std::string& id, MeetingData data,
                                                   std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCoordinationWrite));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Meeting current, uow->coordination().GetMeeting(id));
  SINERGI_TRY(Forum forum, uow->coordination().GetForum(current.forum_id));
  SINERGI_TRY_STATUS(AuthorizeConvenerEdit(actor, detail::Conveners(forum, current.data)));
  if (current.version != expected_version) return Error::StaleVersion();
  Meeting probe = current;
  detail::GateRepresentatives(actor, forum, probe);
  if (probe.representatives_masked) {
    return Error(core::ErrorCode::kForbidden, "coordination.representatives_hidden",
                 "You may not see this meeting's representatives, so you may not replace them.");
  }
  SINERGI_TRY(std::vector<FieldError> errors, PrepareMeeting(*uow, forum, data));
  if (!errors.empty()) return Error::Validation(std::move(errors));

  std::vector<FieldChange> changes = detail::MeetingChanges(current.data, data);
  if (changes.empty()) {
    // Nothing to write and the version stays; the caller still receives the record, so the call is audited.
    SINERGI_TRY_STATUS(
        AppendAudit(*uow, clock_, ids_, actor, {"update", detail::kMeetingEntity, current.id, {}, {}, "no changes"}));
    SINERGI_TRY_STATUS(uow->Commit());
    return current;
  }
  const core::Timestamp now = clock_.Now();
  Meeting updated = std::move(current);
  updated.data = std::move(data);
  updated.version = expected_version + 1;
  updated.updated_at = now;
  updated.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->coordination().UpdateMeeting(updated, expected_version));
  SINERGI_TRY_STATUS(detail::RecordChange(
      *uow, clock_, ids_, actor,
      detail::NewChangeRecord(ids_, now, actor, detail::kMeetingEntity, updated.id, "update", std::move(changes))));
  SINERGI_TRY_STATUS(uow->Commit());
  return updated;
}

}  // namespace sinergi::domain
