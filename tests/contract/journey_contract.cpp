// Journeys: documents round trip, optimistic concurrency, filters and pages, transitions and follow-ups.
#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

using core::Date;
using core::ErrorCode;
using domain::Journey;
using domain::JourneyStatus;
using domain::ports::JourneyFilter;

Journey WithEverything(Journey j) {
  j.status = JourneyStatus::kWorkingAbroad;
  j.version = 3;
  j.data.pmi_category = "FORMAL";
  j.data.sector = "manufaktur";
  j.data.job_title = "operator";
  j.data.employer_name = "Acme Sdn Bhd";
  j.data.procedural = false;
  j.data.planned_departure_date = Date{2024, 3, 1};
  j.data.contract_end_date = Date{2026, 2, 28};
  j.data.notes = "berangkat via Batam";
  j.data.documents = {
      {"PASPOR", "verified", "C1234567", Date{2023, 1, 2}, Date{2028, 1, 1}, std::nullopt},
      {"KTP", "submitted", std::nullopt, std::nullopt, std::nullopt, "fotokopi"},
      {"BPJS", "missing", std::nullopt, std::nullopt, std::nullopt, std::nullopt},
  };
  j.departure_date = Date{2024, 3, 4};
  j.return_date = Date{2025, 1, 5};
  j.return_reason = "PHK";
  j.debarkation_point = "Tanjung Priok";
  j.flags = {"DOCUMENTS_OVERRIDE"};
  return j;
}

void ExpectSameJourney(const Journey& a, const Journey& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.person_id, b.person_id);
  EXPECT_EQ(a.version, b.version);
  EXPECT_EQ(a.status, b.status);
  EXPECT_EQ(a.data, b.data);
  EXPECT_EQ(a.departure_date, b.departure_date);
  EXPECT_EQ(a.return_date, b.return_date);
  EXPECT_EQ(a.return_reason, b.return_reason);
  EXPECT_EQ(a.debarkation_point, b.debarkation_point);
  EXPECT_EQ(a.flags, b.flags);
  EXPECT_EQ(a.created_at, b.created_at);
  EXPECT_EQ(a.updated_at, b.updated_at);
  EXPECT_EQ(a.created_by, b.created_by);
  EXPECT_EQ(a.updated_by, b.updated_by);
}

TEST_P(StorageContract, JourneyWithDocumentsRoundTrip) {
  auto p = MakePerson("Budi");
  SavePerson(p);
  Journey full = WithEverything(MakeJourney(p.id));
  Journey bare = MakeJourney(p.id);
  {
    auto uow = Write();
    ASSERT_OK(uow->journeys().Insert(full));
    ASSERT_OK(uow->journeys().Insert(bare));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->journeys().Get(full.id);
  ASSERT_OK(got);
  ExpectSameJourney(*got, full);
  auto got_bare = uow->journeys().Get(bare.id);
  ASSERT_OK(got_bare);
  ExpectSameJourney(*got_bare, bare);
  EXPECT_ERROR(uow->journeys().Get("01NOJOURNEY"), ErrorCode::kNotFound, "journey.not_found");
}

TEST_P(StorageContract, JourneyInsertErrors) {
  auto p = MakePerson("Budi");
  SavePerson(p);
  auto uow = Write();
  EXPECT_ERROR(uow->journeys().Insert(MakeJourney("01NOBODY")), ErrorCode::kNotFound, "person.not_found");
  Journey j = MakeJourney(p.id);
  ASSERT_OK(uow->journeys().Insert(j));
  EXPECT_ERROR(uow->journeys().Insert(j), ErrorCode::kConflict, "journey.exists");
  Journey twice = MakeJourney(p.id);
  twice.data.documents = {{"KTP", "missing", {}, {}, {}, {}}, {"KTP", "verified", {}, {}, {}, {}}};
  EXPECT_ERROR(uow->journeys().Insert(twice), ErrorCode::kInvalid, "journey.duplicate_document");
}

TEST_P(StorageContract, JourneyUpdateReplacesDocumentsAndChecksVersion) {
  auto p = MakePerson("Budi");
  SavePerson(p);
  Journey j = WithEverything(MakeJourney(p.id));
  j.version = 1;
  {
    auto uow = Write();
    ASSERT_OK(uow->journeys().Insert(j));
    ASSERT_OK(uow->Commit());
  }
  Journey next = j;
  next.version = 2;
  next.status = JourneyStatus::kReturned;
  next.data.documents = {{"KTP", "verified", "3301010101900001", {}, {}, {}}};
  next.flags.clear();
  next.updated_at = Ms(1'700'000'999'000);
  next.updated_by = "editor";
  {
    auto uow = Write();
    ASSERT_OK(uow->journeys().Update(next, 1));
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Read();
    auto got = uow->journeys().Get(j.id);
    ASSERT_OK(got);
    ExpectSameJourney(*got, next);
  }
  auto uow = Write();
  Journey stale = j;
  stale.version = 2;
  EXPECT_ERROR(uow->journeys().Update(stale, 1), ErrorCode::kPreconditionFailed, "version_mismatch");
  EXPECT_ERROR(uow->journeys().Update(MakeJourney(p.id), 1), ErrorCode::kNotFound, "journey.not_found");
}

TEST_P(StorageContract, JourneyListFiltersAndPages) {
  auto a = MakePerson("A"), b = MakePerson("B");
  SavePerson(a);
  SavePerson(b);
  std::vector<std::string> a_ids;
  {
    auto uow = Write();
    for (int i = 0; i < 7; ++i) {
      Journey j = MakeJourney(i % 2 == 0 ? a.id : b.id, i < 4 ? "MY" : "HK");
      j.status = i == 6 ? JourneyStatus::kClosed : JourneyStatus::kRegistered;
      j.data.documents = {{"KTP", "missing", {}, {}, {}, {}}};
      if (i % 2 == 0) a_ids.push_back(j.id);
      ASSERT_OK(uow->journeys().Insert(j));
    }
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  JourneyFilter by_a;
  by_a.person_id = a.id;
  std::vector<std::string> seen;
  domain::ports::PageRequest page{.limit = 3, .after = std::nullopt};
  for (int guard = 0; guard < 5; ++guard) {
    auto res = uow->journeys().List(by_a, page);
    ASSERT_OK(res);
    for (const Journey& j : res->items) {
      seen.push_back(j.id);
      EXPECT_EQ(j.data.documents.size(), 1u);
    }
    if (!res->next_after) break;
    page.after = res->next_after;
  }
  EXPECT_EQ(seen, a_ids);

  JourneyFilter hk_closed;
  hk_closed.destination_country = "HK";
  hk_closed.status = JourneyStatus::kClosed;
  auto res = uow->journeys().List(hk_closed, {.limit = 50, .after = std::nullopt});
  ASSERT_OK(res);
  ASSERT_EQ(res->items.size(), 1u);
  EXPECT_EQ(res->items[0].status, JourneyStatus::kClosed);
  auto all = uow->journeys().List({}, {.limit = 50, .after = std::nullopt});
  ASSERT_OK(all);
  EXPECT_EQ(all->items.size(), 7u);
}

TEST_P(StorageContract, JourneyTransitionsAndFollowUpsAreOldestFirst) {
  auto p = MakePerson("Budi");
  SavePerson(p);
  Journey j = MakeJourney(p.id);
  {
    auto uow = Write();
    ASSERT_OK(uow->journeys().Insert(j));
    domain::JourneyTransition t1{NextId(),
                                 j.id,
                                 JourneyStatus::kRegistered,
                                 JourneyStatus::kInTraining,
                                 Date{2024, 1, 10},
                                 Ms(2000),
                                 "officer",
                                 "mulai pelatihan",
                                 std::nullopt};
    domain::JourneyTransition t2{
        NextId(),  j.id,         JourneyStatus::kInTraining, JourneyStatus::kReadyToDepart, Date{2024, 2, 1}, Ms(3000),
        "officer", std::nullopt, "dokumen menyusul"};
    domain::JourneyTransition t0{NextId(),
                                 j.id,
                                 JourneyStatus::kRegistered,
                                 JourneyStatus::kRegistered,
                                 Date{2024, 1, 1},
                                 Ms(1000),
                                 "system",
                                 std::nullopt,
                                 std::nullopt};
    ASSERT_OK(uow->journeys().InsertTransition(t1));
    ASSERT_OK(uow->journeys().InsertTransition(t2));
    ASSERT_OK(uow->journeys().InsertTransition(t0));  // recorded out of order on purpose
    domain::FollowUp f_late{NextId(), j.id, Date{2025, 6, 1}, "KUNJUNGAN", "sehat", Ms(5000), "officer"};
    domain::FollowUp f_early{NextId(), j.id, Date{2025, 3, 1}, "PELATIHAN", "ikut kursus", Ms(6000), "officer"};
    ASSERT_OK(uow->journeys().InsertFollowUp(f_late));
    ASSERT_OK(uow->journeys().InsertFollowUp(f_early));
    EXPECT_ERROR(uow->journeys().InsertFollowUp({NextId(), "01NOJOURNEY", Date{2025, 1, 1}, "X", "", Ms(1), "o"}),
                 ErrorCode::kNotFound, "journey.not_found");
    EXPECT_ERROR(
        uow->journeys().InsertTransition(
            {NextId(), "01NOJOURNEY", JourneyStatus::kRegistered, JourneyStatus::kClosed, Date{}, Ms(1), "o", {}, {}}),
        ErrorCode::kNotFound, "journey.not_found");
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto ts = uow->journeys().ListTransitions(j.id);
  ASSERT_OK(ts);
  ASSERT_EQ(ts->size(), 3u);
  EXPECT_EQ((*ts)[0].actor, "system");
  EXPECT_EQ((*ts)[1].to, JourneyStatus::kInTraining);
  EXPECT_EQ((*ts)[1].reason, "mulai pelatihan");
  EXPECT_EQ((*ts)[1].effective_date, (Date{2024, 1, 10}));
  EXPECT_EQ((*ts)[2].from, JourneyStatus::kInTraining);
  EXPECT_EQ((*ts)[2].override_reason, "dokumen menyusul");
  EXPECT_EQ((*ts)[2].at, Ms(3000));
  auto fs = uow->journeys().ListFollowUps(j.id);
  ASSERT_OK(fs);
  ASSERT_EQ(fs->size(), 2u);
  EXPECT_EQ((*fs)[0].kind, "PELATIHAN");
  EXPECT_EQ((*fs)[0].date, (Date{2025, 3, 1}));
  EXPECT_EQ((*fs)[1].note, "sehat");
  EXPECT_EQ((*fs)[1].recorded_by, "officer");
  auto none = uow->journeys().ListTransitions("01NOJOURNEY");
  ASSERT_OK(none);
  EXPECT_TRUE(none->empty());
}

}  // namespace
}  // namespace sinergi::contract
