// Restitution claims (ports/restitution_repository.hpp): round trip of the amounts (sealed by the backends), one
// claim per victim per case, the fixed victim, optimistic concurrency, order and errors; and the task list's two
// restitution timers (ports/task_repository.hpp): which claims run a timer, the owner and scope restriction, order and
// limit. TEST_Ps of CaseWorkContract, so they run on every backend and the in-memory fake.
#include <string>

#include "tests/contract/case_work_contract.hpp"

namespace sinergi::contract {
namespace {

using core::ErrorCode;
using domain::CaseRestitution;
using domain::RestitutionComponent;

CaseRestitution MakeClaim(const Case& c, const std::string& person_id, Date claimed_on) {
  CaseRestitution r;
  r.id = "01RESTITUSI" + c.id + person_id;
  r.case_id = c.id;
  r.data.person_id = person_id;
  RestitutionComponent loss;
  loss.component = "KEHILANGAN_KEKAYAAN_PENGHASILAN";
  loss.claimed_idr = 120'000'000;
  loss.note = "Gaji 8 bulan tidak dibayar — \"majikan\" ✓";
  RestitutionComponent other;
  other.component = "KERUGIAN_LAIN";
  other.claimed_idr = 0;
  r.data.components = {loss, other};
  r.data.claimed_on = claimed_on;
  r.created_at = r.updated_at = Ms(1'700'000'400'000);
  r.created_by = r.updated_by = "tester";
  return r;
}

// The claim awarded (100 + 0 million) and notified as final on `notice`.
CaseRestitution Notified(CaseRestitution r, Date notice) {
  r.data.verdict_on = Date{2025, 4, 1};
  r.data.components[0].awarded_idr = 100'000'000;
  r.data.components[1].awarded_idr = 0;
  r.data.final_notice_on = notice;
  return r;
}

TEST_P(CaseWorkContract, RestitutionsRoundTripOnePerVictimWithVersionedUpdates) {
  const Case c = SaveCase("agency-a");
  const std::string victim = SaveVictim(c, 1'700'000'250'000);
  const std::string second = SaveVictim(c, 1'700'000'260'000);
  CaseRestitution full = Notified(MakeClaim(c, victim, Date{2025, 3, 11}), Date{2025, 5, 2});
  full.data.court_case_number = "12/Pid.Sus/2025/PN Ptk";
  full.data.paid_on = Date{2025, 5, 10};
  full.data.paid_idr = 2'500'000'000'000;
  full.data.unpaid_reported_on = Date{2025, 5, 20};
  full.data.warning_on = Date{2025, 5, 22};
  full.data.seizure_on = Date{2025, 6, 5};
  full.data.substitute_detention_on = Date{2025, 6, 30};
  CaseRestitution early = MakeClaim(c, second, Date{2025, 3, 1});
  {
    auto uow = Write();
    ASSERT_OK(uow->restitutions().Insert(full));
    ASSERT_OK(uow->restitutions().Insert(early));
    EXPECT_ERROR(uow->restitutions().Insert(early), ErrorCode::kConflict, "case_restitution.exists");
    CaseRestitution again = MakeClaim(c, victim, Date{2025, 3, 12});
    again.id = "01SECONDCLAIM";
    EXPECT_ERROR(uow->restitutions().Insert(again), ErrorCode::kConflict, "case_restitution.exists");
    CaseRestitution orphan = MakeClaim(c, victim, Date{2025, 3, 12});
    orphan.id = "01ORPHAN";
    orphan.case_id = "01NOCASE";
    EXPECT_ERROR(uow->restitutions().Insert(orphan), ErrorCode::kNotFound, "case.not_found");
    CaseRestitution nobody = MakeClaim(c, "01NOPERSON", Date{2025, 3, 12});
    EXPECT_ERROR(uow->restitutions().Insert(nobody), ErrorCode::kNotFound, "person.not_found");
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Read();
    auto got = uow->restitutions().Get(full.id);
    ASSERT_OK(got);
    EXPECT_EQ(got->data, full.data);
    EXPECT_EQ(got->case_id, c.id);
    EXPECT_EQ(got->version, 1);
    EXPECT_EQ(got->created_at, full.created_at);
    EXPECT_TRUE(got->stage.empty());  // derived fields are not stored
    auto listed = uow->restitutions().List(c.id);
    ASSERT_OK(listed);
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ(listed->at(0).id, early.id);  // by claimed_on
    EXPECT_EQ(listed->at(1).data, full.data);
    EXPECT_TRUE(uow->restitutions().List("01NOCASE")->empty());
    EXPECT_ERROR(uow->restitutions().Get("01NOCLAIM"), ErrorCode::kNotFound, "case_restitution.not_found");
  }
  CaseRestitution next = Notified(early, Date{2025, 5, 1});
  next.version = 2;
  next.data.person_id = victim;  // fixed once recorded: not written
  next.data.paid_on = Date{2025, 5, 3};
  next.data.paid_idr = 1;
  next.updated_at = Ms(1'700'000'500'000);
  next.updated_by = "editor";
  {
    auto uow = Write();
    ASSERT_OK(uow->restitutions().Update(next, 1));
    EXPECT_ERROR(uow->restitutions().Update(next, 1), ErrorCode::kPreconditionFailed, "version_mismatch");
    CaseRestitution missing = next;
    missing.id = "01NOCLAIM";
    EXPECT_ERROR(uow->restitutions().Update(missing, 1), ErrorCode::kNotFound, "case_restitution.not_found");
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->restitutions().Get(early.id);
  ASSERT_OK(got);
  EXPECT_EQ(got->version, 2);
  EXPECT_EQ(got->data.person_id, second);
  EXPECT_EQ(got->data.paid_idr, 1);
  EXPECT_EQ(got->data.components, next.data.components);
  EXPECT_EQ(got->updated_by, "editor");
  EXPECT_EQ(got->created_by, "tester");
}

TEST_P(CaseWorkContract, RestitutionTimersRunUntilPaidReportedOrSeized) {
  const Case c = SaveCase("agency-a", {"TPPO"});
  const std::string a = SaveVictim(c, 1), b = SaveVictim(c, 2), d = SaveVictim(c, 3), e = SaveVictim(c, 4);
  const std::string f = SaveVictim(c, 5), g = SaveVictim(c, 6);
  auto save = [this](const CaseRestitution& r) {
    auto uow = Write();
    ASSERT_OK(uow->restitutions().Insert(r));
    ASSERT_OK(uow->Commit());
  };
  save(MakeClaim(c, a, Date{2025, 3, 1}));                               // no final notice: no timer
  save(Notified(MakeClaim(c, b, Date{2025, 3, 1}), Date{2025, 5, 10}));  // payment timer
  CaseRestitution partly = Notified(MakeClaim(c, d, Date{2025, 3, 1}), Date{2025, 5, 3});
  partly.data.paid_on = Date{2025, 5, 4};
  partly.data.paid_idr = 99'999'999;
  save(partly);  // partly paid: payment timer, earlier
  CaseRestitution paid = Notified(MakeClaim(c, e, Date{2025, 3, 1}), Date{2025, 5, 3});
  paid.data.paid_on = Date{2025, 5, 4};
  paid.data.paid_idr = 100'000'000;
  save(paid);  // paid in full: none
  CaseRestitution warned = Notified(MakeClaim(c, f, Date{2025, 3, 1}), Date{2025, 4, 2});
  warned.data.unpaid_reported_on = Date{2025, 4, 20};
  warned.data.warning_on = Date{2025, 4, 25};
  save(warned);  // the warning timer (the payment timer ended with the report)
  CaseRestitution seized = warned;
  seized.id = "01SEIZED";
  seized.data.person_id = g;
  seized.data.seizure_on = Date{2025, 5, 9};
  save(seized);  // seized: none
  const Case closed = SaveCase("agency-a", {"TPPO"}, CaseStatus::kClosed);
  save(Notified(MakeClaim(closed, SaveVictim(closed, 7), Date{2025, 3, 1}), Date{2025, 5, 1}));
  const Case other = SaveCase("agency-b", {"TPPO"});
  save(Notified(MakeClaim(other, SaveVictim(other, 8), Date{2025, 3, 1}), Date{2025, 5, 1}));

  auto uow = Read();
  auto payments = uow->tasks().RestitutionPaymentsDue(Query("agency-a"));
  ASSERT_OK(payments);
  ASSERT_EQ(payments->size(), 2u);
  EXPECT_EQ(payments->at(0).person_id, d);
  EXPECT_EQ(payments->at(0).started_on, (Date{2025, 5, 3}));
  EXPECT_EQ(payments->at(0).case_id, c.id);
  EXPECT_EQ(payments->at(0).restitution_id, partly.id);
  EXPECT_EQ(payments->at(1).person_id, b);
  EXPECT_EQ(uow->tasks().RestitutionPaymentsDue(Query("agency-a", 1))->size(), 1u);
  auto warnings = uow->tasks().RestitutionWarningsDue(Query("agency-a"));
  ASSERT_OK(warnings);
  ASSERT_EQ(warnings->size(), 1u);
  EXPECT_EQ(warnings->at(0).person_id, f);
  EXPECT_EQ(warnings->at(0).started_on, (Date{2025, 4, 25}));
  // Another agency's case only for that agency; nothing nationally owned; the scope restricts too.
  EXPECT_EQ(uow->tasks().RestitutionPaymentsDue(Query("agency-b"))->size(), 1u);
  EXPECT_TRUE(uow->tasks().RestitutionPaymentsDue(Query(""))->empty());
  domain::ListScope own;
  own.created_by = "someone-else";
  EXPECT_TRUE(uow->tasks().RestitutionPaymentsDue(CaseTaskQuery{"agency-a", own, 100})->empty());
  EXPECT_TRUE(uow->tasks().RestitutionWarningsDue(CaseTaskQuery{"agency-a", own, 100})->empty());
}

}  // namespace
}  // namespace sinergi::contract
