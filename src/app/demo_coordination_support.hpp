#pragma once
// Internal to the demo coordination loader (demo_coordination*.cpp): the demo actor and small builders of meetings
// and commitments, and the status report a committing agency would make.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/coordination_service.hpp"

namespace sinergi::app::detail {

inline const domain::Actor kCoordinationDemoActor{"system:demo", "Demo data loader", "demo", "", {}, "", "", "", ""};

inline core::Date DaysFrom(core::Date day, long days) {
  return core::Date::FromDaysSinceEpoch(day.DaysSinceEpoch() + days);
}

inline domain::MeetingParticipant Participant(const std::string& agency_id, std::vector<domain::Representative> reps) {
  return {agency_id, std::move(reps)};
}

inline domain::CommitmentData Commit(std::vector<std::string> agencies, const char* description, core::Date due_on,
                                     const char* indicator, std::optional<std::int64_t> target = std::nullopt) {
  domain::CommitmentData c;
  c.agency_ids = std::move(agencies);
  c.description = description;
  c.due_on = due_on;
  c.indicator = indicator;
  c.target = target;
  return c;
}

// Moves a commitment to `status` (with its evidence or reason) as the committing agency would report it. DONE is
// stamped with today: on time when the commitment is due today or later, late otherwise.
inline core::Status Report(domain::CoordinationService& svc, const domain::Commitment& made,
                           domain::CommitmentStatus status, std::int64_t progress, std::optional<std::string> note) {
  domain::CommitmentData data = made.data;
  data.status = status;
  data.progress = progress;
  if (status == domain::CommitmentStatus::kDone) data.evidence = std::move(note);
  if (status == domain::CommitmentStatus::kDropped) data.dropped_reason = std::move(note);
  core::Result<domain::Commitment> updated =
      svc.UpdateCommitment(kCoordinationDemoActor, made.id, std::move(data), made.version);
  if (!updated) return updated.error();
  return core::Ok();
}

}  // namespace sinergi::app::detail
