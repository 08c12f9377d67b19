#pragma once
// Use cases of coordination forums, meetings and joint commitments (issue #5; domain/coordination.hpp). Thread-safe;
// each call is one unit of work. Forums, meetings and commitments are agencies' records, not people's, so reads are
// not audited (like the directory); only the representatives of a meeting are personal data and are masked for
// actors outside the meeting's agencies (policy.hpp CanSeeMeetingRepresentatives). Every write stores its change
// history (entities "coordination_forum", "coordination_meeting", "coordination_commitment") and its audit entry in
// the same unit; a commitment's status moves are kept as its status_history too.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/coordination.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::domain {

// Errors of every method, in addition to those listed: kUnavailable/kInternal from storage; kUnauthenticated
// "auth.required" and kForbidden "forbidden" from the policy (reads: Permission::kReferenceRead, every signed-in
// role; writes: kCoordinationWrite and the agency rules of policy.hpp).
class CoordinationService {
 public:
  CoordinationService(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids)
      : db_(db), clock_(clock), ids_(ids) {}

  // Today (UTC) by the injected clock: the day OVERDUE and the forum record are judged on.
  core::Date Today() const;

  // AuthorizeConvenerEdit on the convening agency. Errors: kInvalid "validation_failed" (ValidateForum; agency ids
  // unknown_code; region_code unknown_code when no province has it).
  core::Result<Forum> CreateForum(const Actor& actor, ForumData data);
  // Errors: kNotFound "forum.not_found".
  core::Result<Forum> GetForum(const Actor& actor, const std::string& id);
  // By name, at most kMaxCoordinationRows; with a region, that province's forums and the national ones.
  core::Result<std::vector<Forum>> ListForums(const Actor& actor, const std::optional<std::string>& region_code);
  // Replaces the forum's data (AuthorizeConvenerEdit on the stored convening agency; moving the forum to another
  // convening agency needs the new one too). No change: nothing written. Errors: as CreateForum;
  // kNotFound "forum.not_found"; kPreconditionFailed "version_mismatch".
  core::Result<Forum> UpdateForum(const Actor& actor, const std::string& id, ForumData data,
                                  std::int64_t expected_version);

  // A meeting of the forum; an empty convening_agency_id is the forum's. AuthorizeConvenerEdit on the forum's and
  // the meeting's convening agency. Errors: kNotFound "forum.not_found"; kInvalid "validation_failed".
  core::Result<Meeting> CreateMeeting(const Actor& actor, const std::string& forum_id, MeetingData data);
  // Oldest first; representatives masked where the actor may not see them. Errors: kNotFound "forum.not_found".
  core::Result<std::vector<Meeting>> ListMeetings(const Actor& actor, const std::string& forum_id);

  // A meeting with its commitments and the agenda carry-over: the OPEN / IN_PROGRESS (also overdue) commitments
  // made at earlier meetings of the same forum (held before it, or the same day and recorded before it), so the
  // meeting reviews them. Each list is at most kMaxCoordinationRows, the carry-over earliest due first.
  struct MeetingView {
    Meeting meeting;
    std::vector<Commitment> commitments;
    std::vector<Commitment> carry_over;
  };
  // Errors: kNotFound "meeting.not_found".
  core::Result<MeetingView> GetMeeting(const Actor& actor, const std::string& id);
  // Errors: as CreateMeeting; kNotFound "meeting.not_found"; kPreconditionFailed "version_mismatch"; kForbidden
  // "coordination.representatives_hidden" for a writer who may not see the representatives it would replace.
  core::Result<Meeting> UpdateMeeting(const Actor& actor, const std::string& id, MeetingData data,
                                      std::int64_t expected_version);

  // A commitment made at the meeting (AuthorizeConvenerEdit), OPEN or IN_PROGRESS. Errors: kNotFound
  // "meeting.not_found"; kInvalid "validation_failed" (ValidateCommitment; status invalid_value; agency_ids[i]
  // unknown_code).
  core::Result<Commitment> CreateCommitment(const Actor& actor, const std::string& meeting_id, CommitmentData data);
  // With its status history. Errors: kNotFound "commitment.not_found".
  core::Result<Commitment> GetCommitment(const Actor& actor, const std::string& id);

  // `status` filters by the display status (OVERDUE included: the active ones whose due day passed; OPEN and
  // IN_PROGRESS then exclude the overdue ones).
  struct CommitmentQuery {
    std::optional<std::string> forum_id;
    std::optional<std::string> meeting_id;
    std::optional<std::string> agency_id;
    std::optional<std::string> status;
  };
  // Newest first. Errors: kInvalid "validation_failed" (status invalid_value).
  core::Result<ports::Page<Commitment>> ListCommitments(const Actor& actor, const CommitmentQuery& query,
                                                        const ports::PageRequest& page);

  // Replaces the commitment's data (AuthorizeCommitmentUpdate: the committing agency reports status, progress,
  // evidence and dropped_reason; changing agencies, description, due day, indicator or target is a full edit).
  // A status move must be CanMoveCommitment; DONE stamps done_on with today, leaving DONE clears it; leaving
  // DROPPED clears dropped_reason. No change: nothing written. Errors: kNotFound "commitment.not_found";
  // kPreconditionFailed "version_mismatch"; kConflict "commitment.invalid_transition"; kInvalid "validation_failed".
  core::Result<Commitment> UpdateCommitment(const Actor& actor, const std::string& id, CommitmentData data,
                                            std::int64_t expected_version);

  // The forum record as of today (ForumRecordOf over at most kMaxCoordinationRows commitments).
  // Errors: kNotFound "forum.not_found".
  core::Result<ForumRecord> GetForumRecord(const Actor& actor, const std::string& forum_id);

 private:
  ports::Database& db_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
};

}  // namespace sinergi::domain
