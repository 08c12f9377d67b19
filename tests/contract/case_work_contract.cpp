// The work on a case (ports/case_work_repository.hpp): services round trip (the outcome sealed), optimistic
// concurrency and fixed fields, order, errors; append-only notes. The task list's queries
// (ports/task_repository.hpp): each timer's facts, the owner and scope restriction, order and limit. Runs on every
// backend and the in-memory fake (CaseContract).
#include "tests/contract/case_work_contract.hpp"

#include <algorithm>

namespace sinergi::contract {
namespace {

using core::ErrorCode;
using domain::CaseNote;

TEST_P(CaseWorkContract, ServicesRoundTripWithASealedOutcomeAndVersionedUpdates) {
  const Case c = SaveCase("agency-a");
  const std::string victim = SaveVictim(c, 1'700'000'250'000);
  CaseServiceDelivery full = MakeService(c, "KESEHATAN", Date{2025, 3, 11}, "RS/12/2025", "SELESAI");
  full.data.person_id = victim;
  full.data.provider_agency_id = "agency-a";
  full.data.started_on = Date{2025, 3, 12};
  full.data.completed_on = Date{2025, 3, 14};
  full.data.outcome = "Visum: memar di lengan — \"sembuh\" ✓";
  CaseServiceDelivery early = MakeService(c, "PENGADUAN", Date{2025, 3, 10});
  {
    auto uow = Write();
    ASSERT_OK(uow->case_work().InsertService(full));
    ASSERT_OK(uow->case_work().InsertService(early));
    EXPECT_ERROR(uow->case_work().InsertService(early), ErrorCode::kConflict, "case_service.exists");
    CaseServiceDelivery orphan = MakeService(c, "KESEHATAN", Date{2025, 3, 10});
    orphan.case_id = "01NOCASE";
    EXPECT_ERROR(uow->case_work().InsertService(orphan), ErrorCode::kNotFound, "case.not_found");
    CaseServiceDelivery nobody = MakeService(c, "KESEHATAN", Date{2025, 3, 10});
    nobody.data.person_id = "01NOPERSON";
    EXPECT_ERROR(uow->case_work().InsertService(nobody), ErrorCode::kNotFound, "person.not_found");
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Read();
    auto got = uow->case_work().GetService(full.id);
    ASSERT_OK(got);
    EXPECT_EQ(got->data, full.data);
    EXPECT_EQ(got->version, 1);
    EXPECT_EQ(got->created_at, full.created_at);
    EXPECT_FALSE(got->due_on.has_value());
    auto listed = uow->case_work().ListServices(c.id);
    ASSERT_OK(listed);
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ(listed->at(0).id, early.id);  // by requested_on
    EXPECT_ERROR(uow->case_work().GetService("01NOSERVICE"), ErrorCode::kNotFound, "case_service.not_found");
  }
  CaseServiceDelivery next = early;
  next.version = 2;
  next.data.status = "BERJALAN";
  next.data.started_on = Date{2025, 3, 11};
  next.data.service = "MEDIASI";  // fixed once recorded: not written
  next.updated_by = "editor";
  {
    auto uow = Write();
    ASSERT_OK(uow->case_work().UpdateService(next, 1));
    EXPECT_ERROR(uow->case_work().UpdateService(next, 1), ErrorCode::kPreconditionFailed, "version_mismatch");
    CaseServiceDelivery missing = next;
    missing.id = "01NOSERVICE";
    EXPECT_ERROR(uow->case_work().UpdateService(missing, 1), ErrorCode::kNotFound, "case_service.not_found");
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->case_work().GetService(early.id);
  ASSERT_OK(got);
  EXPECT_EQ(got->version, 2);
  EXPECT_EQ(got->data.status, "BERJALAN");
  EXPECT_EQ(got->data.started_on, (Date{2025, 3, 11}));
  EXPECT_EQ(got->data.service, "PENGADUAN");
  EXPECT_EQ(got->updated_by, "editor");
}

TEST_P(CaseWorkContract, NotesAreAppendedAndListedOldestFirst) {
  const Case c = SaveCase("agency-a");
  CaseNote later{NextId(), c.id, "Koreksi: korban tiba pukul 10.", Ms(1'700'000'500'000), "worker"};
  CaseNote first{NextId(), c.id, "Korban tiba di shelter;\n\"aman\" ✓", Ms(1'700'000'400'000), "worker"};
  {
    auto uow = Write();
    ASSERT_OK(uow->case_work().InsertNote(later));
    ASSERT_OK(uow->case_work().InsertNote(first));
    EXPECT_ERROR(uow->case_work().InsertNote(first), ErrorCode::kConflict, "case_note.exists");
    CaseNote orphan{NextId(), "01NOCASE", "x", Ms(1), "worker"};
    EXPECT_ERROR(uow->case_work().InsertNote(orphan), ErrorCode::kNotFound, "case.not_found");
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto notes = uow->case_work().ListNotes(c.id);
  ASSERT_OK(notes);
  ASSERT_EQ(notes->size(), 2u);
  EXPECT_EQ(notes->at(0), first);
  EXPECT_EQ(notes->at(1), later);
}

TEST_P(CaseWorkContract, AttachmentsAreAppendedAndListedOldestFirst) {
  const Case c = SaveCase("agency-a");
  const Case other = SaveCase("agency-a");
  const std::string sha(64, 'a');
  domain::CaseAttachment later{NextId(), c.id,         "laporan polisi \"LP\".pdf", "application/pdf", 2048,
                               sha,      std::nullopt, Ms(1'700'000'500'000),       "worker"};
  domain::CaseAttachment first{NextId(),
                               c.id,
                               "foto luka ✓.png",
                               "image/png",
                               16,
                               std::string(64, 'b'),
                               "Foto di RS Bhayangkara",
                               Ms(1'700'000'400'000),
                               "worker"};
  domain::CaseAttachment elsewhere{NextId(), other.id, "x.txt", "text/plain", 1, sha, std::nullopt, Ms(1), "w"};
  {
    auto uow = Write();
    ASSERT_OK(uow->case_work().InsertAttachment(later));
    ASSERT_OK(uow->case_work().InsertAttachment(first));
    ASSERT_OK(uow->case_work().InsertAttachment(elsewhere));  // the same blob may back many attachments
    EXPECT_ERROR(uow->case_work().InsertAttachment(first), ErrorCode::kConflict, "case_attachment.exists");
    domain::CaseAttachment orphan = first;
    orphan.id = NextId();
    orphan.case_id = "01NOCASE";
    EXPECT_ERROR(uow->case_work().InsertAttachment(orphan), ErrorCode::kNotFound, "case.not_found");
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto listed = uow->case_work().ListAttachments(c.id);
  ASSERT_OK(listed);
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ(listed->at(0), first);
  EXPECT_EQ(listed->at(1), later);
  auto got = uow->case_work().GetAttachment(later.id);
  ASSERT_OK(got);
  EXPECT_EQ(*got, later);
  EXPECT_ERROR(uow->case_work().GetAttachment("01NOATTACHMENT"), ErrorCode::kNotFound, "case_attachment.not_found");
}

TEST_P(CaseWorkContract, UnreportedVictimsOfOpenTppoCasesUntilAPoliceReport) {
  const Case tppo = SaveCase("agency-a", {"PMI_BERMASALAH", "TPPO"});
  const std::string v2 = SaveVictim(tppo, 2'000);
  const std::string v1 = SaveVictim(tppo, 1'000);
  SaveVictim(tppo, 500, "SAKSI");
  const Case kdrt = SaveCase("agency-a", {"KDRT"});
  SaveVictim(kdrt, 100);
  const Case closed = SaveCase("agency-a", {"TPPO"}, CaseStatus::kClosed);
  SaveVictim(closed, 100);
  const Case other = SaveCase("agency-b", {"TPPO"});
  SaveVictim(other, 100);
  const Case national = SaveCase("", {"TPPO"});
  const std::string nv = SaveVictim(national, 100);
  {
    auto uow = Read();
    auto rows = uow->tasks().UnreportedVictims(Query("agency-a"));
    ASSERT_OK(rows);
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ(rows->at(0).person_id, v1);  // by added_at
    EXPECT_EQ(rows->at(0).added_at, Ms(1'000));
    EXPECT_EQ(rows->at(1).person_id, v2);
    EXPECT_EQ(rows->at(0).case_id, tppo.id);
    auto limited = uow->tasks().UnreportedVictims(Query("agency-a", 1));
    ASSERT_OK(limited);
    EXPECT_EQ(limited->size(), 1u);
    auto nat = uow->tasks().UnreportedVictims(Query(""));
    ASSERT_OK(nat);
    ASSERT_EQ(nat->size(), 1u);
    EXPECT_EQ(nat->at(0).person_id, nv);
    domain::ListScope own;
    own.created_by = "someone-else";
    auto scoped = uow->tasks().UnreportedVictims(CaseTaskQuery{"agency-a", own, 100});
    ASSERT_OK(scoped);
    EXPECT_TRUE(scoped->empty());
  }
  SaveService(MakeService(tppo, "PENEGAKAN_HUKUM", Date{2025, 3, 10}));                                   // no number
  SaveService(MakeService(tppo, "PENEGAKAN_HUKUM", Date{2025, 3, 10}, "LP/B/9/III/2025", "DIBATALKAN"));  // cancelled
  {
    auto uow = Read();
    EXPECT_EQ(uow->tasks().UnreportedVictims(Query("agency-a"))->size(), 2u);
  }
  SaveService(MakeService(tppo, "PENEGAKAN_HUKUM", Date{2025, 3, 11}, "LP/B/10/III/2025"));
  auto uow = Read();
  EXPECT_TRUE(uow->tasks().UnreportedVictims(Query("agency-a"))->empty());
}

TEST_P(CaseWorkContract, PendingFirstAidAndMonitoringDue) {
  const Case c = SaveCase("agency-a", {"KDRT"});
  CaseServiceDelivery late = MakeService(c, "PERTOLONGAN_PERTAMA", Date{2025, 3, 1});
  late.data.person_id = SaveVictim(c, 10);
  SaveService(late);
  SaveService(MakeService(c, "PERTOLONGAN_PERTAMA", Date{2025, 2, 1}, std::nullopt, "BERJALAN"));
  CaseServiceDelivery done = MakeService(c, "PERTOLONGAN_PERTAMA", Date{2025, 1, 1}, std::nullopt, "SELESAI");
  done.data.outcome = "ok";
  SaveService(done);
  SaveService(MakeService(c, "KESEHATAN", Date{2025, 1, 1}));
  const Case closed = SaveCase("agency-a", {"KDRT"}, CaseStatus::kClosed);
  SaveService(MakeService(closed, "PERTOLONGAN_PERTAMA", Date{2025, 1, 1}));

  Case early = SaveCase("agency-a", {"TPPO"}, CaseStatus::kReintegration);
  Case late_case = SaveCase("agency-a", {"TPPO"}, CaseStatus::kReintegration);
  {
    auto uow = Write();
    early.reintegration_started = Date{2025, 1, 5};
    ASSERT_OK(uow->cases().Update(early, 1));
    late_case.reintegration_started = Date{2025, 4, 5};
    ASSERT_OK(uow->cases().Update(late_case, 1));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto aid = uow->tasks().PendingFirstAid(Query("agency-a"));
  ASSERT_OK(aid);
  ASSERT_EQ(aid->size(), 2u);
  EXPECT_EQ(aid->at(0).requested_on, (Date{2025, 2, 1}));
  EXPECT_EQ(aid->at(1).service_id, late.id);
  EXPECT_EQ(aid->at(1).person_id, late.data.person_id);
  EXPECT_TRUE(uow->tasks().PendingFirstAid(Query("agency-b"))->empty());
  auto due = uow->tasks().MonitoringDue(Query("agency-a"), Date{2025, 3, 1});
  ASSERT_OK(due);
  ASSERT_EQ(due->size(), 1u);
  EXPECT_EQ(due->at(0).case_id, early.id);
  EXPECT_EQ(due->at(0).reintegration_started, (Date{2025, 1, 5}));
  EXPECT_EQ(uow->tasks().MonitoringDue(Query("agency-a"), Date{2025, 4, 5})->size(), 2u);
}

TEST_P(CaseWorkContract, OpenSubjectRequestsByDueTimeWithinThePersonScope) {
  domain::Person mine = MakePerson("Subjek Satu");
  mine.owner_agency_id = "agency-a";
  domain::Person theirs = MakePerson("Subjek Dua");
  theirs.owner_agency_id = "agency-b";
  SavePerson(mine);
  SavePerson(theirs);
  auto request = [&](const std::string& person, std::int64_t due_ms, domain::RequestStatus status) {
    domain::DataSubjectRequest r;
    r.id = NextId();
    r.person_id = person;
    r.kind = "AKSES_SALINAN";
    r.received_at = Ms(due_ms - 72 * 3'600'000LL);
    r.due_at = Ms(due_ms);
    r.status = status;
    r.channel = "LANGSUNG";
    r.created_at = r.received_at;
    r.created_by = "tester";
    return r;
  };
  const auto late = request(mine.id, 1'700'000'000'000, domain::RequestStatus::kOpen);
  const auto soon = request(theirs.id, 1'600'000'000'000, domain::RequestStatus::kOpen);
  auto closed = request(mine.id, 1'500'000'000'000, domain::RequestStatus::kCompleted);
  closed.completed_at = Ms(1'500'000'000'000);
  {
    auto uow = Write();
    ASSERT_OK(uow->pdp().InsertRequest(late));
    ASSERT_OK(uow->pdp().InsertRequest(soon));
    ASSERT_OK(uow->pdp().InsertRequest(closed));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto all = uow->tasks().OpenSubjectRequests(domain::ListScope::Everything(), 10);
  ASSERT_OK(all);
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ(all->at(0).request_id, soon.id);
  EXPECT_EQ(all->at(0).due_at, soon.due_at);
  EXPECT_EQ(all->at(1).person_id, mine.id);
  domain::ListScope agency;
  agency.owner_agency_id = "agency-a";
  auto scoped = uow->tasks().OpenSubjectRequests(agency, 10);
  ASSERT_OK(scoped);
  ASSERT_EQ(scoped->size(), 1u);
  EXPECT_EQ(scoped->at(0).request_id, late.id);
  EXPECT_EQ(uow->tasks().OpenSubjectRequests(domain::ListScope::Everything(), 1)->size(), 1u);
}

}  // namespace

}  // namespace sinergi::contract
