#include "domain/journey.hpp"

#include <array>
#include <utility>

namespace sinergi::domain {
namespace {
constexpr std::array<std::pair<JourneyStatus, std::string_view>, 7> kStatusNames{{
    {JourneyStatus::kRegistered, "registered"},
    {JourneyStatus::kInTraining, "in_training"},
    {JourneyStatus::kReadyToDepart, "ready_to_depart"},
    {JourneyStatus::kWorkingAbroad, "working_abroad"},
    {JourneyStatus::kReturned, "returned"},
    {JourneyStatus::kReintegrating, "reintegrating"},
    {JourneyStatus::kClosed, "closed"},
}};
}  // namespace

std::string_view ToString(JourneyStatus s) {
  for (const auto& [status, name] : kStatusNames) {
    if (status == s) return name;
  }
  return "registered";
}

std::optional<JourneyStatus> ParseJourneyStatus(std::string_view s) {
  for (const auto& [status, name] : kStatusNames) {
    if (name == s) return status;
  }
  return std::nullopt;
}

std::string_view ToString(Phase p) {
  switch (p) {
    case Phase::kBefore:
      return "before";
    case Phase::kDuring:
      return "during";
    case Phase::kAfter:
      return "after";
  }
  return "before";
}

// UU 18/2017 Ps 7: before work runs from registration to departure; during, while abroad; after, from arrival.
// A journey closed before departure stays in the "before" phase only in history; closed is reported as "after".
Phase PhaseOf(JourneyStatus s) {
  switch (s) {
    case JourneyStatus::kRegistered:
    case JourneyStatus::kInTraining:
    case JourneyStatus::kReadyToDepart:
      return Phase::kBefore;
    case JourneyStatus::kWorkingAbroad:
      return Phase::kDuring;
    case JourneyStatus::kReturned:
    case JourneyStatus::kReintegrating:
    case JourneyStatus::kClosed:
      return Phase::kAfter;
  }
  return Phase::kBefore;
}

}  // namespace sinergi::domain
