// TaskService over the in-memory test double: each legal timer (police report 24 h, first aid 7 days, data-subject
// request 72 h, reintegration monitoring 3 months) appears, becomes overdue and disappears with the fact that ends
// it; who sees which tasks; order and limit. The clock is a ManualClock (case_service_test_fixture.hpp).
#include "domain/task_service.hpp"

#include "domain/case_service_test_fixture.hpp"
#include "domain/case_work_service.hpp"

namespace sinergi::domain::case_test {
namespace {

class TaskServiceTest : public CaseServiceFixture {
 protected:
  // A TPPO case of agency A with one victim added now.
  std::pair<Case, Person> CaseWithVictim() {
    const Case c = CreateCase(worker_a_);
    const Person victim = CreatePerson(worker_a_, "Korban TPPO");
    SINERGI_CHECK(Add(worker_a_, c, victim, "KORBAN").ok());
    return {c, victim};
  }

  ServiceDeliveryData Service(const std::string& code, core::Date requested_on,
                              std::optional<std::string> reference = std::nullopt) {
    ServiceDeliveryData d;
    d.service = code;
    d.requested_on = requested_on;
    d.reference = std::move(reference);
    return d;
  }

  std::vector<Task> Tasks(const Actor& actor, int limit = TaskService::kDefaultLimit) {
    auto tasks = tasks_.ListTasks(actor, limit);
    SINERGI_CHECK(tasks.ok());
    return *tasks;
  }

  static std::vector<TaskKind> Kinds(const std::vector<Task>& tasks) {
    std::vector<TaskKind> out;
    for (const Task& t : tasks) out.push_back(t.kind);
    return out;
  }

  CaseWorkService work_{db_, clock_, ids_};
  TaskService tasks_{db_, clock_, ids_};
  const Actor admin_ = MakeActor("admin", "agency-a", "33", "NATIONAL", "SYSTEM_ADMIN");
};

TEST_F(TaskServiceTest, AVictimOfATppoCaseIsReportedToThePoliceWithin24Hours) {
  auto [c, victim] = CaseWithVictim();
  std::vector<Task> tasks = Tasks(worker_a_);
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].kind, TaskKind::kPoliceReport24h);
  EXPECT_EQ(tasks[0].case_id, c.id);
  EXPECT_EQ(tasks[0].person_id, victim.id);
  EXPECT_EQ(tasks[0].due_at, kNow + std::chrono::hours(24));
  EXPECT_FALSE(tasks[0].overdue);
  EXPECT_EQ(tasks[0].legal_basis, "PP 9/2008 Ps 14(5)");

  clock_.Set(kNow + std::chrono::hours(24));
  EXPECT_TRUE(Tasks(worker_a_)[0].overdue);
  // A law-enforcement service without its number does not end the timer; the police report does.
  ASSERT_TRUE(work_.RecordService(worker_a_, c.id, Service("PENEGAKAN_HUKUM", kToday)).ok());
  EXPECT_EQ(Tasks(worker_a_).size(), 1u);
  ASSERT_TRUE(work_.RecordService(worker_a_, c.id, Service("PENEGAKAN_HUKUM", kToday, "LP/B/1/VI/2025")).ok());
  EXPECT_TRUE(Tasks(worker_a_).empty());
}

TEST_F(TaskServiceTest, OnlyTppoCasesAndOnlyVictimsStartThePoliceTimer) {
  CaseData kdrt = Data();
  kdrt.case_types = {"KEKERASAN_PEREMPUAN"};
  const Case c = CreateCase(worker_a_, kdrt);
  ASSERT_TRUE(Add(worker_a_, c, CreatePerson(worker_a_, "Korban KDRT"), "KORBAN").ok());
  const Case tppo = CreateCase(worker_a_);
  ASSERT_TRUE(Add(worker_a_, tppo, CreatePerson(worker_a_, "Saksi"), "SAKSI").ok());
  EXPECT_TRUE(Tasks(worker_a_).empty());
}

TEST_F(TaskServiceTest, FirstAidIsDueSevenDaysAfterTheRequestUntilDone) {
  CaseData kdrt = Data();
  kdrt.case_types = {"KEKERASAN_PEREMPUAN"};
  const Case c = CreateCase(worker_a_, kdrt);
  auto s = work_.RecordService(worker_a_, c.id, Service("PERTOLONGAN_PERTAMA", core::Date{2025, 5, 25}));
  ASSERT_TRUE(s.ok());
  std::vector<Task> tasks = Tasks(worker_a_);
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].kind, TaskKind::kFirstAid7d);
  EXPECT_EQ(tasks[0].service_id, s->id);
  EXPECT_EQ(tasks[0].due_on, (core::Date{2025, 6, 1}));
  EXPECT_FALSE(tasks[0].overdue);             // due today: overdue from tomorrow
  clock_.Set(kNow + std::chrono::hours(14));  // 2025-06-02 00:00
  EXPECT_TRUE(Tasks(worker_a_)[0].overdue);
  ServiceDeliveryData done = s->data;
  done.status = "SELESAI";
  done.outcome = "Ditangani puskesmas.";
  ASSERT_TRUE(work_.UpdateService(worker_a_, c.id, s->id, done, 1).ok());
  EXPECT_TRUE(Tasks(worker_a_).empty());
}

TEST_F(TaskServiceTest, ReintegrationMonitoringIsDueAfterThreeMonths) {
  const Case c = CreateCase(worker_a_);
  const Case recent = CreateCase(worker_a_);
  db_.MutateForTest([&](test_doubles::InMemoryState& s) {
    s.cases[c.id].status = CaseStatus::kReintegration;
    s.cases[c.id].reintegration_started = core::Date{2025, 2, 15};
    s.cases[recent.id].status = CaseStatus::kReintegration;
    s.cases[recent.id].reintegration_started = core::Date{2025, 3, 2};
  });
  std::vector<Task> tasks = Tasks(worker_a_);
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].kind, TaskKind::kReintegrationMonitoring);
  EXPECT_EQ(tasks[0].case_id, c.id);
  EXPECT_EQ(tasks[0].due_on, (core::Date{2025, 5, 15}));
  EXPECT_TRUE(tasks[0].overdue);
  clock_.Set(kNow + std::chrono::hours(24));  // 2025-06-02: the second case's 3 months have run
  EXPECT_EQ(Tasks(worker_a_).size(), 2u);
}

TEST_F(TaskServiceTest, SubjectRequestsGoToThoseWhoWorkTheQueue) {
  const Person p = CreatePerson(worker_a_, "Subjek Data");
  db_.MutateForTest([&](test_doubles::InMemoryState& s) {
    DataSubjectRequest r;
    r.id = "req-1";
    r.person_id = p.id;
    r.kind = "AKSES_SALINAN";
    r.received_at = kNow - std::chrono::hours(80);
    r.due_at = RequestDueAt(r.received_at);
    r.channel = "LANGSUNG";
    s.subject_requests[r.id] = r;
  });
  std::vector<Task> supervisor = Tasks(supervisor_a_);
  ASSERT_EQ(supervisor.size(), 1u);
  EXPECT_EQ(supervisor[0].kind, TaskKind::kSubjectRequest72h);
  EXPECT_EQ(supervisor[0].request_id, "req-1");
  EXPECT_TRUE(supervisor[0].overdue);
  EXPECT_EQ(Tasks(admin_).size(), 1u);    // the administrator works the whole queue
  EXPECT_TRUE(Tasks(worker_a_).empty());  // case workers do not
  const Actor supervisor_b = MakeActor("supervisor-b", "agency-b", "51", "AGENCY", "SUPERVISOR");
  EXPECT_TRUE(Tasks(supervisor_b).empty());  // a person outside the supervisor's scope
}

TEST_F(TaskServiceTest, AgencyScopeRolesAndOrder) {
  auto [c, victim] = CaseWithVictim();
  ASSERT_TRUE(work_.RecordService(worker_a_, c.id, Service("PERTOLONGAN_PERTAMA", core::Date{2025, 5, 1})).ok());
  // Overdue first (the first aid), then the police report due tomorrow.
  EXPECT_EQ(Kinds(Tasks(worker_a_)), (std::vector<TaskKind>{TaskKind::kFirstAid7d, TaskKind::kPoliceReport24h}));
  EXPECT_EQ(Kinds(Tasks(supervisor_a_)), Kinds(Tasks(worker_a_)));
  EXPECT_EQ(Tasks(worker_a_, 1).size(), 1u);
  EXPECT_TRUE(Tasks(worker_b_).empty());
  EXPECT_TRUE(Tasks(national_).empty());  // owned by agency A, not agency N
  EXPECT_EQ(tasks_.ListTasks(viewer_a_).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(tasks_.ListTasks(analyst_a_).error().code(), core::ErrorCode::kForbidden);
  // An OWN-scope worker of the agency sees only the cases they created.
  const Actor own = MakeActor("own-a", "agency-a", "33", "OWN", "CASE_WORKER");
  EXPECT_TRUE(Tasks(own).empty());
  // The list is audited, naming the cases.
  const AuditEntry last = Audit().back();
  EXPECT_EQ(last.entity_type, "task");
}

TEST_F(TaskServiceTest, AReferralWaitingInTheInboxIsATaskUntilAnswered) {
  auto [c, victim] = CaseWithVictim();
  Referral r;
  r.id = "ref-1";
  r.case_id = c.id;
  r.from_agency_id = "agency-a";
  r.data.to_agency_id = "agency-b";
  r.data.person_ids = {victim.id};
  r.data.services = {"PSIKOSOSIAL"};
  r.data.message = "Mohon pendampingan psikososial.";
  r.created_at = kNow;
  r.created_by = worker_a_.id;
  {
    auto uow = db_.Begin(ports::TxMode::kWrite);
    ASSERT_TRUE(uow.ok());
    ASSERT_TRUE((*uow)->referrals().Insert(r).ok());
    ASSERT_TRUE((*uow)->Commit().ok());
  }
  TaskService answer_in_48h{db_, clock_, ids_, 48};
  auto inbox = answer_in_48h.ListTasks(worker_b_);
  ASSERT_TRUE(inbox.ok());
  ASSERT_EQ(inbox->size(), 1u);
  EXPECT_EQ((*inbox)[0].kind, TaskKind::kReferralPending);
  EXPECT_EQ((*inbox)[0].referral_id, "ref-1");
  EXPECT_FALSE((*inbox)[0].case_id.has_value());  // the case stays hidden until the referral is accepted
  EXPECT_EQ((*inbox)[0].due_at, kNow + std::chrono::hours(48));
  EXPECT_FALSE((*inbox)[0].overdue);
  // The sender's list does not carry it; the receiver's does until answered.
  for (const Task& t : Tasks(worker_a_)) EXPECT_NE(t.kind, TaskKind::kReferralPending);
  clock_.Set(kNow + std::chrono::hours(48));
  EXPECT_FALSE(Tasks(worker_b_)[0].overdue);  // the default 72 hours are not over yet; the 48 are
  EXPECT_TRUE(answer_in_48h.ListTasks(worker_b_)->at(0).overdue);
  r.status = ReferralStatus::kAccepted;
  r.responded_at = kNow + std::chrono::hours(48);
  {
    auto uow = db_.Begin(ports::TxMode::kWrite);
    ASSERT_TRUE(uow.ok());
    ASSERT_TRUE((*uow)->referrals().Update(r, r.version).ok());
    ASSERT_TRUE((*uow)->Commit().ok());
  }
  EXPECT_TRUE(Tasks(worker_b_).empty());
}

}  // namespace
}  // namespace sinergi::domain::case_test
