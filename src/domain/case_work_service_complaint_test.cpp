// The complaint facts of a PMI complaint (CaseWorkService::GetComplaint / UpdateComplaint) and the timers they put
// on the task list (TaskService), over the in-memory test double (Perban BP2MI 6/2024 Ps 30, 23/2025 Ps 18). The
// fixture's clock stands at 2025-06-01 10:00 UTC; its case was reported on Friday 2025-05-30.
#include "domain/case_service_test_fixture.hpp"
#include "domain/case_work_service.hpp"
#include "domain/task_service.hpp"

namespace sinergi::domain::case_test {
namespace {

class ComplaintTest : public CaseServiceFixture {
 protected:
  static ComplaintFactsData Incomplete() {
    ComplaintFactsData d;
    d.documents_incomplete = true;
    return d;
  }

  void SetUp() override {
    CaseServiceFixture::SetUp();
    // Idul Adha 1446 H fell on Friday 6 June 2025.
    db_.MutateForTest([](test_doubles::InMemoryState& s) {
      s.public_holidays[{core::Date{2025, 6, 6}, "Hari Raya Idul Adha"}] = {{2025, 6, 6}, "Hari Raya Idul Adha"};
    });
  }

  std::vector<Task> ComplaintTasks(const Actor& actor) {
    auto tasks = tasks_.ListTasks(actor);
    SINERGI_CHECK(tasks.ok());
    std::vector<Task> out;
    for (const Task& t : *tasks) {
      if (t.kind != TaskKind::kPoliceReport24h) out.push_back(t);
    }
    return out;
  }

  CaseWorkService work_{db_, clock_, ids_};
  TaskService tasks_{db_, clock_, ids_};
};

TEST_F(ComplaintTest, RecordsTheFactsAndDerivesEachTimer) {
  const Case c = CreateCase(worker_a_);
  auto empty = work_.GetComplaint(worker_a_, c.id);
  ASSERT_TRUE(empty.ok()) << empty.error().message();
  EXPECT_EQ(empty->facts.version, 0);
  EXPECT_TRUE(empty->timers.empty());

  ComplaintFactsData d;
  d.documents_incomplete = true;
  d.info_requested_on = core::Date{2025, 5, 30};
  auto saved = work_.UpdateComplaint(worker_a_, c.id, d, std::nullopt);
  ASSERT_TRUE(saved.ok()) << saved.error().message();
  EXPECT_EQ(saved->facts.version, 1);
  EXPECT_EQ(saved->facts.created_by, "worker-a");
  ASSERT_EQ(saved->timers.size(), 2u);
  EXPECT_EQ(saved->timers[0].clock, ComplaintClock::kDocuments30d);
  EXPECT_EQ(saved->timers[0].due_on, (core::Date{2025, 6, 29}));  // reported_on + 30 days
  EXPECT_EQ(saved->timers[1].clock, ComplaintClock::kInfo15wd);
  // 15 working days from Friday 30 May, skipping the weekends and Idul Adha: Monday 23 June (20 June without it).
  EXPECT_EQ(saved->timers[1].due_on, (core::Date{2025, 6, 23}));
  EXPECT_FALSE(saved->timers[1].overdue);

  auto read = work_.GetComplaint(viewer_a_, c.id);  // whoever sees the case sees the facts
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->facts.data, d);
  EXPECT_EQ(read->timers, saved->timers);
  EXPECT_EQ(Audit().back().action, "read");
  EXPECT_EQ(Audit().back().detail, "complaint");

  const std::vector<ChangeRecord> history = HistoryOf("case", c.id);
  ASSERT_FALSE(history.empty());
  ASSERT_EQ(history.back().changes.size(), 2u);
  EXPECT_EQ(history.back().changes[0].field, "complaint.documents_incomplete");
  EXPECT_EQ(history.back().changes[1].field, "complaint.info_requested_on");
  EXPECT_EQ(history.back().changes[1].after, "\"2025-05-30\"");
}

TEST_F(ComplaintTest, WritesNeedTheVersionOnceFactsExist) {
  const Case c = CreateCase(worker_a_);
  ComplaintFactsData d;
  d.unreachable_since = core::Date{2025, 5, 31};
  ASSERT_TRUE(work_.UpdateComplaint(worker_a_, c.id, d, std::nullopt).ok());
  d.unreachable_since.reset();
  EXPECT_EQ(work_.UpdateComplaint(worker_a_, c.id, d, std::nullopt).error().code(),
            core::ErrorCode::kPreconditionRequired);
  EXPECT_EQ(work_.UpdateComplaint(worker_a_, c.id, d, 7).error().reason(), "version_mismatch");
  auto cleared = work_.UpdateComplaint(worker_a_, c.id, d, 1);
  ASSERT_TRUE(cleared.ok());
  EXPECT_EQ(cleared->facts.version, 2);
  EXPECT_TRUE(cleared->timers.empty());
  auto same = work_.UpdateComplaint(worker_a_, c.id, d, 2);  // no change: the version stays
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->facts.version, 2);
  EXPECT_EQ(Audit().back().detail, "no changes");
  // A first write that finds facts already recorded by someone else is stale.
  const Case other = CreateCase(worker_a_);
  EXPECT_EQ(work_.UpdateComplaint(worker_a_, other.id, d, 3).error().reason(), "version_mismatch");
}

TEST_F(ComplaintTest, RefusesBadDatesAndCasesThatAreNoPmiComplaint) {
  const Case c = CreateCase(worker_a_);
  ComplaintFactsData d;
  d.info_requested_on = core::Date{2025, 6, 2};
  d.awaiting_response_since = core::Date{2025, 5, 29};
  auto refused = work_.UpdateComplaint(worker_a_, c.id, d, std::nullopt);
  ASSERT_FALSE(refused.ok());
  ASSERT_EQ(refused.error().fields().size(), 2u);
  EXPECT_EQ(refused.error().fields()[0].code, "in_future");
  EXPECT_EQ(refused.error().fields()[1].code, "before_reported_on");

  CaseData kdrt = Data();
  kdrt.case_types = {"KEKERASAN_PEREMPUAN"};
  const Case not_pmi = CreateCase(worker_a_, kdrt);
  auto wrong = work_.UpdateComplaint(worker_a_, not_pmi.id, Incomplete(), std::nullopt);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().reason(), "validation_failed");
  EXPECT_EQ(FirstField(wrong.error()), "case_types");
  EXPECT_EQ(FirstCode(wrong.error()), "not_a_pmi_complaint");
}

TEST_F(ComplaintTest, AccessFollowsTheCase) {
  const Case c = CreateCase(worker_a_);
  EXPECT_EQ(work_.GetComplaint(worker_b_, c.id).error().reason(), "case.not_found");
  EXPECT_EQ(work_.UpdateComplaint(worker_b_, c.id, Incomplete(), std::nullopt).error().reason(), "case.not_found");
  EXPECT_EQ(work_.UpdateComplaint(viewer_a_, c.id, Incomplete(), std::nullopt).error().code(),
            core::ErrorCode::kForbidden);
  EXPECT_EQ(work_.GetComplaint(analyst_a_, c.id).error().code(), core::ErrorCode::kForbidden);
  EXPECT_TRUE(work_.UpdateComplaint(supervisor_a_, c.id, Incomplete(), std::nullopt).ok());
}

TEST_F(ComplaintTest, TheTaskListShowsTheTimersOfOpenComplaints) {
  const Case c = CreateCase(worker_a_);
  ComplaintFactsData d;
  d.documents_incomplete = true;
  d.settlement_clarified_on = core::Date{2025, 5, 30};
  ASSERT_TRUE(work_.UpdateComplaint(worker_a_, c.id, d, std::nullopt).ok());

  std::vector<Task> tasks = ComplaintTasks(worker_a_);
  ASSERT_EQ(tasks.size(), 2u);
  EXPECT_EQ(tasks[0].kind, TaskKind::kSettlement7d);  // due first
  EXPECT_EQ(tasks[0].case_id, c.id);
  EXPECT_EQ(tasks[0].due_on, (core::Date{2025, 6, 6}));
  EXPECT_EQ(tasks[0].legal_basis, "Perban BP2MI 23/2025 Ps 18");
  EXPECT_FALSE(tasks[0].overdue);
  EXPECT_EQ(tasks[1].kind, TaskKind::kComplaintDocuments30d);
  EXPECT_EQ(tasks[1].due_on, (core::Date{2025, 6, 29}));
  EXPECT_EQ(tasks[1].legal_basis, "Perban BP2MI 6/2024 Ps 30(1)(a)");
  EXPECT_EQ(ComplaintTasks(supervisor_a_).size(), 2u);
  EXPECT_TRUE(ComplaintTasks(worker_b_).empty());

  clock_.Set(kNow + std::chrono::hours(24 * 30));  // 1 July 2025
  tasks = ComplaintTasks(worker_a_);
  ASSERT_EQ(tasks.size(), 2u);
  EXPECT_TRUE(tasks[0].overdue);
  EXPECT_TRUE(tasks[1].overdue);

  // Closing the complaint under Ps 30(1)(a) ends its timers.
  auto asked = Move(worker_a_, c, CaseStatus::kClosurePending, "Dokumen tidak dilengkapi.", "DOKUMEN_TIDAK_LENGKAP");
  ASSERT_TRUE(asked.ok()) << asked.error().message();
  auto closed = Move(supervisor_a_, *asked, CaseStatus::kClosed);
  ASSERT_TRUE(closed.ok()) << closed.error().message();
  EXPECT_EQ(closed->closure_reason, "DOKUMEN_TIDAK_LENGKAP");
  EXPECT_TRUE(ComplaintTasks(worker_a_).empty());
  auto read = work_.GetComplaint(worker_a_, c.id);
  ASSERT_TRUE(read.ok());
  EXPECT_TRUE(read->facts.data.documents_incomplete);
  EXPECT_TRUE(read->timers.empty());
  EXPECT_EQ(work_.UpdateComplaint(worker_a_, c.id, ComplaintFactsData{}, 1).error().reason(), "case.closed");
}

}  // namespace
}  // namespace sinergi::domain::case_test
