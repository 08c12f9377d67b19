// CaseWorkService's restitution claims over the in-memory test double: recording a victim's claim (victims only,
// one per victim, the rules' errors), the sensitive access (like notes), closed and referral-shared cases, updates
// with optimistic concurrency and the fixed victim, the history without amounts, and the two 14-day timers they put
// on the task list (UU 21/2007 Ps 50(1), 50(3)).
#include "domain/case_service_test_fixture.hpp"
#include "domain/case_work_service.hpp"
#include "domain/task_service.hpp"

namespace sinergi::domain::case_test {
namespace {

class RestitutionServiceTest : public CaseServiceFixture {
 protected:
  // A TPPO case of agency A with one victim.
  std::pair<Case, Person> CaseWithVictim() {
    const Case c = CreateCase(worker_a_);
    const Person victim = CreatePerson(worker_a_, "Korban Restitusi");
    SINERGI_CHECK(Add(worker_a_, c, victim, "KORBAN").ok());
    return {c, victim};
  }

  static RestitutionData Claim(const std::string& person_id) {
    RestitutionData d;
    d.person_id = person_id;
    RestitutionComponent suffering;
    suffering.component = "penderitaan";
    suffering.claimed_idr = 30'000'000;
    RestitutionComponent care;
    care.component = "BIAYA_PERAWATAN";
    care.claimed_idr = 4'250'000;
    d.components = {suffering, care};
    d.claimed_on = core::Date{2025, 1, 10};
    return d;
  }

  // The claim awarded on 2 April and notified as final on `notice` (today is 1 June 2025).
  static RestitutionData Notified(const std::string& person_id, core::Date notice) {
    RestitutionData d = Claim(person_id);
    d.components[0].awarded_idr = 25'000'000;
    d.components[1].awarded_idr = 4'250'000;
    d.verdict_on = core::Date{2025, 4, 2};
    d.final_notice_on = notice;
    return d;
  }

  std::vector<Task> RestitutionTasks(const Actor& actor) {
    auto tasks = tasks_.ListTasks(actor, TaskService::kMaxLimit);
    SINERGI_CHECK(tasks.ok());
    std::vector<Task> out;
    for (Task& t : *tasks) {
      if (t.kind == TaskKind::kRestitutionPayment14d || t.kind == TaskKind::kRestitutionWarning14d) {
        out.push_back(std::move(t));
      }
    }
    return out;
  }

  CaseWorkService work_{db_, clock_, ids_};
  TaskService tasks_{db_, clock_, ids_};
};

TEST_F(RestitutionServiceTest, RecordsAVictimsClaimWithItsTotalsAndHistoryWithoutAmounts) {
  auto [c, victim] = CaseWithVictim();
  auto r = work_.RecordRestitution(worker_a_, c.id, Claim(victim.id));
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_EQ(r->version, 1);
  EXPECT_EQ(r->data.components[0].component, "PENDERITAAN");
  EXPECT_EQ(r->stage, "DIAJUKAN");
  EXPECT_EQ(r->claimed_total_idr, 34'250'000);
  EXPECT_FALSE(r->awarded_total_idr.has_value());
  EXPECT_FALSE(r->payment_due_on.has_value());

  const ChangeRecord last = HistoryOf("case", c.id).back();
  ASSERT_EQ(last.changes.size(), 1u);
  EXPECT_EQ(last.changes[0].field, "restitutions");
  const std::string json = last.changes[0].after.value_or("");
  EXPECT_NE(json.find("\"PENDERITAAN\""), std::string::npos);
  EXPECT_EQ(json.find("30000000"), std::string::npos) << "the history keeps no amount";
  EXPECT_EQ(Audit().back().detail, "restitution " + r->id);

  auto listed = work_.ListRestitutions(worker_a_, c.id);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->at(0).claimed_total_idr, 34'250'000);
  EXPECT_EQ(listed->at(0).stage, "DIAJUKAN");
  EXPECT_EQ(Audit().back().detail, "restitutions");
  EXPECT_EQ(Audit().back().record_ids, std::vector<std::string>{r->id});
}

TEST_F(RestitutionServiceTest, OnlyVictimsClaimOncePerCase) {
  auto [c, victim] = CaseWithVictim();
  const Person witness = CreatePerson(worker_a_, "Saksi Restitusi");
  ASSERT_TRUE(Add(worker_a_, c, witness, "SAKSI").ok());
  auto not_victim = work_.RecordRestitution(worker_a_, c.id, Claim(witness.id));
  ASSERT_FALSE(not_victim.ok());
  EXPECT_EQ(FirstField(not_victim.error()), "person_id");
  EXPECT_EQ(FirstCode(not_victim.error()), "not_a_victim");
  ASSERT_TRUE(work_.RecordRestitution(worker_a_, c.id, Claim(victim.id)).ok());
  auto twice = work_.RecordRestitution(supervisor_a_, c.id, Claim(victim.id));
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code(), core::ErrorCode::kConflict);
  EXPECT_EQ(twice.error().reason(), "case_restitution.exists");
  // The same victim in another case has a claim of its own there.
  const Case other = CreateCase(worker_a_);
  ASSERT_TRUE(Add(worker_a_, other, victim, "KORBAN").ok());
  EXPECT_TRUE(work_.RecordRestitution(worker_a_, other.id, Claim(victim.id)).ok());
}

TEST_F(RestitutionServiceTest, TheRulesFieldErrorsAreReturned) {
  auto [c, victim] = CaseWithVictim();
  RestitutionData d = Notified(victim.id, core::Date{2025, 5, 1});
  d.unpaid_reported_on = core::Date{2025, 5, 15};  // the last day to pay
  auto early = work_.RecordRestitution(worker_a_, c.id, d);
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().reason(), "validation_failed");
  EXPECT_EQ(FirstField(early.error()), "unpaid_reported_on");
  EXPECT_EQ(FirstCode(early.error()), "before_payment_deadline");
  d = Claim(victim.id);
  d.components.clear();
  EXPECT_EQ(FirstCode(work_.RecordRestitution(worker_a_, c.id, d).error()), "required");
  EXPECT_TRUE(work_.ListRestitutions(worker_a_, c.id)->empty());
}

TEST_F(RestitutionServiceTest, ClaimsAreSensitiveLikeNotes) {
  auto [c, victim] = CaseWithVictim();
  ASSERT_TRUE(work_.RecordRestitution(worker_a_, c.id, Claim(victim.id)).ok());
  // The viewer sees the case but not its sensitive fields: neither reads nor writes a claim.
  auto viewer_read = work_.ListRestitutions(viewer_a_, c.id);
  ASSERT_FALSE(viewer_read.ok());
  EXPECT_EQ(viewer_read.error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(viewer_read.error().reason(), "forbidden");
  EXPECT_EQ(work_.RecordRestitution(viewer_a_, c.id, Claim(victim.id)).error().reason(), "forbidden");
  EXPECT_EQ(work_.ListRestitutions(analyst_a_, c.id).error().reason(), "forbidden");
  // Another agency does not see the case at all.
  EXPECT_EQ(work_.ListRestitutions(worker_b_, c.id).error().reason(), "case.not_found");
  EXPECT_EQ(work_.RecordRestitution(worker_b_, c.id, Claim(victim.id)).error().reason(), "case.not_found");
  // The supervisor of the owning agency reads them.
  auto supervisor = work_.ListRestitutions(supervisor_a_, c.id);
  ASSERT_TRUE(supervisor.ok());
  EXPECT_EQ(supervisor->size(), 1u);
}

TEST_F(RestitutionServiceTest, ClosedCasesAreReadOnly) {
  auto [c, victim] = CaseWithVictim();
  auto r = work_.RecordRestitution(worker_a_, c.id, Claim(victim.id));
  ASSERT_TRUE(r.ok());
  auto identified = Move(worker_a_, c, CaseStatus::kIdentification);
  ASSERT_TRUE(identified.ok()) << identified.error().message();
  auto closing = Move(worker_a_, *identified, CaseStatus::kClosurePending, "Bukan kasus", "TIDAK_TERBUKTI");
  ASSERT_TRUE(closing.ok()) << closing.error().message();
  auto closed = Move(supervisor_a_, *closing, CaseStatus::kClosed, "disetujui");
  ASSERT_TRUE(closed.ok()) << closed.error().message();
  RestitutionData d = r->data;
  d.court_case_number = "12/Pid.Sus/2025/PN Slt";
  EXPECT_EQ(work_.UpdateRestitution(worker_a_, c.id, r->id, d, 1).error().reason(), "case.closed");
  EXPECT_TRUE(work_.ListRestitutions(worker_a_, c.id).ok());
}

TEST_F(RestitutionServiceTest, UpdatesKeepTheVictimCheckTheVersionAndNameAmountsOnly) {
  auto [c, victim] = CaseWithVictim();
  auto r = work_.RecordRestitution(worker_a_, c.id, Claim(victim.id));
  ASSERT_TRUE(r.ok());
  RestitutionData d = Notified("someone-else", core::Date{2025, 5, 20});
  auto updated = work_.UpdateRestitution(worker_a_, c.id, r->id, d, 1);
  ASSERT_TRUE(updated.ok()) << updated.error().message();
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(updated->data.person_id, victim.id);
  EXPECT_EQ(updated->stage, "MENUNGGU_PEMBAYARAN");
  EXPECT_EQ(updated->awarded_total_idr, 29'250'000);
  EXPECT_EQ(updated->payment_due_on, (core::Date{2025, 6, 3}));

  const ChangeRecord last = HistoryOf("case", c.id).back();
  std::vector<std::string> fields;
  for (const FieldChange& change : last.changes) {
    fields.push_back(change.field);
    if (change.field.ends_with(".components")) {
      EXPECT_FALSE(change.before.has_value());
      EXPECT_FALSE(change.after.has_value());
    }
  }
  const std::string prefix = "restitutions." + r->id + ".";
  EXPECT_EQ(fields,
            (std::vector<std::string>{prefix + "components", prefix + "verdict_on", prefix + "final_notice_on"}));

  EXPECT_EQ(work_.UpdateRestitution(worker_a_, c.id, r->id, d, 1).error().reason(), "version_mismatch");
  // No change: the version stays.
  auto same = work_.UpdateRestitution(worker_a_, c.id, r->id, d, 2);
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->version, 2);
  EXPECT_EQ(Audit().back().detail, "no changes");
  // Invalid as a whole: the award needs its verdict.
  d.verdict_on.reset();
  d.final_notice_on.reset();
  EXPECT_EQ(FirstCode(work_.UpdateRestitution(worker_a_, c.id, r->id, d, 2).error()), "requires_verdict");
  // A claim addressed through another case is not found.
  const Case other = CreateCase(worker_a_);
  EXPECT_EQ(work_.GetRestitution(worker_a_, other.id, r->id).error().reason(), "case_restitution.not_found");
  EXPECT_EQ(work_.GetRestitution(worker_a_, c.id, "nope").error().reason(), "case_restitution.not_found");
}

TEST_F(RestitutionServiceTest, ThePaymentTimerRunsFourteenDaysFromTheFinalNotice) {
  auto [c, victim] = CaseWithVictim();
  auto r = work_.RecordRestitution(worker_a_, c.id, Claim(victim.id));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(RestitutionTasks(worker_a_).empty());
  RestitutionData d = Notified(victim.id, core::Date{2025, 5, 20});
  auto notified = work_.UpdateRestitution(worker_a_, c.id, r->id, d, 1);
  ASSERT_TRUE(notified.ok()) << notified.error().message();

  std::vector<Task> tasks = RestitutionTasks(worker_a_);
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].kind, TaskKind::kRestitutionPayment14d);
  EXPECT_EQ(tasks[0].case_id, c.id);
  EXPECT_EQ(tasks[0].person_id, victim.id);
  EXPECT_EQ(tasks[0].due_on, (core::Date{2025, 6, 3}));
  EXPECT_EQ(tasks[0].due_at, std::chrono::sys_days{std::chrono::year{2025} / 6 / 4});
  EXPECT_FALSE(tasks[0].overdue);
  EXPECT_EQ(tasks[0].legal_basis, "UU 21/2007 Ps 50(1)");
  // Only the owning agency's case workers get it; the viewer has no case tasks.
  EXPECT_TRUE(RestitutionTasks(worker_b_).empty());

  clock_.Set(std::chrono::sys_days{std::chrono::year{2025} / 6 / 4});
  EXPECT_TRUE(RestitutionTasks(worker_a_).at(0).overdue);
  // Partly paid: the timer runs on.
  d.paid_on = core::Date{2025, 6, 2};
  d.paid_idr = 5'000'000;
  auto partly = work_.UpdateRestitution(worker_a_, c.id, r->id, d, 2);
  ASSERT_TRUE(partly.ok()) << partly.error().message();
  EXPECT_EQ(partly->stage, "DIBAYAR_SEBAGIAN");
  EXPECT_EQ(RestitutionTasks(worker_a_).size(), 1u);
  // The victim reports the non-payment to the court: the payment timer ends.
  d.unpaid_reported_on = core::Date{2025, 6, 4};
  ASSERT_TRUE(work_.UpdateRestitution(worker_a_, c.id, r->id, d, 3).ok());
  EXPECT_TRUE(RestitutionTasks(worker_a_).empty());
}

TEST_F(RestitutionServiceTest, TheWarningTimerRunsFourteenDaysUntilTheSeizure) {
  auto [c, victim] = CaseWithVictim();
  RestitutionData d = Notified(victim.id, core::Date{2025, 4, 10});
  d.unpaid_reported_on = core::Date{2025, 4, 28};
  d.warning_on = core::Date{2025, 5, 2};
  auto r = work_.RecordRestitution(worker_a_, c.id, d);
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_EQ(r->stage, "TEGURAN");
  EXPECT_EQ(r->seizure_due_on, (core::Date{2025, 5, 16}));
  std::vector<Task> tasks = RestitutionTasks(worker_a_);
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].kind, TaskKind::kRestitutionWarning14d);
  EXPECT_EQ(tasks[0].due_on, (core::Date{2025, 5, 16}));
  EXPECT_TRUE(tasks[0].overdue);
  EXPECT_EQ(tasks[0].legal_basis, "UU 21/2007 Ps 50(3)");

  // A seizure before the 14 days have run is refused; on the 14th day it is recorded and the timer ends.
  d.seizure_on = core::Date{2025, 5, 15};
  EXPECT_EQ(FirstCode(work_.UpdateRestitution(worker_a_, c.id, r->id, d, 1).error()), "before_warning_lapsed");
  d.seizure_on = core::Date{2025, 5, 16};
  auto seized = work_.UpdateRestitution(worker_a_, c.id, r->id, d, 1);
  ASSERT_TRUE(seized.ok()) << seized.error().message();
  EXPECT_EQ(seized->stage, "SITA_LELANG");
  EXPECT_TRUE(RestitutionTasks(worker_a_).empty());
}

TEST_F(RestitutionServiceTest, FullPaymentEndsTheTimersAndClosedCasesHaveNone) {
  auto [c, victim] = CaseWithVictim();
  RestitutionData d = Notified(victim.id, core::Date{2025, 5, 20});
  d.paid_on = core::Date{2025, 5, 30};
  d.paid_idr = 29'250'000;
  auto r = work_.RecordRestitution(worker_a_, c.id, d);
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_EQ(r->stage, "DIBAYAR");
  EXPECT_TRUE(RestitutionTasks(worker_a_).empty());

  auto [open, other_victim] = CaseWithVictim();
  ASSERT_TRUE(work_.RecordRestitution(worker_a_, open.id, Notified(other_victim.id, core::Date{2025, 5, 20})).ok());
  EXPECT_EQ(RestitutionTasks(worker_a_).size(), 1u);
  auto identified = Move(worker_a_, open, CaseStatus::kIdentification);
  ASSERT_TRUE(identified.ok());
  auto closing = Move(worker_a_, *identified, CaseStatus::kClosurePending, "Bukan kasus", "TIDAK_TERBUKTI");
  ASSERT_TRUE(closing.ok());
  ASSERT_TRUE(Move(supervisor_a_, *closing, CaseStatus::kClosed, "disetujui").ok());
  EXPECT_TRUE(RestitutionTasks(worker_a_).empty());
}

}  // namespace
}  // namespace sinergi::domain::case_test
