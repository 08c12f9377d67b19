#pragma once
// TEST DOUBLE, internal to src/domain/testing: the coordination repository of the in-memory database
// (in_memory_coordination.cpp). Works on the state copy of its unit of work, like the other in-memory repositories.
#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain::test_doubles::detail {

// Forums, meetings and commitments (ports/coordination_repository.hpp): the same errors and orders as the SQLite
// backend.
class InMemoryCoordinationRepository final : public ports::CoordinationRepository {
 public:
  explicit InMemoryCoordinationRepository(InMemoryState& s) : s_(s) {}

  core::Status InsertForum(const Forum& forum) override;
  core::Result<Forum> GetForum(const std::string& id) override;
  core::Status UpdateForum(const Forum& forum, std::int64_t expected_version) override;
  core::Result<std::vector<Forum>> ListForums(const std::optional<std::string>& region_code, int limit) override;
  core::Status InsertMeeting(const Meeting& meeting) override;
  core::Result<Meeting> GetMeeting(const std::string& id) override;
  core::Status UpdateMeeting(const Meeting& meeting, std::int64_t expected_version) override;
  core::Result<std::vector<Meeting>> ListMeetings(const std::string& forum_id, int limit) override;
  core::Status InsertCommitment(const Commitment& commitment) override;
  core::Result<Commitment> GetCommitment(const std::string& id) override;
  core::Status UpdateCommitment(const Commitment& commitment, std::int64_t expected_version,
                                const std::optional<CommitmentStatusChange>& status_change) override;
  core::Result<ports::Page<Commitment>> ListCommitments(const ports::CommitmentFilter& filter,
                                                        const ports::PageRequest& page) override;
  core::Result<std::vector<ports::DueCommitment>> DueCommitments(const std::string& agency_id,
                                                                 core::Date due_on_or_before, int limit) override;
  core::Status InsertMeetingAttachment(const MeetingAttachment& attachment) override;
  core::Result<MeetingAttachment> GetMeetingAttachment(const std::string& id) override;
  core::Result<std::vector<MeetingAttachment>> ListMeetingAttachments(const std::string& meeting_id) override;
  core::Status DeleteMeetingAttachment(const std::string& id) override;

 private:
  core::Status CheckAgency(const std::string& id) const;

  InMemoryState& s_;
};

}  // namespace sinergi::domain::test_doubles::detail
