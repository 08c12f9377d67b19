// CoordinationService (coordination_service.hpp): commitments and the forum record.
#include <utility>

#include "domain/coordination_rules.hpp"
#include "domain/coordination_service.hpp"
#include "domain/detail/coordination_support.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::FieldError;
using core::Result;
using ports::TxMode;

Error InvalidStatus() {
  return Error::Validation({{"status", "invalid_value", "One of OPEN, IN_PROGRESS, DONE, DROPPED, OVERDUE."}});
}

// What only the convening agency's supervisor may change: what was committed, by whom, until when.
bool IsFullEdit(const CommitmentData& before, const CommitmentData& after) {
  return before.agency_ids != after.agency_ids || before.description != after.description ||
         before.due_on != after.due_on || before.indicator != after.indicator || before.target != after.target;
}

Result<std::vector<FieldError>> PrepareCommitment(ports::UnitOfWork& uow, CommitmentData& data) {
  NormaliseCommitment(data);
  std::vector<FieldError> errors = ValidateCommitment(data);
  if (!errors.empty()) return errors;
  return detail::CheckAgencies(uow, data.agency_ids, "agency_ids", true);
}

}  // namespace

Result<Commitment> CoordinationService::CreateCommitment(const Actor& actor, const std::string& meeting_id,
                                                         CommitmentData data) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCoordinationWrite));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Meeting meeting, uow->coordination().GetMeeting(meeting_id));
  SINERGI_TRY(Forum forum, uow->coordination().GetForum(meeting.forum_id));
  SINERGI_TRY_STATUS(AuthorizeConvenerEdit(actor, detail::Conveners(forum, meeting.data)));
  if (!IsActiveCommitment(data.status)) {
    return Error::Validation({{"status", "invalid_value", "A new commitment is OPEN or IN_PROGRESS."}});
  }
  SINERGI_TRY(std::vector<FieldError> errors, PrepareCommitment(*uow, data));
  if (!errors.empty()) return Error::Validation(std::move(errors));

  const core::Timestamp now = clock_.Now();
  Commitment c;
  c.id = ids_.NewId();
  c.meeting_id = meeting.id;
  c.forum_id = forum.id;
  c.data = std::move(data);
  c.created_at = c.updated_at = now;
  c.created_by = c.updated_by = actor.id;
  c.status_history.push_back({std::nullopt, c.data.status, now, actor.id, std::nullopt});
  SINERGI_TRY_STATUS(uow->coordination().InsertCommitment(c));
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, detail::kCommitmentEntity, c.id, "create",
                                                   detail::AsCreation(detail::CommitmentChanges({}, c.data)))));
  SINERGI_TRY_STATUS(uow->Commit());
  return c;
}

Result<Commitment> CoordinationService::GetCommitment(const Actor& actor, const std::string& id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  return uow->coordination().GetCommitment(id);
}

Result<ports::Page<Commitment>> CoordinationService::ListCommitments(const Actor& actor, const CommitmentQuery& query,
                                                                     const ports::PageRequest& page) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  ports::CommitmentFilter filter;
  filter.forum_id = query.forum_id;
  filter.meeting_id = query.meeting_id;
  filter.agency_id = query.agency_id;
  if (query.status) {
    const core::Date today = Today();
    if (*query.status == kOverdueStatus) {
      filter.statuses = std::vector<CommitmentStatus>{CommitmentStatus::kOpen, CommitmentStatus::kInProgress};
      filter.due_before = today;
    } else {
      std::optional<CommitmentStatus> status = ParseCommitmentStatus(*query.status);
      if (!status) return InvalidStatus();
      filter.statuses = std::vector<CommitmentStatus>{*status};
      if (IsActiveCommitment(*status)) filter.due_on_or_after = today;  // the overdue ones show as OVERDUE
    }
  }
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  return uow->coordination().ListCommitments(filter, page);
}

Result<Commitment> CoordinationService::UpdateCommitment(const Actor& actor, const std::string& id, CommitmentData data,
                                                         std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCoordinationWrite));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Commitment current, uow->coordination().GetCommitment(id));
  SINERGI_TRY(Meeting meeting, uow->coordination().GetMeeting(current.meeting_id));
  SINERGI_TRY(Forum forum, uow->coordination().GetForum(current.forum_id));
  const std::vector<std::string> conveners = detail::Conveners(forum, meeting.data);
  // First whether the actor may report on it at all (so others learn nothing from the version or the body).
  SINERGI_TRY_STATUS(AuthorizeCommitmentUpdate(actor, conveners, current.data.agency_ids, false));
  if (current.version != expected_version) return Error::StaleVersion();
  if (!CanMoveCommitment(current.data.status, data.status)) {
    return Error::Conflict("commitment.invalid_transition", std::string("A commitment cannot move from ") +
                                                                std::string(ToString(current.data.status)) + " to " +
                                                                std::string(ToString(data.status)) + ".");
  }
  if (data.status != CommitmentStatus::kDropped) data.dropped_reason.reset();
  SINERGI_TRY(std::vector<FieldError> errors, PrepareCommitment(*uow, data));
  if (!errors.empty()) return Error::Validation(std::move(errors));
  SINERGI_TRY_STATUS(
      AuthorizeCommitmentUpdate(actor, conveners, current.data.agency_ids, IsFullEdit(current.data, data)));

  std::vector<FieldChange> changes = detail::CommitmentChanges(current.data, data);
  if (changes.empty()) {
    // Nothing to write and the version stays; the caller still receives the record, so the call is audited.
    SINERGI_TRY_STATUS(AppendAudit(*uow, clock_, ids_, actor,
                                   {"update", detail::kCommitmentEntity, current.id, {}, {}, "no changes"}));
    SINERGI_TRY_STATUS(uow->Commit());
    return current;
  }
  const core::Timestamp now = clock_.Now();
  std::optional<CommitmentStatusChange> moved;
  if (data.status != current.data.status) {
    std::optional<std::string> note;
    if (data.status == CommitmentStatus::kDone) note = data.evidence;
    if (data.status == CommitmentStatus::kDropped) note = data.dropped_reason;
    moved = CommitmentStatusChange{current.data.status, data.status, now, actor.id, std::move(note)};
  }
  Commitment updated = std::move(current);
  if (data.status == CommitmentStatus::kDone && updated.data.status != CommitmentStatus::kDone) {
    updated.done_on = core::DateOf(now);
  } else if (data.status != CommitmentStatus::kDone) {
    updated.done_on.reset();
  }
  updated.data = std::move(data);
  updated.version = expected_version + 1;
  updated.updated_at = now;
  updated.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->coordination().UpdateCommitment(updated, expected_version, moved));
  if (moved) updated.status_history.push_back(*moved);
  const char* action = moved ? "transition" : "update";
  SINERGI_TRY_STATUS(detail::RecordChange(
      *uow, clock_, ids_, actor,
      detail::NewChangeRecord(ids_, now, actor, detail::kCommitmentEntity, updated.id, action, std::move(changes))));
  SINERGI_TRY_STATUS(uow->Commit());
  return updated;
}

Result<ForumRecord> CoordinationService::GetForumRecord(const Actor& actor, const std::string& forum_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  SINERGI_TRY(Forum forum, uow->coordination().GetForum(forum_id));
  ports::CommitmentFilter filter;
  filter.forum_id = forum.id;
  SINERGI_TRY(auto all, uow->coordination().ListCommitments(filter, {kMaxCoordinationRows, std::nullopt}));
  return ForumRecordOf(forum.id, all.items, Today());
}

}  // namespace sinergi::domain
