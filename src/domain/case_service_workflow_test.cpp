// CaseService::Transition: the state machine applied to a stored case, the workflow facts it keeps, the timeline,
// and a closed case that is read-only until reopened.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "domain/case_service.hpp"
#include "domain/case_service_test_fixture.hpp"

namespace sinergi::domain::case_test {
namespace {

using ::testing::ElementsAre;
using ::testing::SizeIs;
using S = CaseStatus;

class CaseWorkflowServiceTest : public CaseServiceFixture {
 protected:
  // A fresh case moved by the case worker up to `to` along intake -> identification -> assessment -> service plan
  // -> services.
  Case MovedTo(S to) {
    Case c = CreateCase(worker_a_);
    for (S next : {S::kIdentification, S::kAssessment, S::kServicePlan, S::kServices}) {
      if (c.status == to) break;
      auto moved = Move(worker_a_, c, next);
      SINERGI_CHECK(moved.ok());
      c = *moved;
    }
    return c;
  }
  static std::vector<S> Path(const std::vector<CaseTransition>& transitions) {
    std::vector<S> out;
    for (const CaseTransition& t : transitions) out.push_back(t.to);
    return out;
  }
};

TEST_F(CaseWorkflowServiceTest, EachMoveIsKeptInTheTimelineAndTheHistory) {
  Case c = CreateCase(worker_a_);
  auto moved = Move(worker_a_, c, S::kIdentification, "  screening started ");
  ASSERT_TRUE(moved.ok()) << moved.error().message();
  EXPECT_EQ(moved->status, S::kIdentification);
  EXPECT_EQ(moved->version, 2);

  auto skip = Move(worker_a_, *moved, S::kServices);
  ASSERT_FALSE(skip.ok());
  EXPECT_EQ(skip.error().reason(), "case.transition_not_allowed");
  auto stale = Move(worker_a_, c, S::kAssessment);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().reason(), "version_mismatch");

  auto detail = svc_.GetCase(worker_a_, c.id);
  ASSERT_TRUE(detail.ok());
  ASSERT_THAT(detail->transitions, SizeIs(1));
  const CaseTransition& t = detail->transitions[0];
  EXPECT_EQ(t.from, S::kIntake);
  EXPECT_EQ(t.to, S::kIdentification);
  EXPECT_EQ(t.effective_date, kToday);
  EXPECT_EQ(t.actor, "worker-a");
  EXPECT_EQ(t.reason, "screening started");

  const ChangeRecord last = HistoryOf("case", c.id).back();
  EXPECT_EQ(last.action, "transition");
  EXPECT_EQ(last.reason, "screening started");
  EXPECT_THAT(last.changes, ElementsAre(FieldChange{"status", "\"INTAKE\"", "\"IDENTIFIKASI\""}));
  const std::vector<AuditEntry> audit = Audit();
  const AuditEntry& audited = audit[audit.size() - 2];  // the read of the case came after
  EXPECT_EQ(audited.action, "transition");
  EXPECT_EQ(audited.detail, "INTAKE -> IDENTIFIKASI");  // never the free-text reason
}

TEST_F(CaseWorkflowServiceTest, TheEffectiveDateIsNotInTheFuture) {
  Case c = CreateCase(worker_a_);
  CaseTransitionRequest r;
  r.to = S::kIdentification;
  r.effective_date = core::Date{2025, 6, 2};
  auto future = svc_.Transition(worker_a_, c.id, r, c.version);
  ASSERT_FALSE(future.ok());
  EXPECT_EQ(FirstField(future.error()), "effective_date");
  EXPECT_EQ(FirstCode(future.error()), "in_future");
  r.effective_date = core::Date{2025, 5, 31};
  auto past = svc_.Transition(worker_a_, c.id, r, c.version);
  ASSERT_TRUE(past.ok());
  EXPECT_EQ(svc_.GetCase(worker_a_, c.id)->transitions.at(0).effective_date, (core::Date{2025, 5, 31}));
}

TEST_F(CaseWorkflowServiceTest, ReturnHomeNeedsTheVictimsWishAndASafetyAssessment) {
  Case c = MovedTo(S::kServices);
  auto refused = Move(worker_a_, c, S::kReturn);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(FirstField(refused.error()), "victim_wants_return");

  CaseData d = c.data;
  d.victim_wants_return = true;
  c = *svc_.UpdateCase(worker_a_, c.id, d, c.version);
  refused = Move(worker_a_, c, S::kReturn);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(FirstField(refused.error()), "return_assessed_safe");

  d.return_assessed_safe = true;
  c = *svc_.UpdateCase(worker_a_, c.id, d, c.version);
  auto returned = Move(worker_a_, c, S::kReturn);
  ASSERT_TRUE(returned.ok()) << returned.error().message();
  auto reintegrating = Move(worker_a_, *returned, S::kReintegration);
  ASSERT_TRUE(reintegrating.ok());
  EXPECT_EQ(reintegrating->reintegration_started, kToday);
}

TEST_F(CaseWorkflowServiceTest, ClosingNeedsASupervisorAndAClosedCaseIsReadOnlyUntilReopened) {
  Case c = MovedTo(S::kServices);
  auto no_reason = Move(worker_a_, c, S::kClosurePending, std::nullopt, "SELESAI");
  ASSERT_FALSE(no_reason.ok());
  EXPECT_EQ(FirstField(no_reason.error()), "reason");

  auto asked = Move(worker_a_, c, S::kClosurePending, "Layanan selesai", "selesai");
  ASSERT_TRUE(asked.ok()) << asked.error().message();
  EXPECT_EQ(asked->closure_reason, "SELESAI");
  EXPECT_EQ(asked->status_before_closure, S::kServices);

  auto by_worker = Move(worker_a_, *asked, S::kClosed);
  ASSERT_FALSE(by_worker.ok());
  EXPECT_EQ(by_worker.error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(by_worker.error().reason(), "case.supervisor_required");

  clock_.Set(kNow + std::chrono::hours{3});
  auto closed = Move(supervisor_a_, *asked, S::kClosed);
  ASSERT_TRUE(closed.ok()) << closed.error().message();
  EXPECT_EQ(closed->status, S::kClosed);
  EXPECT_EQ(closed->closed_at, kNow + std::chrono::hours{3});

  // Read-only while closed.
  auto update = svc_.UpdateCase(worker_a_, c.id, closed->data, closed->version);
  ASSERT_FALSE(update.ok());
  EXPECT_EQ(update.error().reason(), "case.closed");
  auto party = Add(worker_a_, *closed, CreatePerson(worker_a_, "Ani"), "SAKSI");
  ASSERT_FALSE(party.ok());
  EXPECT_EQ(party.error().reason(), "case.closed");

  // Reopening needs a reason, and clears the closure.
  auto no_why = Move(worker_a_, *closed, S::kAssessment);
  ASSERT_FALSE(no_why.ok());
  EXPECT_EQ(FirstField(no_why.error()), "reason");
  auto reopened = Move(worker_a_, *closed, S::kAssessment, "Korban melapor ancaman baru");
  ASSERT_TRUE(reopened.ok()) << reopened.error().message();
  EXPECT_EQ(reopened->status, S::kAssessment);
  EXPECT_FALSE(reopened->closed_at);
  EXPECT_FALSE(reopened->closure_reason);
  EXPECT_FALSE(reopened->status_before_closure);
  EXPECT_TRUE(svc_.UpdateCase(worker_a_, c.id, reopened->data, reopened->version).ok());

  auto timeline = svc_.GetCase(worker_a_, c.id)->transitions;
  EXPECT_THAT(Path(timeline), ElementsAre(S::kIdentification, S::kAssessment, S::kServicePlan, S::kServices,
                                          S::kClosurePending, S::kClosed, S::kAssessment));
  EXPECT_EQ(timeline[4].closure_reason, "SELESAI");
  EXPECT_EQ(timeline[5].closure_reason, "SELESAI");
  EXPECT_EQ(timeline[5].actor, "supervisor-a");
}

TEST_F(CaseWorkflowServiceTest, ARefusedClosureSendsTheCaseBack) {
  Case c = MovedTo(S::kAssessment);
  Case asked = *Move(worker_a_, c, S::kClosurePending, "Bukan kasus", "TIDAK_TERBUKTI");
  auto elsewhere = Move(supervisor_a_, asked, S::kServices, "Belum selesai");
  ASSERT_FALSE(elsewhere.ok());
  EXPECT_EQ(elsewhere.error().reason(), "case.transition_not_allowed");
  auto back = Move(supervisor_a_, asked, S::kAssessment, "Perlu asesmen ulang");
  ASSERT_TRUE(back.ok()) << back.error().message();
  EXPECT_EQ(back->status, S::kAssessment);
  EXPECT_FALSE(back->closure_reason);
  EXPECT_FALSE(back->status_before_closure);
  EXPECT_FALSE(back->closed_at);
}

TEST_F(CaseWorkflowServiceTest, AReferredCaseClosesAsClosedReferred) {
  Case c = MovedTo(S::kServices);
  Case asked = *Move(worker_a_, c, S::kClosurePending, "Dirujuk ke UPTD PPA provinsi", "DIRUJUK");
  auto wrong = Move(supervisor_a_, asked, S::kClosed);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(FirstField(wrong.error()), "closure_reason");
  auto closed = Move(supervisor_a_, asked, S::kClosedReferred);
  ASSERT_TRUE(closed.ok()) << closed.error().message();
  EXPECT_TRUE(closed->closed_at);
  auto screening = svc_.ScreenVictim(worker_a_, c.id, "anyone", {});
  ASSERT_FALSE(screening.ok());
  EXPECT_EQ(screening.error().reason(), "case.closed");
}

}  // namespace
}  // namespace sinergi::domain::case_test
