#pragma once
// Pieces shared by coordination_service*.cpp. Internal to src/domain.
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/coordination.hpp"
#include "domain/history.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::domain::detail {

inline constexpr const char* kForumEntity = "coordination_forum";
inline constexpr const char* kMeetingEntity = "coordination_meeting";
inline constexpr const char* kCommitmentEntity = "coordination_commitment";

// Field errors (unknown_code) for the ids that name no enabled agency; `field` is the path of one id, or of the
// list when `indexed` ("agency_ids[2]").
core::Result<std::vector<core::FieldError>> CheckAgencies(ports::UnitOfWork& uow, const std::vector<std::string>& ids,
                                                          const std::string& field, bool indexed);

// The agencies that convene a meeting's records: the forum's and the meeting's convening agencies.
std::vector<std::string> Conveners(const Forum& forum, const MeetingData& meeting);

// Masks the meeting's representatives unless the actor may see them (CanSeeMeetingRepresentatives over the
// meeting's agencies and the forum's convening agency).
void GateRepresentatives(const Actor& actor, const Forum& forum, Meeting& meeting);

// Field-level diffs for history (values are JSON texts; representatives are left out: only the participating
// agencies are named).
std::vector<FieldChange> ForumChanges(const ForumData& before, const ForumData& after);
std::vector<FieldChange> MeetingChanges(const MeetingData& before, const MeetingData& after);
std::vector<FieldChange> CommitmentChanges(const CommitmentData& before, const CommitmentData& after);

}  // namespace sinergi::domain::detail
