#pragma once
// The rules of the complaint-handling deadlines (complaint.hpp) as pure functions: which timers run, when each is
// due, and which facts are acceptable. Legal basis: Perban BP2MI 6/2024 Ps 30(1), Perban BP2MI 23/2025 Ps 18.
#include <optional>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/complaint.hpp"
#include "domain/task.hpp"

namespace sinergi::domain {

inline constexpr int kComplaintDocumentsDays = 30;    // Ps 30(1)(a)
inline constexpr int kComplaintInfoWorkingDays = 15;  // Ps 30(1)(b)
inline constexpr int kComplaintUnreachableDays = 60;  // Ps 30(1)(c)
inline constexpr int kComplaintNoResponseMonths = 6;  // Ps 30(1)(e)
inline constexpr int kSettlementDays = 7;             // Perban 23/2025 Ps 18

// The task kind of a clock (COMPLAINT_DOCUMENTS_30D, ...), and its name in the API (the same text).
TaskKind TaskKindOf(ComplaintClock clock);
std::string_view ToString(ComplaintClock clock);
// e.g. "Perban BP2MI 6/2024 Ps 30(1)(b)".
std::string_view LegalBasisOf(ComplaintClock clock);
// Whether the clock counts working days (its due day needs the public holidays).
bool CountsWorkingDays(ComplaintClock clock);

// Whether case_types holds PMI_BERMASALAH.
bool IsPmiComplaint(const std::vector<std::string>& case_types);

// The day the clock started, or nullopt when its fact is not recorded. kDocuments30d starts on the case's
// reported_on (the complaint's registration: the day the report reached the agency, which the officer records and
// may correct, and which stays true for a complaint entered later from paper or another system).
std::optional<core::Date> ClockStart(ComplaintClock clock, const ComplaintFactsData& data, core::Date reported_on);

// The due day of a clock started on `started_on` (see ComplaintTimer::due_on). `holidays` (sorted) must cover
// [started_on, WorkingDaysHorizon(started_on, 15)] for kInfo15wd; the other clocks ignore them.
core::Date ComplaintDueOn(ComplaintClock clock, core::Date started_on, const std::vector<core::Date>& holidays);

// The timer of a clock started on `started_on`, as of `now`.
ComplaintTimer MakeComplaintTimer(ComplaintClock clock, core::Date started_on, const std::vector<core::Date>& holidays,
                                  core::Timestamp now);

// The timers the facts start, in kComplaintClocks order.
std::vector<ComplaintTimer> ComplaintTimers(const ComplaintFactsData& data, core::Date reported_on,
                                            const std::vector<core::Date>& holidays, core::Timestamp now);

// The days whose public holidays ComplaintTimers needs for `data` (inclusive); nullopt when no clock counting
// working days runs.
struct HolidayRange {
  core::Date from;
  core::Date to;
};
std::optional<HolidayRange> HolidaysNeeded(const ComplaintFactsData& data);

// Field errors (codes): info_requested_on / unreachable_since / awaiting_response_since / settlement_clarified_on
// in_future (after `today`) or before_reported_on (before the case's reported_on).
std::vector<core::FieldError> ValidateComplaintFacts(const ComplaintFactsData& data, core::Date reported_on,
                                                     core::Date today);

// kInvalid "validation_failed" with the field error case_types not_a_pmi_complaint: complaint facts belong only to
// cases whose case_types contain PMI_BERMASALAH.
core::Error NotAPmiComplaint();

}  // namespace sinergi::domain
