// TEST DOUBLE: coordination forums, meetings and commitments in the in-memory database (see in_memory_database.hpp).
// Mirrors ports/coordination_repository.hpp and the SQLite backend, including its error reasons and orders.
#include "domain/testing/in_memory_coordination.hpp"

#include <algorithm>
#include <tuple>

namespace sinergi::domain::test_doubles::detail {
namespace {

using core::Error;

bool Contains(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

}  // namespace

core::Status InMemoryCoordinationRepository::CheckAgency(const std::string& id) const {
  if (!s_.agencies.contains(id)) return Error::NotFound("agency.not_found", "No agency has this id.");
  return core::Ok();
}

core::Status InMemoryCoordinationRepository::InsertForum(const Forum& forum) {
  if (s_.forums.contains(forum.id)) return Error::Conflict("forum.exists", "A forum with this id already exists.");
  SINERGI_TRY_STATUS(CheckAgency(forum.data.convening_agency_id));
  s_.forums[forum.id] = forum;
  return core::Ok();
}

core::Result<Forum> InMemoryCoordinationRepository::GetForum(const std::string& id) {
  auto it = s_.forums.find(id);
  if (it == s_.forums.end()) return Error::NotFound("forum.not_found", "No forum has this id.");
  return it->second;
}

core::Status InMemoryCoordinationRepository::UpdateForum(const Forum& forum, std::int64_t expected_version) {
  auto it = s_.forums.find(forum.id);
  if (it == s_.forums.end()) return Error::NotFound("forum.not_found", "No forum has this id.");
  if (it->second.version != expected_version) return Error::StaleVersion();
  SINERGI_TRY_STATUS(CheckAgency(forum.data.convening_agency_id));
  it->second = forum;
  return core::Ok();
}

core::Result<std::vector<Forum>> InMemoryCoordinationRepository::ListForums(
    const std::optional<std::string>& region_code, int limit) {
  std::vector<Forum> out;
  for (const auto& [id, f] : s_.forums) {
    if (region_code && f.data.region_code && *f.data.region_code != *region_code) continue;
    out.push_back(f);
  }
  std::sort(out.begin(), out.end(),
            [](const Forum& a, const Forum& b) { return std::tie(a.data.name, a.id) < std::tie(b.data.name, b.id); });
  if (out.size() > static_cast<std::size_t>(std::max(limit, 0))) out.resize(static_cast<std::size_t>(limit));
  return out;
}

core::Status InMemoryCoordinationRepository::InsertMeeting(const Meeting& meeting) {
  if (s_.meetings.contains(meeting.id)) {
    return Error::Conflict("meeting.exists", "A meeting with this id already exists.");
  }
  if (!s_.forums.contains(meeting.forum_id)) return Error::NotFound("forum.not_found", "No forum has this id.");
  SINERGI_TRY_STATUS(CheckAgency(meeting.data.convening_agency_id));
  for (const MeetingParticipant& p : meeting.data.participants) SINERGI_TRY_STATUS(CheckAgency(p.agency_id));
  s_.meetings[meeting.id] = meeting;
  return core::Ok();
}

core::Result<Meeting> InMemoryCoordinationRepository::GetMeeting(const std::string& id) {
  auto it = s_.meetings.find(id);
  if (it == s_.meetings.end()) return Error::NotFound("meeting.not_found", "No meeting has this id.");
  return it->second;
}

core::Status InMemoryCoordinationRepository::UpdateMeeting(const Meeting& meeting, std::int64_t expected_version) {
  auto it = s_.meetings.find(meeting.id);
  if (it == s_.meetings.end()) return Error::NotFound("meeting.not_found", "No meeting has this id.");
  if (it->second.version != expected_version) return Error::StaleVersion();
  SINERGI_TRY_STATUS(CheckAgency(meeting.data.convening_agency_id));
  for (const MeetingParticipant& p : meeting.data.participants) SINERGI_TRY_STATUS(CheckAgency(p.agency_id));
  it->second = meeting;
  return core::Ok();
}

core::Result<std::vector<Meeting>> InMemoryCoordinationRepository::ListMeetings(const std::string& forum_id,
                                                                                int limit) {
  std::vector<Meeting> out;
  for (const auto& [id, m] : s_.meetings) {
    if (m.forum_id == forum_id) out.push_back(m);
  }
  std::sort(out.begin(), out.end(), [](const Meeting& a, const Meeting& b) {
    return std::tie(a.data.held_on, a.id) < std::tie(b.data.held_on, b.id);
  });
  if (out.size() > static_cast<std::size_t>(std::max(limit, 0))) out.resize(static_cast<std::size_t>(limit));
  return out;
}

core::Status InMemoryCoordinationRepository::InsertCommitment(const Commitment& commitment) {
  if (s_.commitments.contains(commitment.id)) {
    return Error::Conflict("commitment.exists", "A commitment with this id already exists.");
  }
  if (!s_.meetings.contains(commitment.meeting_id)) {
    return Error::NotFound("meeting.not_found", "No meeting has this id.");
  }
  for (const std::string& a : commitment.data.agency_ids) SINERGI_TRY_STATUS(CheckAgency(a));
  s_.commitments[commitment.id] = commitment;
  return core::Ok();
}

core::Result<Commitment> InMemoryCoordinationRepository::GetCommitment(const std::string& id) {
  auto it = s_.commitments.find(id);
  if (it == s_.commitments.end()) return Error::NotFound("commitment.not_found", "No commitment has this id.");
  return it->second;
}

core::Status InMemoryCoordinationRepository::UpdateCommitment(
    const Commitment& commitment, std::int64_t expected_version,
    const std::optional<CommitmentStatusChange>& status_change) {
  auto it = s_.commitments.find(commitment.id);
  if (it == s_.commitments.end()) return Error::NotFound("commitment.not_found", "No commitment has this id.");
  if (it->second.version != expected_version) return Error::StaleVersion();
  for (const std::string& a : commitment.data.agency_ids) SINERGI_TRY_STATUS(CheckAgency(a));
  std::vector<CommitmentStatusChange> history = std::move(it->second.status_history);
  if (status_change) history.push_back(*status_change);
  it->second = commitment;
  it->second.status_history = std::move(history);
  return core::Ok();
}

core::Result<ports::Page<Commitment>> InMemoryCoordinationRepository::ListCommitments(
    const ports::CommitmentFilter& filter, const ports::PageRequest& page) {
  ports::Page<Commitment> out;
  for (auto it = s_.commitments.rbegin(); it != s_.commitments.rend(); ++it) {
    const Commitment& c = it->second;
    if (page.after && c.id >= *page.after) continue;
    if (filter.forum_id && c.forum_id != *filter.forum_id) continue;
    if (filter.meeting_id && c.meeting_id != *filter.meeting_id) continue;
    if (filter.agency_id && !Contains(c.data.agency_ids, *filter.agency_id)) continue;
    if (filter.statuses &&
        std::find(filter.statuses->begin(), filter.statuses->end(), c.data.status) == filter.statuses->end()) {
      continue;
    }
    if (filter.due_before && !(c.data.due_on < *filter.due_before)) continue;
    if (filter.due_on_or_after && c.data.due_on < *filter.due_on_or_after) continue;
    if (out.items.size() == static_cast<std::size_t>(page.limit)) {
      out.next_after = out.items.back().id;
      break;
    }
    Commitment listed = c;
    listed.status_history.clear();
    out.items.push_back(std::move(listed));
  }
  return out;
}

core::Result<std::vector<ports::DueCommitment>> InMemoryCoordinationRepository::DueCommitments(
    const std::string& agency_id, core::Date due_on_or_before, int limit) {
  std::vector<ports::DueCommitment> out;
  for (const auto& [id, c] : s_.commitments) {
    const bool active = c.data.status == CommitmentStatus::kOpen || c.data.status == CommitmentStatus::kInProgress;
    if (active && c.data.due_on <= due_on_or_before && Contains(c.data.agency_ids, agency_id)) {
      out.push_back({c.id, c.forum_id, c.data.due_on});
    }
  }
  std::sort(out.begin(), out.end(), [](const ports::DueCommitment& a, const ports::DueCommitment& b) {
    return std::tie(a.due_on, a.commitment_id) < std::tie(b.due_on, b.commitment_id);
  });
  if (out.size() > static_cast<std::size_t>(std::max(limit, 0))) out.resize(static_cast<std::size_t>(limit));
  return out;
}

core::Status InMemoryCoordinationRepository::InsertMeetingAttachment(const MeetingAttachment& attachment) {
  if (s_.meeting_attachments.contains(attachment.id)) {
    return Error::Conflict("meeting_attachment.exists", "A meeting attachment with this id already exists.");
  }
  if (!s_.meetings.contains(attachment.meeting_id)) {
    return Error::NotFound("meeting.not_found", "No meeting has this id.");
  }
  s_.meeting_attachments[attachment.id] = attachment;
  return core::Ok();
}

core::Result<MeetingAttachment> InMemoryCoordinationRepository::GetMeetingAttachment(const std::string& id) {
  auto it = s_.meeting_attachments.find(id);
  if (it == s_.meeting_attachments.end()) {
    return Error::NotFound("meeting_attachment.not_found", "No meeting attachment has this id.");
  }
  return it->second;
}

core::Result<std::vector<MeetingAttachment>> InMemoryCoordinationRepository::ListMeetingAttachments(
    const std::string& meeting_id) {
  std::vector<MeetingAttachment> out;
  for (const auto& [id, a] : s_.meeting_attachments) {
    if (a.meeting_id == meeting_id) out.push_back(a);
  }
  std::sort(out.begin(), out.end(), [](const MeetingAttachment& a, const MeetingAttachment& b) {
    return std::tie(a.created_at, a.id) < std::tie(b.created_at, b.id);
  });
  return out;
}

core::Status InMemoryCoordinationRepository::DeleteMeetingAttachment(const std::string& id) {
  if (s_.meeting_attachments.erase(id) == 0) {
    return Error::NotFound("meeting_attachment.not_found", "No meeting attachment has this id.");
  }
  return core::Ok();
}

}  // namespace sinergi::domain::test_doubles::detail
