#pragma once
// The rules of forums, meetings and commitments (domain/coordination.hpp) as pure functions: the coordination
// service applies them and coordination_rules_test.cpp calls them directly. Checks that need storage (does the
// agency exist, is the region a province) stay in the service.
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/coordination.hpp"

namespace sinergi::domain {

// Trims every text (an empty optional text becomes absent), drops empty agency ids and duplicates (first kept).
void NormaliseForum(ForumData& data);
void NormaliseMeeting(MeetingData& data);
void NormaliseCommitment(CommitmentData& data);

// Field errors: name required / too_long; convening_agency_id required; region_code invalid_format (not a
// two-digit province code); member_agency_ids too_many; description too_long.
std::vector<core::FieldError> ValidateForum(const ForumData& data);
// title required / too_long; participants too_many; participants[i].agency_id required / duplicate;
// participants[i].representatives too_many; ...representatives[j].name required / too_long; place, online_link
// too_long; agenda, minutes too_long.
std::vector<core::FieldError> ValidateMeeting(const MeetingData& data);
// agency_ids required / too_many; description required / too_long; indicator required / too_long; target
// out_of_range (< 1); progress out_of_range (< 0); evidence required when DONE; dropped_reason required when
// DROPPED; evidence / dropped_reason too_long.
std::vector<core::FieldError> ValidateCommitment(const CommitmentData& data);

// The status moves a commitment may make: OPEN -> IN_PROGRESS | DONE | DROPPED; IN_PROGRESS -> OPEN | DONE |
// DROPPED; DONE -> IN_PROGRESS (reopened: the evidence did not hold); DROPPED -> OPEN (taken up again). Staying in
// the same status is no move and always allowed.
bool CanMoveCommitment(CommitmentStatus from, CommitmentStatus to);

// Whether the commitment is still to be done: OPEN or IN_PROGRESS.
bool IsActiveCommitment(CommitmentStatus status);

// OVERDUE is derived, never stored: an active commitment whose due day has passed (today > due_on).
bool IsCommitmentOverdue(const CommitmentData& data, core::Date today);
// The status shown: "OVERDUE" for an overdue commitment, the stored status otherwise.
std::string_view CommitmentDisplayStatus(const CommitmentData& data, core::Date today);

// A DONE commitment is done on time when it was marked done on or before its due day.
bool DoneOnTime(const Commitment& c);

// The bucket a commitment counts in (see CommitmentCounts). A DONE commitment without done_on (never expected)
// counts as done on time.
void CountCommitment(CommitmentCounts& counts, const Commitment& c, core::Date today);
// The record of a forum's commitments as of `today`: totals, and per committing agency.
ForumRecord ForumRecordOf(const std::string& forum_id, const std::vector<Commitment>& commitments, core::Date today);

// Whether the commitment belongs on its agencies' task list (COMMITMENT_DUE): active and due within
// kCommitmentDueSoonDays of today, or overdue.
bool IsCommitmentDueSoon(const CommitmentData& data, core::Date today);
// The last day before which a commitment is not on the task list yet: today + kCommitmentDueSoonDays.
core::Date CommitmentTaskHorizon(core::Date today);

// Empties every representative's name and position (the agencies stay) and sets representatives_masked.
void MaskRepresentatives(Meeting& meeting);

// The agencies of a meeting: its convening agency and its participants, without duplicates.
std::vector<std::string> MeetingAgencies(const MeetingData& data);

}  // namespace sinergi::domain
