// The coordination rules (coordination_rules.hpp).
#include "domain/coordination_rules.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "domain/detail/text.hpp"

namespace sinergi::domain {
namespace {

using core::FieldError;

void TooLong(std::vector<FieldError>& errors, const std::string& field, const std::optional<std::string>& text,
             std::size_t max) {
  if (text && detail::CodePointCount(*text) > max) {
    errors.push_back({field, "too_long", "At most " + std::to_string(max) + " characters."});
  }
}

void RequiredText(std::vector<FieldError>& errors, const std::string& field, const std::string& text, std::size_t max) {
  if (text.empty()) {
    errors.push_back({field, "required", "Required."});
  } else {
    TooLong(errors, field, text, max);
  }
}

// Trimmed, without empty ids and duplicates, first mention kept.
void NormaliseIds(std::vector<std::string>& ids) {
  std::set<std::string> seen;
  std::vector<std::string> out;
  for (const std::string& raw : ids) {
    std::string id = detail::Trim(raw);
    if (!id.empty() && seen.insert(id).second) out.push_back(std::move(id));
  }
  ids = std::move(out);
}

bool IsProvinceCode(const std::string& code) {
  return code.size() == 2 && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string_view ToString(CommitmentStatus status) {
  switch (status) {
    case CommitmentStatus::kOpen:
      return "OPEN";
    case CommitmentStatus::kInProgress:
      return "IN_PROGRESS";
    case CommitmentStatus::kDone:
      return "DONE";
    case CommitmentStatus::kDropped:
      return "DROPPED";
  }
  return "OPEN";
}

std::optional<CommitmentStatus> ParseCommitmentStatus(std::string_view text) {
  for (CommitmentStatus s :
       {CommitmentStatus::kOpen, CommitmentStatus::kInProgress, CommitmentStatus::kDone, CommitmentStatus::kDropped}) {
    if (ToString(s) == text) return s;
  }
  return std::nullopt;
}

void NormaliseForum(ForumData& data) {
  data.name = detail::CollapseSpaces(detail::Trim(data.name));
  data.convening_agency_id = detail::Trim(data.convening_agency_id);
  detail::TrimOptional(data.region_code);
  detail::TrimOptional(data.description);
  NormaliseIds(data.member_agency_ids);
}

void NormaliseMeeting(MeetingData& data) {
  data.title = detail::CollapseSpaces(detail::Trim(data.title));
  data.convening_agency_id = detail::Trim(data.convening_agency_id);
  detail::TrimOptional(data.place);
  detail::TrimOptional(data.online_link);
  detail::TrimOptional(data.agenda);
  detail::TrimOptional(data.minutes);
  for (MeetingParticipant& p : data.participants) {
    p.agency_id = detail::Trim(p.agency_id);
    for (Representative& r : p.representatives) {
      r.name = detail::CollapseSpaces(detail::Trim(r.name));
      detail::TrimOptional(r.position);
    }
  }
}

void NormaliseCommitment(CommitmentData& data) {
  NormaliseIds(data.agency_ids);
  data.description = detail::Trim(data.description);
  data.indicator = detail::Trim(data.indicator);
  detail::TrimOptional(data.evidence);
  detail::TrimOptional(data.dropped_reason);
}

std::vector<FieldError> ValidateForum(const ForumData& data) {
  std::vector<FieldError> errors;
  RequiredText(errors, "name", data.name, kMaxCoordinationNameChars);
  if (data.convening_agency_id.empty()) errors.push_back({"convening_agency_id", "required", "Required."});
  if (data.region_code && !IsProvinceCode(*data.region_code)) {
    errors.push_back({"region_code", "invalid_format", "A two-digit province code, or absent for a national forum."});
  }
  if (data.member_agency_ids.size() > kMaxCoordinationAgencies) {
    errors.push_back({"member_agency_ids", "too_many", "Too many agencies."});
  }
  TooLong(errors, "description", data.description, kMaxCoordinationTextChars);
  return errors;
}

std::vector<FieldError> ValidateMeeting(const MeetingData& data) {
  std::vector<FieldError> errors;
  RequiredText(errors, "title", data.title, kMaxCoordinationNameChars);
  TooLong(errors, "place", data.place, kMaxCoordinationNameChars);
  TooLong(errors, "online_link", data.online_link, kMaxCoordinationNameChars);
  TooLong(errors, "agenda", data.agenda, kMaxCoordinationTextChars);
  TooLong(errors, "minutes", data.minutes, kMaxCoordinationTextChars);
  if (data.participants.size() > kMaxCoordinationAgencies) {
    errors.push_back({"participants", "too_many", "Too many participating agencies."});
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < data.participants.size(); ++i) {
    const MeetingParticipant& p = data.participants[i];
    const std::string path = "participants[" + std::to_string(i) + "]";
    if (p.agency_id.empty()) {
      errors.push_back({path + ".agency_id", "required", "Required."});
    } else if (!seen.insert(p.agency_id).second) {
      errors.push_back({path + ".agency_id", "duplicate", "The agency is listed twice."});
    }
    if (p.representatives.size() > kMaxRepresentatives) {
      errors.push_back({path + ".representatives", "too_many", "Too many representatives."});
    }
    for (std::size_t j = 0; j < p.representatives.size(); ++j) {
      const std::string rep = path + ".representatives[" + std::to_string(j) + "]";
      RequiredText(errors, rep + ".name", p.representatives[j].name, kMaxCoordinationNameChars);
      TooLong(errors, rep + ".position", p.representatives[j].position, kMaxCoordinationNameChars);
    }
  }
  return errors;
}

std::vector<FieldError> ValidateCommitment(const CommitmentData& data) {
  std::vector<FieldError> errors;
  if (data.agency_ids.empty()) {
    errors.push_back({"agency_ids", "required", "At least one committing agency."});
  } else if (data.agency_ids.size() > kMaxCoordinationAgencies) {
    errors.push_back({"agency_ids", "too_many", "Too many agencies."});
  }
  RequiredText(errors, "description", data.description, kMaxCoordinationTextChars);
  RequiredText(errors, "indicator", data.indicator, kMaxCoordinationNameChars);
  if (data.target && *data.target < 1) errors.push_back({"target", "out_of_range", "At least 1."});
  if (data.progress < 0) errors.push_back({"progress", "out_of_range", "Not negative."});
  if (data.status == CommitmentStatus::kDone && !data.evidence) {
    errors.push_back({"evidence", "required", "Say what shows the commitment is done."});
  }
  if (data.status == CommitmentStatus::kDropped && !data.dropped_reason) {
    errors.push_back({"dropped_reason", "required", "Say why the commitment is dropped."});
  }
  TooLong(errors, "evidence", data.evidence, kMaxCoordinationTextChars);
  TooLong(errors, "dropped_reason", data.dropped_reason, kMaxCoordinationTextChars);
  return errors;
}

bool CanMoveCommitment(CommitmentStatus from, CommitmentStatus to) {
  using S = CommitmentStatus;
  if (from == to) return true;
  switch (from) {
    case S::kOpen:
      return to == S::kInProgress || to == S::kDone || to == S::kDropped;
    case S::kInProgress:
      return to == S::kOpen || to == S::kDone || to == S::kDropped;
    case S::kDone:
      return to == S::kInProgress;
    case S::kDropped:
      return to == S::kOpen;
  }
  return false;
}

bool IsActiveCommitment(CommitmentStatus status) {
  return status == CommitmentStatus::kOpen || status == CommitmentStatus::kInProgress;
}

bool IsCommitmentOverdue(const CommitmentData& data, core::Date today) {
  return IsActiveCommitment(data.status) && today > data.due_on;
}

std::string_view CommitmentDisplayStatus(const CommitmentData& data, core::Date today) {
  return IsCommitmentOverdue(data, today) ? kOverdueStatus : ToString(data.status);
}

bool DoneOnTime(const Commitment& c) {
  return c.data.status == CommitmentStatus::kDone && (!c.done_on || *c.done_on <= c.data.due_on);
}

void CountCommitment(CommitmentCounts& counts, const Commitment& c, core::Date today) {
  ++counts.made;
  switch (c.data.status) {
    case CommitmentStatus::kDone:
      ++(DoneOnTime(c) ? counts.done_on_time : counts.done_late);
      return;
    case CommitmentStatus::kDropped:
      ++counts.dropped;
      return;
    case CommitmentStatus::kOpen:
    case CommitmentStatus::kInProgress:
      ++(IsCommitmentOverdue(c.data, today) ? counts.overdue : counts.open);
      return;
  }
}

ForumRecord ForumRecordOf(const std::string& forum_id, const std::vector<Commitment>& commitments, core::Date today) {
  ForumRecord record;
  record.forum_id = forum_id;
  record.as_of = today;
  for (const Commitment& c : commitments) {
    CountCommitment(record.total, c, today);
    for (const std::string& agency : c.data.agency_ids) CountCommitment(record.by_agency[agency], c, today);
  }
  return record;
}

core::Date CommitmentTaskHorizon(core::Date today) {
  return core::Date::FromDaysSinceEpoch(today.DaysSinceEpoch() + kCommitmentDueSoonDays);
}

bool IsCommitmentDueSoon(const CommitmentData& data, core::Date today) {
  return IsActiveCommitment(data.status) && data.due_on <= CommitmentTaskHorizon(today);
}

void MaskRepresentatives(Meeting& meeting) {
  for (MeetingParticipant& p : meeting.data.participants) {
    for (Representative& r : p.representatives) {
      r.name.clear();
      r.position.reset();
    }
  }
  meeting.representatives_masked = true;
}

std::vector<std::string> MeetingAgencies(const MeetingData& data) {
  std::vector<std::string> out;
  if (!data.convening_agency_id.empty()) out.push_back(data.convening_agency_id);
  for (const MeetingParticipant& p : data.participants) {
    if (std::find(out.begin(), out.end(), p.agency_id) == out.end()) out.push_back(p.agency_id);
  }
  return out;
}

}  // namespace sinergi::domain
