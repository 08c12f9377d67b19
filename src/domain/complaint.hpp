#pragma once
// The complaint-handling deadlines of a migrant worker's complaint (a case of type PMI_BERMASALAH): Perban BP2MI
// 6/2024 Ps 30(1) lets a complaint be closed when
//   (a) its documents are still incomplete 30 days after it was registered,
//   (b) additional data asked for are still unclear 15 working days after the request,
//   (c) the complainant could not be reached for 60 consecutive days since the last contact,
//   (d) it was handed to another ministry/agency (closure reason DIRUJUK; then monitored: no timer), or
//   (e) it was reported as unresolvable and the complainant gave no response for 6 months;
// and Perban BP2MI 23/2025 Ps 18 gives the party complained against 7 days after the second clarification to
// fulfil its settlement commitment. The case worker records the facts the periods run from (ComplaintFactsData);
// the timers are derived on every read (complaint_rules.hpp) and shown on the task list (task.hpp). DOMAIN.md,
// "Complaint-handling deadlines". Use cases: CaseWorkService::GetComplaint / UpdateComplaint.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace sinergi::domain {

// The jenis_kasus code of a migrant worker's complaint: only such cases have complaint facts.
inline constexpr std::string_view kPmiComplaintCaseType = "PMI_BERMASALAH";

// One timer per recorded fact.
enum class ComplaintClock {
  kDocuments30d,    // (a) from the case's reported_on while documents_incomplete
  kInfo15wd,        // (b) from info_requested_on, 15 working days (working_days.hpp)
  kUnreachable60d,  // (c) from unreachable_since (the last day the complainant was reached), 60 days
  kNoResponse6m,    // (e) from awaiting_response_since, 6 calendar months (clamped to the month's last day)
  kSettlement7d,    // Perban 23/2025 Ps 18: from settlement_clarified_on, 7 days
};
inline constexpr std::array<ComplaintClock, 5> kComplaintClocks{
    ComplaintClock::kDocuments30d, ComplaintClock::kInfo15wd, ComplaintClock::kUnreachable60d,
    ComplaintClock::kNoResponse6m, ComplaintClock::kSettlement7d};

// The facts a client writes. Every date is not in the future and not before the case's reported_on.
struct ComplaintFactsData {
  bool documents_incomplete = false;                  // the complaint's documents are not complete yet
  std::optional<core::Date> info_requested_on;        // additional data asked for; cleared once answered
  std::optional<core::Date> unreachable_since;        // last successful contact before the silence
  std::optional<core::Date> awaiting_response_since;  // the unresolvable outcome was told to the complainant
  std::optional<core::Date> settlement_clarified_on;  // the second clarification (settlement commitment)

  bool operator==(const ComplaintFactsData&) const = default;
};

// The facts of one case: version 0 (and no timestamps) while nothing was recorded.
struct ComplaintFacts {
  std::string case_id;
  std::int64_t version = 0;
  ComplaintFactsData data;
  std::optional<core::Timestamp> created_at;
  std::optional<std::string> created_by;
  std::optional<core::Timestamp> updated_at;
  std::optional<std::string> updated_by;

  bool operator==(const ComplaintFacts&) const = default;
};

// A running timer, derived from a fact.
struct ComplaintTimer {
  ComplaintClock clock = ComplaintClock::kDocuments30d;
  core::Date started_on;
  // Ps 30 clocks: the first day the complaint may be closed under that clause (overdue from its start).
  // kSettlement7d: the last day of the party's 7 days (overdue from the start of the next day).
  core::Date due_on;
  core::Timestamp due_at{};
  bool overdue = false;
  std::string_view legal_basis;

  bool operator==(const ComplaintTimer&) const = default;
};

// What a read answers: the facts and, while the case is an open PMI complaint, the timers running, in clock order.
struct ComplaintView {
  ComplaintFacts facts;
  std::vector<ComplaintTimer> timers;
};

}  // namespace sinergi::domain
