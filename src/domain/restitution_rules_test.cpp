// The rules of a restitution claim (UU 21/2007 Ps 48-50): each validation branch, the totals, the two 14-day
// timers, the stage and the derived fields.
#include "domain/restitution_rules.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sinergi::domain {
namespace {

using core::Date;

constexpr Date kToday{2026, 6, 30};

RestitutionComponent Component(std::string code, std::int64_t claimed,
                               std::optional<std::int64_t> awarded = std::nullopt) {
  RestitutionComponent c;
  c.component = std::move(code);
  c.claimed_idr = claimed;
  c.awarded_idr = awarded;
  return c;
}

// A claim filed on 1 February 2026 for suffering and care costs.
RestitutionData Claim() {
  RestitutionData d;
  d.person_id = "victim-1";
  d.components = {Component("PENDERITAAN", 50'000'000), Component("BIAYA_PERAWATAN", 7'500'000)};
  d.claimed_on = Date{2026, 2, 1};
  return d;
}

// The same claim awarded on 2 April (40 + 7.5 million) and notified as final on 1 May.
RestitutionData Notified() {
  RestitutionData d = Claim();
  d.verdict_on = Date{2026, 4, 2};
  d.components[0].awarded_idr = 40'000'000;
  d.components[1].awarded_idr = 7'500'000;
  d.final_notice_on = Date{2026, 5, 1};
  return d;
}

// field -> code of every error, in order.
std::vector<std::pair<std::string, std::string>> Errors(const RestitutionData& d) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const core::FieldError& e : ValidateRestitutionData(d, kToday)) out.emplace_back(e.field, e.code);
  return out;
}

bool HasError(const RestitutionData& d, const std::string& field, const std::string& code) {
  for (const auto& [f, c] : Errors(d)) {
    if (f == field && c == code) return true;
  }
  return false;
}

TEST(RestitutionRulesTest, AValidClaimAndAValidCourseHaveNoErrors) {
  EXPECT_TRUE(Errors(Claim()).empty());
  RestitutionData d = Notified();
  d.court_case_number = "12/Pid.Sus/2026/PN Ptk";
  d.paid_on = Date{2026, 5, 10};
  d.paid_idr = 10'000'000;
  d.unpaid_reported_on = Date{2026, 5, 16};  // the day after the last day to pay (1 May + 14 = 15 May)
  d.warning_on = Date{2026, 5, 16};
  d.seizure_on = Date{2026, 5, 30};  // warning + 14 days
  d.substitute_detention_on = Date{2026, 6, 30};
  EXPECT_TRUE(Errors(d).empty());
}

TEST(RestitutionRulesTest, NormaliseTrimsAndUpperCases) {
  RestitutionData d = Claim();
  d.person_id = "  victim-1 ";
  d.court_case_number = "   ";
  d.components[0].component = " penderitaan ";
  d.components[0].note = "  ";
  d.components[1].note = " kuitansi RS ";
  NormaliseRestitutionData(d);
  EXPECT_EQ(d.person_id, "victim-1");
  EXPECT_FALSE(d.court_case_number.has_value());
  EXPECT_EQ(d.components[0].component, "PENDERITAAN");
  EXPECT_FALSE(d.components[0].note.has_value());
  EXPECT_EQ(d.components[1].note, "kuitansi RS");
}

TEST(RestitutionRulesTest, PersonAndComponentsAreRequired) {
  RestitutionData d = Claim();
  d.person_id.clear();
  d.components.clear();
  EXPECT_EQ(Errors(d),
            (std::vector<std::pair<std::string, std::string>>{{"person_id", "required"}, {"components", "required"}}));
}

TEST(RestitutionRulesTest, ComponentsAreKnownCodesEachClaimedOnce) {
  RestitutionData d = Claim();
  d.components.push_back(Component("", 1));
  d.components.push_back(Component("GANTI_RUGI", 1));
  d.components.push_back(Component("PENDERITAAN", 1));
  EXPECT_EQ(Errors(d), (std::vector<std::pair<std::string, std::string>>{{"components[2].component", "required"},
                                                                         {"components[3].component", "unknown_code"},
                                                                         {"components[4].component", "duplicate"}}));
}

TEST(RestitutionRulesTest, AmountsAreWithinBoundsAndNotesShort) {
  RestitutionData d = Claim();
  d.components[0].claimed_idr = -1;
  d.components[1].claimed_idr = kMaxRestitutionIdr + 1;
  d.components[1].note = std::string(kMaxRestitutionNoteChars + 1, 'x');
  d.court_case_number = std::string(kMaxCourtCaseNumberChars + 1, '1');
  EXPECT_EQ(Errors(d), (std::vector<std::pair<std::string, std::string>>{{"components[0].claimed_idr", "negative"},
                                                                         {"components[1].claimed_idr", "too_large"},
                                                                         {"components[1].note", "too_long"},
                                                                         {"court_case_number", "too_long"}}));
  d = Claim();
  d.components[0].claimed_idr = kMaxRestitutionIdr;
  d.components[1].note = std::string(kMaxRestitutionNoteChars, 'x');
  EXPECT_TRUE(Errors(d).empty());
}

TEST(RestitutionRulesTest, AwardsComeWithTheVerdictAndAllOfThem) {
  RestitutionData d = Claim();
  d.components[0].awarded_idr = 1'000'000;
  EXPECT_EQ(Errors(d),
            (std::vector<std::pair<std::string, std::string>>{{"components[0].awarded_idr", "requires_verdict"}}));
  d.verdict_on = Date{2026, 4, 2};
  EXPECT_EQ(Errors(d), (std::vector<std::pair<std::string, std::string>>{{"components[1].awarded_idr", "required"}}));
  d.components[1].awarded_idr = -5;
  EXPECT_TRUE(HasError(d, "components[1].awarded_idr", "negative"));
  d.components[1].awarded_idr = kMaxRestitutionIdr + 1;
  EXPECT_TRUE(HasError(d, "components[1].awarded_idr", "too_large"));
  d.components[1].awarded_idr = 0;  // a component the court rejected
  EXPECT_TRUE(Errors(d).empty());
}

TEST(RestitutionRulesTest, NoDateIsInTheFuture) {
  RestitutionData d = Notified();
  const Date tomorrow{2026, 7, 1};
  d.claimed_on = tomorrow;
  d.verdict_on = tomorrow;
  d.final_notice_on = tomorrow;
  d.paid_on = tomorrow;
  d.paid_idr = 1;
  d.unpaid_reported_on = Date{2026, 7, 16};
  d.warning_on = Date{2026, 7, 16};
  d.seizure_on = Date{2026, 7, 30};
  d.substitute_detention_on = Date{2026, 7, 30};
  for (const char* field : {"claimed_on", "verdict_on", "final_notice_on", "paid_on", "unpaid_reported_on",
                            "warning_on", "seizure_on", "substitute_detention_on"}) {
    EXPECT_TRUE(HasError(d, field, "in_future")) << field;
  }
}

TEST(RestitutionRulesTest, TheVerdictFollowsTheClaimAndTheNoticeTheVerdict) {
  RestitutionData d = Notified();
  d.verdict_on = Date{2026, 1, 31};
  EXPECT_TRUE(HasError(d, "verdict_on", "before_claimed_on"));
  d = Notified();
  d.final_notice_on = Date{2026, 4, 1};
  EXPECT_EQ(Errors(d), (std::vector<std::pair<std::string, std::string>>{{"final_notice_on", "before_verdict"}}));
  d = Claim();
  d.final_notice_on = Date{2026, 5, 1};
  EXPECT_EQ(Errors(d), (std::vector<std::pair<std::string, std::string>>{{"final_notice_on", "requires_verdict"}}));
  // Nothing awarded: nothing to pay, so no 14 days to run.
  d = Notified();
  d.components[0].awarded_idr = 0;
  d.components[1].awarded_idr = 0;
  EXPECT_EQ(Errors(d), (std::vector<std::pair<std::string, std::string>>{{"final_notice_on", "nothing_awarded"}}));
}

TEST(RestitutionRulesTest, APaymentHasADateAndAnAmountAfterTheVerdict) {
  RestitutionData d = Notified();
  d.paid_idr = 1'000'000;
  EXPECT_EQ(Errors(d), (std::vector<std::pair<std::string, std::string>>{{"paid_on", "required"}}));
  d = Notified();
  d.paid_on = Date{2026, 5, 2};
  EXPECT_EQ(Errors(d), (std::vector<std::pair<std::string, std::string>>{{"paid_idr", "required"}}));
  d.paid_idr = 0;
  EXPECT_EQ(Errors(d), (std::vector<std::pair<std::string, std::string>>{{"paid_idr", "not_positive"}}));
  d.paid_idr = kMaxRestitutionIdr + 1;
  EXPECT_EQ(Errors(d), (std::vector<std::pair<std::string, std::string>>{{"paid_idr", "too_large"}}));
  d.paid_idr = 1;
  d.paid_on = Date{2026, 4, 1};
  EXPECT_TRUE(HasError(d, "paid_on", "before_verdict"));
  d = Claim();
  d.paid_on = Date{2026, 3, 1};
  d.paid_idr = 1;
  EXPECT_EQ(Errors(d), (std::vector<std::pair<std::string, std::string>>{{"paid_on", "requires_verdict"}}));
}

TEST(RestitutionRulesTest, NonPaymentIsReportedOnlyAfterTheFourteenDays) {
  RestitutionData d = Claim();
  d.unpaid_reported_on = Date{2026, 5, 20};
  EXPECT_EQ(Errors(d),
            (std::vector<std::pair<std::string, std::string>>{{"unpaid_reported_on", "requires_final_notice"}}));
  d = Notified();
  d.unpaid_reported_on = Date{2026, 5, 15};  // the last day to pay
  EXPECT_EQ(Errors(d),
            (std::vector<std::pair<std::string, std::string>>{{"unpaid_reported_on", "before_payment_deadline"}}));
  d.unpaid_reported_on = Date{2026, 5, 16};
  EXPECT_TRUE(Errors(d).empty());
}

TEST(RestitutionRulesTest, TheWarningFollowsTheReport) {
  RestitutionData d = Notified();
  d.warning_on = Date{2026, 5, 20};
  EXPECT_EQ(Errors(d), (std::vector<std::pair<std::string, std::string>>{{"warning_on", "requires_unpaid_report"}}));
  d.unpaid_reported_on = Date{2026, 5, 21};
  EXPECT_EQ(Errors(d), (std::vector<std::pair<std::string, std::string>>{{"warning_on", "before_unpaid_report"}}));
  d.warning_on = Date{2026, 5, 21};
  EXPECT_TRUE(Errors(d).empty());
}

TEST(RestitutionRulesTest, SeizureAndDetentionWaitFourteenDaysAfterTheWarning) {
  RestitutionData d = Notified();
  d.seizure_on = Date{2026, 6, 10};
  d.substitute_detention_on = Date{2026, 6, 10};
  EXPECT_EQ(Errors(d), (std::vector<std::pair<std::string, std::string>>{
                           {"seizure_on", "requires_warning"}, {"substitute_detention_on", "requires_warning"}}));
  d.unpaid_reported_on = Date{2026, 5, 20};
  d.warning_on = Date{2026, 5, 27};  // the seizure is due from 10 June
  d.seizure_on = Date{2026, 6, 9};
  d.substitute_detention_on = Date{2026, 6, 9};
  EXPECT_EQ(Errors(d),
            (std::vector<std::pair<std::string, std::string>>{{"seizure_on", "before_warning_lapsed"},
                                                              {"substitute_detention_on", "before_warning_lapsed"}}));
  d.seizure_on = Date{2026, 6, 12};
  d.substitute_detention_on = Date{2026, 6, 11};
  EXPECT_EQ(Errors(d),
            (std::vector<std::pair<std::string, std::string>>{{"substitute_detention_on", "before_seizure"}}));
  d.seizure_on = Date{2026, 6, 10};
  EXPECT_TRUE(Errors(d).empty());
  // Substitute detention may follow the warning directly (the offender had nothing to seize).
  d.seizure_on.reset();
  EXPECT_TRUE(Errors(d).empty());
}

TEST(RestitutionRulesTest, TotalsAndFullPayment) {
  RestitutionData d = Claim();
  EXPECT_EQ(RestitutionClaimedTotal(d), 57'500'000);
  EXPECT_FALSE(RestitutionAwardedTotal(d).has_value());
  EXPECT_FALSE(RestitutionPaidInFull(d));
  d = Notified();
  EXPECT_EQ(RestitutionAwardedTotal(d), 47'500'000);
  d.paid_idr = 47'499'999;
  EXPECT_FALSE(RestitutionPaidInFull(d));
  d.paid_idr = 47'500'000;
  EXPECT_TRUE(RestitutionPaidInFull(d));
}

TEST(RestitutionRulesTest, DueDaysCountFourteenDays) {
  RestitutionData d = Claim();
  EXPECT_FALSE(RestitutionPaymentDueOn(d).has_value());
  EXPECT_FALSE(RestitutionSeizureDueOn(d).has_value());
  d = Notified();
  d.final_notice_on = Date{2026, 2, 20};
  EXPECT_EQ(RestitutionPaymentDueOn(d), (Date{2026, 3, 6}));  // across the end of February
  d.warning_on = Date{2026, 12, 25};
  EXPECT_EQ(RestitutionSeizureDueOn(d), (Date{2027, 1, 8}));  // across the year
}

TEST(RestitutionRulesTest, ThePaymentTimerRunsFromTheNoticeUntilPaidOrReported) {
  RestitutionData d = Claim();
  EXPECT_FALSE(RestitutionPaymentTimerRunning(d));
  d = Notified();
  EXPECT_TRUE(RestitutionPaymentTimerRunning(d));
  d.paid_on = Date{2026, 5, 5};
  d.paid_idr = 1'000'000;  // partly paid: still running
  EXPECT_TRUE(RestitutionPaymentTimerRunning(d));
  d.unpaid_reported_on = Date{2026, 5, 16};
  EXPECT_FALSE(RestitutionPaymentTimerRunning(d));
  d.unpaid_reported_on.reset();
  d.paid_idr = 47'500'000;
  EXPECT_FALSE(RestitutionPaymentTimerRunning(d));
}

TEST(RestitutionRulesTest, TheWarningTimerRunsUntilPaidSeizedOrDetained) {
  RestitutionData d = Notified();
  d.unpaid_reported_on = Date{2026, 5, 16};
  EXPECT_FALSE(RestitutionWarningTimerRunning(d));
  d.warning_on = Date{2026, 5, 18};
  EXPECT_TRUE(RestitutionWarningTimerRunning(d));
  d.seizure_on = Date{2026, 6, 1};
  EXPECT_FALSE(RestitutionWarningTimerRunning(d));
  d.seizure_on.reset();
  d.substitute_detention_on = Date{2026, 6, 1};
  EXPECT_FALSE(RestitutionWarningTimerRunning(d));
  d.substitute_detention_on.reset();
  d.paid_on = Date{2026, 6, 1};
  d.paid_idr = 50'000'000;
  EXPECT_FALSE(RestitutionWarningTimerRunning(d));
}

TEST(RestitutionRulesTest, TheStageIsTheFurthestStepReached) {
  RestitutionData d = Claim();
  EXPECT_EQ(RestitutionStage(d), "DIAJUKAN");
  d = Notified();
  d.final_notice_on.reset();
  EXPECT_EQ(RestitutionStage(d), "DIPUTUS");
  d = Notified();
  EXPECT_EQ(RestitutionStage(d), "MENUNGGU_PEMBAYARAN");
  d.paid_on = Date{2026, 5, 5};
  d.paid_idr = 1'000'000;
  EXPECT_EQ(RestitutionStage(d), "DIBAYAR_SEBAGIAN");
  d.unpaid_reported_on = Date{2026, 5, 16};
  EXPECT_EQ(RestitutionStage(d), "TIDAK_DIBAYAR_DILAPORKAN");
  d.warning_on = Date{2026, 5, 18};
  EXPECT_EQ(RestitutionStage(d), "TEGURAN");
  d.seizure_on = Date{2026, 6, 1};
  EXPECT_EQ(RestitutionStage(d), "SITA_LELANG");
  d.substitute_detention_on = Date{2026, 6, 20};
  EXPECT_EQ(RestitutionStage(d), "KURUNGAN_PENGGANTI");
  // Paid in full in the end (the auction covered it): paid, whatever came before.
  d.paid_idr = 47'500'000;
  EXPECT_EQ(RestitutionStage(d), "DIBAYAR");
}

TEST(RestitutionRulesTest, DeriveFillsTheComputedFields) {
  CaseRestitution r;
  r.data = Notified();
  r.data.unpaid_reported_on = Date{2026, 5, 16};
  r.data.warning_on = Date{2026, 5, 18};
  DeriveRestitution(r);
  EXPECT_EQ(r.stage, "TEGURAN");
  EXPECT_EQ(r.claimed_total_idr, 57'500'000);
  EXPECT_EQ(r.awarded_total_idr, 47'500'000);
  EXPECT_EQ(r.payment_due_on, (Date{2026, 5, 15}));
  EXPECT_EQ(r.seizure_due_on, (Date{2026, 6, 1}));
}

}  // namespace
}  // namespace sinergi::domain
