#pragma once
// Coordination forums, meetings and commitments (domain/coordination.hpp). Used inside one UnitOfWork; not
// thread-safe. Backends seal the meeting participants (the representatives' names and positions are personal
// data; storage/common/sealed_fields.hpp).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/coordination.hpp"
#include "domain/meeting_attachment.hpp"
#include "domain/ports/page.hpp"

namespace sinergi::domain::ports {

struct CommitmentFilter {
  std::optional<std::string> forum_id;
  std::optional<std::string> meeting_id;
  std::optional<std::string> agency_id;                   // one of the committing agencies
  std::optional<std::vector<CommitmentStatus>> statuses;  // the stored status is one of these
  std::optional<core::Date> due_before;                   // due_on < this
  std::optional<core::Date> due_on_or_after;              // due_on >= this
};

// A commitment on an agency's task list (COMMITMENT_DUE).
struct DueCommitment {
  std::string commitment_id;
  std::string forum_id;
  core::Date due_on;
};

class CoordinationRepository {
 public:
  virtual ~CoordinationRepository() = default;

  // Errors: kNotFound "agency.not_found" (convening or member agency); kConflict "forum.exists" (duplicate id).
  virtual core::Status InsertForum(const Forum& forum) = 0;
  // Errors: kNotFound "forum.not_found".
  virtual core::Result<Forum> GetForum(const std::string& id) = 0;
  // Stores data, version, updated_*. Errors: kNotFound "forum.not_found" / "agency.not_found";
  // kPreconditionFailed "version_mismatch".
  virtual core::Status UpdateForum(const Forum& forum, std::int64_t expected_version) = 0;
  // By name, at most `limit`; only those of `region_code` (and the national ones) when it is given.
  virtual core::Result<std::vector<Forum>> ListForums(const std::optional<std::string>& region_code, int limit) = 0;

  // Errors: kNotFound "forum.not_found" / "agency.not_found"; kConflict "meeting.exists".
  virtual core::Status InsertMeeting(const Meeting& meeting) = 0;
  // Errors: kNotFound "meeting.not_found".
  virtual core::Result<Meeting> GetMeeting(const std::string& id) = 0;
  // Errors: kNotFound "meeting.not_found" / "agency.not_found"; kPreconditionFailed "version_mismatch".
  virtual core::Status UpdateMeeting(const Meeting& meeting, std::int64_t expected_version) = 0;
  // The meetings of a forum, oldest first (held_on, then id), at most `limit`.
  virtual core::Result<std::vector<Meeting>> ListMeetings(const std::string& forum_id, int limit) = 0;

  // Stores the commitment, its agencies and commitment.status_history (the creation entry).
  // Errors: kNotFound "meeting.not_found" / "agency.not_found"; kConflict "commitment.exists".
  virtual core::Status InsertCommitment(const Commitment& commitment) = 0;
  // With its status_history. Errors: kNotFound "commitment.not_found".
  virtual core::Result<Commitment> GetCommitment(const std::string& id) = 0;
  // Stores data, done_on, version, updated_* and rewrites its agencies; appends `status_change` when given.
  // Errors: kNotFound "commitment.not_found" / "agency.not_found"; kPreconditionFailed "version_mismatch".
  virtual core::Status UpdateCommitment(const Commitment& commitment, std::int64_t expected_version,
                                        const std::optional<CommitmentStatusChange>& status_change) = 0;
  // Newest first (id descending); PageRequest.after is an id. status_history is left empty.
  virtual core::Result<Page<Commitment>> ListCommitments(const CommitmentFilter& filter, const PageRequest& page) = 0;
  // The OPEN or IN_PROGRESS commitments of `agency_id` due on or before `due_on_or_before`, earliest due first, at
  // most `limit`. Index-served (coordination_commitment_agencies by agency, status, due_on).
  virtual core::Result<std::vector<DueCommitment>> DueCommitments(const std::string& agency_id,
                                                                  core::Date due_on_or_before, int limit) = 0;

  // The metadata of meeting attachments (domain/meeting_attachment.hpp; the bytes are in ports::BlobStore; the
  // file name and description are sealed). Errors: kNotFound "meeting.not_found"; kConflict
  // "meeting_attachment.exists" for a duplicate id.
  virtual core::Status InsertMeetingAttachment(const MeetingAttachment& attachment) = 0;
  // Errors: kNotFound "meeting_attachment.not_found".
  virtual core::Result<MeetingAttachment> GetMeetingAttachment(const std::string& id) = 0;
  // The attachments of a meeting, oldest first (created_at, then id).
  virtual core::Result<std::vector<MeetingAttachment>> ListMeetingAttachments(const std::string& meeting_id) = 0;
  // Removes the metadata (the blob stays: content-addressed, it may be shared). Errors: kNotFound
  // "meeting_attachment.not_found".
  virtual core::Status DeleteMeetingAttachment(const std::string& id) = 0;
};

}  // namespace sinergi::domain::ports
