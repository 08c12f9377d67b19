// The complaint-handling deadlines (complaint_rules.hpp; Perban BP2MI 6/2024 Ps 30, Perban BP2MI 23/2025 Ps 18).
#include "domain/complaint_rules.hpp"

#include <gtest/gtest.h>

#include "domain/case_workflow.hpp"
#include "domain/codelists.hpp"
#include "domain/working_days.hpp"

namespace sinergi::domain {
namespace {

constexpr core::Date D(int y, int m, int d) {
  return core::Date{y, m, d};
}

core::Timestamp At(core::Date d, int hour = 0) {
  return core::Timestamp(std::chrono::sys_days(std::chrono::days(d.DaysSinceEpoch())) + std::chrono::hours(hour));
}

std::vector<std::string> Codes(const std::vector<core::FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field + ":" + e.code);
  return out;
}

TEST(ComplaintRules, EachClockIsDueWhenItsPeriodHasRun) {
  const std::vector<core::Date> none;
  // (a) 30 days after registration, (c) 60 days after the last contact, Perban 23/2025: 7 days.
  EXPECT_EQ(ComplaintDueOn(ComplaintClock::kDocuments30d, D(2026, 9, 1), none), D(2026, 10, 1));
  EXPECT_EQ(ComplaintDueOn(ComplaintClock::kUnreachable60d, D(2026, 9, 1), none), D(2026, 10, 31));
  EXPECT_EQ(ComplaintDueOn(ComplaintClock::kSettlement7d, D(2026, 9, 1), none), D(2026, 9, 8));
  // (e) 6 calendar months, clamped to the month's last day.
  EXPECT_EQ(ComplaintDueOn(ComplaintClock::kNoResponse6m, D(2026, 9, 1), none), D(2027, 3, 1));
  EXPECT_EQ(ComplaintDueOn(ComplaintClock::kNoResponse6m, D(2026, 8, 31), none), D(2027, 2, 28));
  EXPECT_EQ(ComplaintDueOn(ComplaintClock::kNoResponse6m, D(2027, 8, 31), none), D(2028, 2, 29));
}

TEST(ComplaintRules, TheInfoRequestCountsFifteenWorkingDays) {
  // Friday 14 August 2026; Monday 17 August is Independence Day.
  EXPECT_EQ(ComplaintDueOn(ComplaintClock::kInfo15wd, D(2026, 8, 14), {}), D(2026, 9, 4));
  EXPECT_EQ(ComplaintDueOn(ComplaintClock::kInfo15wd, D(2026, 8, 14), {D(2026, 8, 17)}), D(2026, 9, 7));
  EXPECT_TRUE(CountsWorkingDays(ComplaintClock::kInfo15wd));
  EXPECT_FALSE(CountsWorkingDays(ComplaintClock::kDocuments30d));
}

TEST(ComplaintRules, APs30TimerIsOverdueFromItsDueDayTheSettlementAfterIt) {
  const ComplaintTimer documents =
      MakeComplaintTimer(ComplaintClock::kDocuments30d, D(2026, 9, 1), {}, At(D(2026, 9, 30), 23));
  EXPECT_EQ(documents.due_on, D(2026, 10, 1));
  EXPECT_EQ(documents.due_at, At(D(2026, 10, 1)));
  EXPECT_FALSE(documents.overdue);
  EXPECT_TRUE(MakeComplaintTimer(ComplaintClock::kDocuments30d, D(2026, 9, 1), {}, At(D(2026, 10, 1))).overdue);
  EXPECT_EQ(documents.legal_basis, "Perban BP2MI 6/2024 Ps 30(1)(a)");

  // The party has the 7th day too: overdue from the day after.
  const ComplaintTimer settlement =
      MakeComplaintTimer(ComplaintClock::kSettlement7d, D(2026, 9, 1), {}, At(D(2026, 9, 8), 12));
  EXPECT_EQ(settlement.due_on, D(2026, 9, 8));
  EXPECT_EQ(settlement.due_at, At(D(2026, 9, 9)));
  EXPECT_FALSE(settlement.overdue);
  EXPECT_TRUE(MakeComplaintTimer(ComplaintClock::kSettlement7d, D(2026, 9, 1), {}, At(D(2026, 9, 9))).overdue);
  EXPECT_EQ(settlement.legal_basis, "Perban BP2MI 23/2025 Ps 18");
}

TEST(ComplaintRules, OnlyRecordedFactsStartTimers) {
  ComplaintFactsData data;
  EXPECT_TRUE(ComplaintTimers(data, D(2026, 9, 1), {}, At(D(2026, 12, 1))).empty());
  EXPECT_FALSE(HolidaysNeeded(data).has_value());

  data.documents_incomplete = true;
  data.info_requested_on = D(2026, 9, 4);
  data.awaiting_response_since = D(2026, 9, 10);
  const std::vector<ComplaintTimer> timers = ComplaintTimers(data, D(2026, 9, 1), {}, At(D(2026, 10, 1)));
  ASSERT_EQ(timers.size(), 3u);
  EXPECT_EQ(timers[0].clock, ComplaintClock::kDocuments30d);
  EXPECT_EQ(timers[0].started_on, D(2026, 9, 1));  // the case's reported_on: the complaint's registration
  EXPECT_TRUE(timers[0].overdue);
  EXPECT_EQ(timers[1].clock, ComplaintClock::kInfo15wd);
  EXPECT_EQ(timers[1].due_on, D(2026, 9, 25));
  EXPECT_TRUE(timers[1].overdue);
  EXPECT_EQ(timers[2].clock, ComplaintClock::kNoResponse6m);
  EXPECT_EQ(timers[2].due_on, D(2027, 3, 10));
  EXPECT_FALSE(timers[2].overdue);

  const std::optional<HolidayRange> range = HolidaysNeeded(data);
  ASSERT_TRUE(range.has_value());
  EXPECT_EQ(range->from, D(2026, 9, 4));
  EXPECT_EQ(range->to, WorkingDaysHorizon(D(2026, 9, 4), kComplaintInfoWorkingDays));
}

TEST(ComplaintRules, FactDatesAreNeitherInTheFutureNorBeforeTheReport) {
  const core::Date reported = D(2026, 9, 1);
  const core::Date today = D(2026, 12, 3);
  ComplaintFactsData data;
  data.info_requested_on = reported;  // the boundaries are allowed
  data.unreachable_since = today;
  EXPECT_TRUE(ValidateComplaintFacts(data, reported, today).empty());

  data.info_requested_on = D(2026, 8, 31);
  data.unreachable_since = D(2026, 12, 4);
  data.awaiting_response_since = D(2027, 1, 1);
  data.settlement_clarified_on = D(2020, 1, 1);
  EXPECT_EQ(
      Codes(ValidateComplaintFacts(data, reported, today)),
      (std::vector<std::string>{"info_requested_on:before_reported_on", "unreachable_since:in_future",
                                "awaiting_response_since:in_future", "settlement_clarified_on:before_reported_on"}));
}

TEST(ComplaintRules, OnlyAPmiComplaintHasDeadlines) {
  EXPECT_TRUE(IsPmiComplaint({"TPPO", "PMI_BERMASALAH"}));
  EXPECT_FALSE(IsPmiComplaint({"TPPO"}));
  const core::Error e = NotAPmiComplaint();
  EXPECT_EQ(e.reason(), "validation_failed");
  ASSERT_EQ(e.fields().size(), 1u);
  EXPECT_EQ(e.fields()[0].field, "case_types");
  EXPECT_EQ(e.fields()[0].code, "not_a_pmi_complaint");
}

TEST(ComplaintRules, EveryClockHasItsTaskKindAndLegalBasis) {
  EXPECT_EQ(ToString(ComplaintClock::kDocuments30d), "COMPLAINT_DOCUMENTS_30D");
  EXPECT_EQ(ToString(ComplaintClock::kInfo15wd), "COMPLAINT_INFO_15WD");
  EXPECT_EQ(ToString(ComplaintClock::kUnreachable60d), "COMPLAINT_UNREACHABLE_60D");
  EXPECT_EQ(ToString(ComplaintClock::kNoResponse6m), "COMPLAINT_NO_RESPONSE_6M");
  EXPECT_EQ(ToString(ComplaintClock::kSettlement7d), "SETTLEMENT_7D");
  EXPECT_EQ(LegalBasisOf(ComplaintClock::kInfo15wd), "Perban BP2MI 6/2024 Ps 30(1)(b)");
  EXPECT_EQ(LegalBasisOf(ComplaintClock::kUnreachable60d), "Perban BP2MI 6/2024 Ps 30(1)(c)");
  EXPECT_EQ(LegalBasisOf(ComplaintClock::kNoResponse6m), "Perban BP2MI 6/2024 Ps 30(1)(e)");
}

TEST(ComplaintRules, TheCloseWorkflowTakesThePs30Reasons) {
  for (const char* reason :
       {"DOKUMEN_TIDAK_LENGKAP", "DATA_TAMBAHAN_TIDAK_JELAS", "TIDAK_ADA_TANGGAPAN", "TIDAK_DAPAT_DIHUBUNGI"}) {
    EXPECT_TRUE(IsValidCode("alasan_penutupan_kasus", reason)) << reason;
    CaseMove ask;
    ask.from = CaseStatus::kIntake;
    ask.to = CaseStatus::kClosurePending;
    ask.reason = "Perban BP2MI 6/2024 Ps 30";
    ask.closure_reason = reason;
    ask.effective_date = D(2026, 12, 3);
    EXPECT_TRUE(CheckCaseMove(ask).ok()) << reason;
    CaseMove approve = ask;
    approve.from = CaseStatus::kClosurePending;
    approve.to = CaseStatus::kClosed;
    approve.by_supervisor = true;
    approve.status_before_closure = CaseStatus::kIntake;
    EXPECT_TRUE(CheckCaseMove(approve).ok()) << reason;
    approve.to = CaseStatus::kClosedReferred;  // only DIRUJUK closes as referred
    EXPECT_FALSE(CheckCaseMove(approve).ok()) << reason;
  }
}

}  // namespace
}  // namespace sinergi::domain
