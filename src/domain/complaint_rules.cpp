// The rules of the complaint-handling deadlines (complaint_rules.hpp).
#include "domain/complaint_rules.hpp"

#include <algorithm>
#include <chrono>

#include "domain/working_days.hpp"

namespace sinergi::domain {
namespace {

core::Date PlusDays(core::Date d, long days) {
  return core::Date::FromDaysSinceEpoch(d.DaysSinceEpoch() + days);
}

// The same day `months` calendar months later, clamped to the month's last day (31 Aug + 6 months = 28/29 Feb), as
// task_service.cpp counts the reintegration monitoring.
core::Date PlusMonths(core::Date d, int months) {
  const int index = d.year * 12 + (d.month - 1) + months;
  core::Date out{index / 12, index % 12 + 1, d.day};
  while (!core::Date::IsValid(out.year, out.month, out.day)) --out.day;
  return out;
}

core::Timestamp StartOf(core::Date d) {
  return core::Timestamp(std::chrono::sys_days(std::chrono::days(d.DaysSinceEpoch())));
}

void CheckFactDate(std::vector<core::FieldError>& errors, const char* field, const std::optional<core::Date>& d,
                   core::Date reported_on, core::Date today) {
  if (!d) return;
  if (*d > today) {
    errors.push_back({field, "in_future", "Must not be in the future."});
  } else if (*d < reported_on) {
    errors.push_back({field, "before_reported_on", "Must not be before the case was reported (reported_on)."});
  }
}

}  // namespace

TaskKind TaskKindOf(ComplaintClock clock) {
  switch (clock) {
    case ComplaintClock::kDocuments30d:
      return TaskKind::kComplaintDocuments30d;
    case ComplaintClock::kInfo15wd:
      return TaskKind::kComplaintInfo15wd;
    case ComplaintClock::kUnreachable60d:
      return TaskKind::kComplaintUnreachable60d;
    case ComplaintClock::kNoResponse6m:
      return TaskKind::kComplaintNoResponse6m;
    case ComplaintClock::kSettlement7d:
      return TaskKind::kSettlement7d;
  }
  return TaskKind::kComplaintDocuments30d;
}

std::string_view ToString(ComplaintClock clock) {
  return ToString(TaskKindOf(clock));
}

std::string_view LegalBasisOf(ComplaintClock clock) {
  switch (clock) {
    case ComplaintClock::kDocuments30d:
      return "Perban BP2MI 6/2024 Ps 30(1)(a)";
    case ComplaintClock::kInfo15wd:
      return "Perban BP2MI 6/2024 Ps 30(1)(b)";
    case ComplaintClock::kUnreachable60d:
      return "Perban BP2MI 6/2024 Ps 30(1)(c)";
    case ComplaintClock::kNoResponse6m:
      return "Perban BP2MI 6/2024 Ps 30(1)(e)";
    case ComplaintClock::kSettlement7d:
      return "Perban BP2MI 23/2025 Ps 18";
  }
  return "";
}

bool CountsWorkingDays(ComplaintClock clock) {
  return clock == ComplaintClock::kInfo15wd;
}

bool IsPmiComplaint(const std::vector<std::string>& case_types) {
  return std::find(case_types.begin(), case_types.end(), kPmiComplaintCaseType) != case_types.end();
}

std::optional<core::Date> ClockStart(ComplaintClock clock, const ComplaintFactsData& data, core::Date reported_on) {
  switch (clock) {
    case ComplaintClock::kDocuments30d:
      return data.documents_incomplete ? std::optional<core::Date>(reported_on) : std::nullopt;
    case ComplaintClock::kInfo15wd:
      return data.info_requested_on;
    case ComplaintClock::kUnreachable60d:
      return data.unreachable_since;
    case ComplaintClock::kNoResponse6m:
      return data.awaiting_response_since;
    case ComplaintClock::kSettlement7d:
      return data.settlement_clarified_on;
  }
  return std::nullopt;
}

core::Date ComplaintDueOn(ComplaintClock clock, core::Date started_on, const std::vector<core::Date>& holidays) {
  switch (clock) {
    case ComplaintClock::kDocuments30d:
      return PlusDays(started_on, kComplaintDocumentsDays);
    case ComplaintClock::kInfo15wd:
      return AddWorkingDays(started_on, kComplaintInfoWorkingDays, holidays);
    case ComplaintClock::kUnreachable60d:
      return PlusDays(started_on, kComplaintUnreachableDays);
    case ComplaintClock::kNoResponse6m:
      return PlusMonths(started_on, kComplaintNoResponseMonths);
    case ComplaintClock::kSettlement7d:
      return PlusDays(started_on, kSettlementDays);
  }
  return started_on;
}

ComplaintTimer MakeComplaintTimer(ComplaintClock clock, core::Date started_on, const std::vector<core::Date>& holidays,
                                  core::Timestamp now) {
  ComplaintTimer t;
  t.clock = clock;
  t.started_on = started_on;
  t.due_on = ComplaintDueOn(clock, started_on, holidays);
  // A Ps 30 period has run once its due day begins (the complaint may be closed from then, as the review of the
  // reintegration monitoring); the settlement's 7 days include the due day.
  t.due_at = clock == ComplaintClock::kSettlement7d ? StartOf(PlusDays(t.due_on, 1)) : StartOf(t.due_on);
  t.overdue = now >= t.due_at;
  t.legal_basis = LegalBasisOf(clock);
  return t;
}

std::vector<ComplaintTimer> ComplaintTimers(const ComplaintFactsData& data, core::Date reported_on,
                                            const std::vector<core::Date>& holidays, core::Timestamp now) {
  std::vector<ComplaintTimer> timers;
  for (ComplaintClock clock : kComplaintClocks) {
    if (std::optional<core::Date> start = ClockStart(clock, data, reported_on)) {
      timers.push_back(MakeComplaintTimer(clock, *start, holidays, now));
    }
  }
  return timers;
}

std::optional<HolidayRange> HolidaysNeeded(const ComplaintFactsData& data) {
  if (!data.info_requested_on) return std::nullopt;
  return HolidayRange{*data.info_requested_on, WorkingDaysHorizon(*data.info_requested_on, kComplaintInfoWorkingDays)};
}

std::vector<core::FieldError> ValidateComplaintFacts(const ComplaintFactsData& data, core::Date reported_on,
                                                     core::Date today) {
  std::vector<core::FieldError> errors;
  CheckFactDate(errors, "info_requested_on", data.info_requested_on, reported_on, today);
  CheckFactDate(errors, "unreachable_since", data.unreachable_since, reported_on, today);
  CheckFactDate(errors, "awaiting_response_since", data.awaiting_response_since, reported_on, today);
  CheckFactDate(errors, "settlement_clarified_on", data.settlement_clarified_on, reported_on, today);
  return errors;
}

core::Error NotAPmiComplaint() {
  return core::Error::Validation({{"case_types", "not_a_pmi_complaint",
                                   "Complaint deadlines (Perban BP2MI 6/2024 Ps 30) apply only to a case of type "
                                   "PMI_BERMASALAH."}});
}

}  // namespace sinergi::domain
