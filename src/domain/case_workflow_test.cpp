// The case state machine (DOMAIN.md §8.3) and its guards.
#include "domain/case_workflow.hpp"

#include <gtest/gtest.h>

#include "domain/codelists.hpp"

namespace sinergi::domain {
namespace {

using S = CaseStatus;

CaseMove Move(S from, S to) {
  CaseMove m;
  m.from = from;
  m.to = to;
  m.effective_date = core::Date{2026, 11, 22};
  return m;
}

std::string FieldOf(const core::Status& st) {
  return st.ok() || st.error().fields().empty() ? "" : st.error().fields()[0].field;
}

TEST(CaseWorkflowTest, StatusCodesRoundTripAndMatchTheCodeList) {
  for (S s : {S::kIntake, S::kIdentification, S::kAssessment, S::kServicePlan, S::kServices, S::kReturn,
              S::kReintegration, S::kClosurePending, S::kClosed, S::kClosedReferred}) {
    EXPECT_EQ(ParseCaseStatus(ToString(s)), s);
    EXPECT_TRUE(IsValidCode("status_kasus", ToString(s))) << ToString(s);
  }
  EXPECT_FALSE(ParseCaseStatus("closed"));
}

TEST(CaseWorkflowTest, TheHappyPathMovesOneStepAtATime) {
  const S path[] = {S::kIntake,   S::kIdentification, S::kAssessment,   S::kServicePlan,
                    S::kServices, S::kReturn,         S::kReintegration};
  for (std::size_t i = 0; i + 1 < std::size(path); ++i) {
    CaseMove m = Move(path[i], path[i + 1]);
    m.victim_wants_return = m.return_assessed_safe = true;
    EXPECT_TRUE(CheckCaseMove(m).ok()) << ToString(path[i]);
  }
  // Skipping steps is not a move the machine has.
  auto skip = CheckCaseMove(Move(S::kIntake, S::kServices));
  ASSERT_FALSE(skip.ok());
  EXPECT_EQ(skip.error().reason(), "case.transition_not_allowed");
  // Services may go straight to reintegration (nobody needs to travel home).
  EXPECT_TRUE(CheckCaseMove(Move(S::kServices, S::kReintegration)).ok());
}

TEST(CaseWorkflowTest, ReturnOnlyIfTheVictimWantsItAndItIsSafe) {
  CaseMove m = Move(S::kServices, S::kReturn);
  EXPECT_EQ(FieldOf(CheckCaseMove(m)), "victim_wants_return");
  m.victim_wants_return = true;
  EXPECT_EQ(FieldOf(CheckCaseMove(m)), "return_assessed_safe");
  m.return_assessed_safe = true;
  EXPECT_TRUE(CheckCaseMove(m).ok());
}

TEST(CaseWorkflowTest, ClosingNeedsAReasonAndCompletingNeedsThreeMonthsOfMonitoring) {
  CaseMove m = Move(S::kReintegration, S::kClosurePending);
  EXPECT_EQ(FieldOf(CheckCaseMove(m)), "closure_reason");
  m.closure_reason = "BERES";
  EXPECT_EQ(CheckCaseMove(m).error().fields()[0].code, "unknown_code");
  m.closure_reason = "SELESAI";
  EXPECT_EQ(FieldOf(CheckCaseMove(m)), "reason");
  m.reason = "Korban telah kembali bekerja dan sehat.";
  EXPECT_EQ(FieldOf(CheckCaseMove(m)), "reintegration_started");
  m.reintegration_started = core::Date{2026, 8, 23};  // 2 months 30 days before 2026-11-22
  EXPECT_EQ(CheckCaseMove(m).error().fields()[0].code, "monitoring_too_short");
  m.reintegration_started = core::Date{2026, 8, 22};  // exactly 3 months
  EXPECT_TRUE(CheckCaseMove(m).ok());

  // Other reasons close from any active status; completing needs services to have started.
  CaseMove early = Move(S::kIdentification, S::kClosurePending);
  early.reason = "Setelah identifikasi, bukan kasus TPPO.";
  early.closure_reason = "TIDAK_TERBUKTI";
  EXPECT_TRUE(CheckCaseMove(early).ok());
  early.closure_reason = "SELESAI";
  EXPECT_EQ(CheckCaseMove(early).error().fields()[0].code, "not_allowed");
}

TEST(CaseWorkflowTest, OnlyASupervisorDecidesAClosure) {
  CaseMove m = Move(S::kClosurePending, S::kClosed);
  m.closure_reason = "SELESAI";
  auto st = CheckCaseMove(m);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(st.error().reason(), "case.supervisor_required");
  m.by_supervisor = true;
  EXPECT_TRUE(CheckCaseMove(m).ok());
  // The closed status follows the reason: referred cases close as closed-referred.
  m.to = S::kClosedReferred;
  EXPECT_EQ(CheckCaseMove(m).error().fields()[0].code, "mismatch");
  m.closure_reason = "DIRUJUK";
  EXPECT_TRUE(CheckCaseMove(m).ok());
}

TEST(CaseWorkflowTest, ARefusedClosureGoesBackWhereItCameFrom) {
  CaseMove m = Move(S::kClosurePending, S::kServices);
  m.by_supervisor = true;
  m.status_before_closure = S::kReintegration;
  m.reason = "Pemantauan belum cukup.";
  EXPECT_EQ(CheckCaseMove(m).error().reason(), "case.transition_not_allowed");
  m.to = S::kReintegration;
  EXPECT_TRUE(CheckCaseMove(m).ok());
  m.reason.reset();
  EXPECT_EQ(FieldOf(CheckCaseMove(m)), "reason");
}

TEST(CaseWorkflowTest, ReopeningAndReassessingNeedAReason) {
  for (S from : {S::kClosed, S::kClosedReferred, S::kServices, S::kReintegration}) {
    CaseMove m = Move(from, S::kAssessment);
    EXPECT_EQ(FieldOf(CheckCaseMove(m)), "reason") << ToString(from);
    m.reason = "Korban melapor ancaman baru dari perekrut.";
    EXPECT_TRUE(CheckCaseMove(m).ok()) << ToString(from);
  }
  // A closed case only reopens into assessment.
  EXPECT_EQ(CheckCaseMove(Move(S::kClosed, S::kServices)).error().reason(), "case.transition_not_allowed");
}

TEST(CaseWorkflowTest, EveryStatusCanReachClosureAndClosedCasesCanReopen) {
  for (S s :
       {S::kIntake, S::kIdentification, S::kAssessment, S::kServicePlan, S::kServices, S::kReturn, S::kReintegration}) {
    auto moves = AllowedCaseMoves(s);
    EXPECT_NE(std::find(moves.begin(), moves.end(), S::kClosurePending), moves.end()) << ToString(s);
  }
  EXPECT_EQ(AllowedCaseMoves(S::kClosed), std::vector<S>{S::kAssessment});
}

}  // namespace
}  // namespace sinergi::domain
