#pragma once
// Coordination forums, meetings and commitments in SQLite (migration 0015_coordination.sql). The methods are split
// by record: sqlite_coordination_forums.cpp, _meetings.cpp, _commitments.cpp and _queries.cpp (the commitment
// lists), with the row mapping shared in sqlite_coordination_rows.hpp. Works on the connection of the unit of work
// that owns it; not thread-safe.
#include "domain/ports/coordination_repository.hpp"
#include "storage/common/sealed_fields.hpp"
#include "storage/sqlite/connection.hpp"

namespace sinergi::storage::sqlite {

class SqliteCoordinationRepository final : public domain::ports::CoordinationRepository {
 public:
  SqliteCoordinationRepository(Connection& conn, const Sealer& sealer) : conn_(conn), sealer_(sealer) {}

  core::Status InsertForum(const domain::Forum& forum) override;
  core::Result<domain::Forum> GetForum(const std::string& id) override;
  core::Status UpdateForum(const domain::Forum& forum, std::int64_t expected_version) override;
  core::Result<std::vector<domain::Forum>> ListForums(const std::optional<std::string>& region_code,
                                                      int limit) override;
  core::Status InsertMeeting(const domain::Meeting& meeting) override;
  core::Result<domain::Meeting> GetMeeting(const std::string& id) override;
  core::Status UpdateMeeting(const domain::Meeting& meeting, std::int64_t expected_version) override;
  core::Result<std::vector<domain::Meeting>> ListMeetings(const std::string& forum_id, int limit) override;
  core::Status InsertCommitment(const domain::Commitment& commitment) override;
  core::Result<domain::Commitment> GetCommitment(const std::string& id) override;
  core::Status UpdateCommitment(const domain::Commitment& commitment, std::int64_t expected_version,
                                const std::optional<domain::CommitmentStatusChange>& status_change) override;
  core::Result<domain::ports::Page<domain::Commitment>> ListCommitments(
      const domain::ports::CommitmentFilter& filter, const domain::ports::PageRequest& page) override;
  core::Result<std::vector<domain::ports::DueCommitment>> DueCommitments(const std::string& agency_id,
                                                                         core::Date due_on_or_before,
                                                                         int limit) override;
  // sqlite_coordination_attachments.cpp (migration 0018).
  core::Status InsertMeetingAttachment(const domain::MeetingAttachment& attachment) override;
  core::Result<domain::MeetingAttachment> GetMeetingAttachment(const std::string& id) override;
  core::Result<std::vector<domain::MeetingAttachment>> ListMeetingAttachments(const std::string& meeting_id) override;
  core::Status DeleteMeetingAttachment(const std::string& id) override;

 private:
  // The meeting's participants and representatives (sealed), rewritten whole; read back in order.
  core::Status WriteParticipants(const domain::Meeting& meeting);
  core::Status ReadParticipants(domain::Meeting& meeting);
  // The commitment's agencies with its status and due day (the task list's index), rewritten whole.
  core::Status WriteAgencies(const domain::Commitment& commitment);
  core::Status AppendStatusChange(const std::string& commitment_id, const domain::CommitmentStatusChange& change);

  Connection& conn_;
  const Sealer& sealer_;
};

}  // namespace sinergi::storage::sqlite
