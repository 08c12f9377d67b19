// Cases (ports/case_repository.hpp): round trip and optimistic concurrency, list filters and pages, the victim
// count, parties, screenings with their determination, and the timeline. Need-to-know in the list:
// case_scope_contract.cpp. Runs on every backend and the in-memory fake.
#include <algorithm>

#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

using core::Date;
using core::ErrorCode;
using domain::Case;
using domain::CaseParty;
using domain::CaseScreening;
using domain::CaseStatus;
using domain::CaseTransition;
using domain::ports::CaseFilter;
using domain::ports::PageRequest;

Case MakeCase(const std::string& id) {
  Case c;
  c.id = id;
  c.data.intake_channel = "PENGADUAN_LANGSUNG";
  c.data.reported_on = Date{2025, 3, 10};
  c.data.case_types = {"TPPO"};
  c.created_at = Ms(1'700'000'200'000);
  c.updated_at = c.created_at;
  c.created_by = "tester";
  c.updated_by = "tester";
  return c;
}

Case WithEverything(Case c) {
  c.version = 4;
  c.status = CaseStatus::kClosurePending;
  domain::CaseData& d = c.data;
  d.occurred_on = Date{2025, 1, 2};
  d.occurrence_country = "ID";
  d.occurrence_region_code = "33.74";
  d.urgency = "TINGGI";
  d.immediate_safety_risk = true;
  d.case_types = {"TPPO", "KDRT"};
  d.violence_acts = {"FISIK_PUKUL", "EKONOMI_GAJI"};
  d.places = {"TEMPAT_KERJA"};
  d.pmi_problems = {"GAJI_TIDAK_DIBAYAR"};
  d.reporter_name = "Ibu \"Sri\" Wahyuni";
  d.reporter_contact = "+6281200001111";
  d.reporter_confidential = true;
  d.summary = "Dipukul majikan;\ngaji 8 bulan tidak dibayar. Paspor ditahan — ✓";
  d.victim_wants_return = true;
  d.return_assessed_safe = true;
  c.owner_agency_id = "agency-semarang";
  c.closure_reason = "SELESAI";
  c.status_before_closure = CaseStatus::kReintegration;
  c.reintegration_started = Date{2025, 2, 1};
  c.closed_at = Ms(1'700'000'900'000);
  c.updated_at = Ms(1'700'000'300'000);
  c.updated_by = "editor";
  return c;
}

void ExpectSameCase(const Case& a, const Case& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.version, b.version);
  EXPECT_EQ(a.status, b.status);
  EXPECT_EQ(a.data, b.data);
  EXPECT_EQ(a.owner_agency_id, b.owner_agency_id);
  EXPECT_EQ(a.closure_reason, b.closure_reason);
  EXPECT_EQ(a.status_before_closure, b.status_before_closure);
  EXPECT_EQ(a.reintegration_started, b.reintegration_started);
  EXPECT_EQ(a.closed_at, b.closed_at);
  EXPECT_EQ(a.created_at, b.created_at);
  EXPECT_EQ(a.updated_at, b.updated_at);
  EXPECT_EQ(a.created_by, b.created_by);
  EXPECT_EQ(a.updated_by, b.updated_by);
  EXPECT_TRUE(a.masked_fields.empty());
}

CaseParty MakeParty(const std::string& id, const std::string& case_id, const std::string& person_id,
                    const std::string& role, std::int64_t at) {
  CaseParty p;
  p.id = id;
  p.case_id = case_id;
  p.person_id = person_id;
  p.role = role;
  p.added_at = Ms(at);
  p.added_by = "tester";
  return p;
}

CaseScreening MakeScreening(const std::string& id, const std::string& case_id, const std::string& person_id,
                            std::int64_t at) {
  CaseScreening s;
  s.id = id;
  s.case_id = case_id;
  s.person_id = person_id;
  s.input.acts = {"PEREKRUTAN", "PENGANGKUTAN"};
  s.input.means = {"PENIPUAN"};
  s.input.purposes = {"KERJA_PAKSA"};
  s.input.victim_age = 17;
  s.input.exploitation_occurred = true;
  s.input.ilo_indicators = {"FL02", "FL05"};
  s.result.result = "INDIKASI_KUAT";
  s.result.elements_met = {true, true, true, true, true};
  s.result.legal_basis = {"UU 21/2007 Pasal 2 ayat (2)", "UU 21/2007 Pasal 17"};
  s.result.explanation = "All elements met; the victim is a child (\"anak\").";
  s.result.explanation_id = "Semua unsur terpenuhi; korban adalah anak.";
  s.result.forced_labour = {true, true, {"FL02"}, {"FL05"}};
  s.screened_at = Ms(at);
  s.screened_by = "screener";
  return s;
}

void ExpectSameScreening(const CaseScreening& a, const CaseScreening& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.case_id, b.case_id);
  EXPECT_EQ(a.person_id, b.person_id);
  EXPECT_EQ(a.input.acts, b.input.acts);
  EXPECT_EQ(a.input.means, b.input.means);
  EXPECT_EQ(a.input.purposes, b.input.purposes);
  EXPECT_EQ(a.input.victim_age, b.input.victim_age);
  EXPECT_EQ(a.input.exploitation_occurred, b.input.exploitation_occurred);
  EXPECT_EQ(a.input.ilo_indicators, b.input.ilo_indicators);
  EXPECT_EQ(a.result.result, b.result.result);
  EXPECT_EQ(a.result.elements_met, b.result.elements_met);
  EXPECT_EQ(a.result.legal_basis, b.result.legal_basis);
  EXPECT_EQ(a.result.explanation, b.result.explanation);
  EXPECT_EQ(a.result.explanation_id, b.result.explanation_id);
  EXPECT_EQ(a.result.forced_labour, b.result.forced_labour);
  EXPECT_EQ(a.screened_at, b.screened_at);
  EXPECT_EQ(a.screened_by, b.screened_by);
  EXPECT_EQ(a.determination, b.determination);
  EXPECT_EQ(a.determination_note, b.determination_note);
  EXPECT_EQ(a.determined_at, b.determined_at);
  EXPECT_EQ(a.determined_by, b.determined_by);
}

template <typename T>
std::vector<std::string> Ids(const std::vector<T>& items) {
  std::vector<std::string> out;
  for (const T& item : items) out.push_back(item.id);
  return out;
}

// Every page of a case list (pages of `limit`), checking that only the last page is short and the cursor is the
// last item's id.
std::vector<std::string> AllPages(UnitOfWork& uow, const CaseFilter& filter, int limit = 3) {
  std::vector<std::string> seen;
  PageRequest page{.limit = limit, .after = std::nullopt};
  for (int guard = 0; guard < 200; ++guard) {
    auto res = uow.cases().List(filter, page);
    EXPECT_TRUE(res.ok()) << (res.ok() ? "" : res.error().message());
    if (!res.ok()) return seen;
    for (const Case& c : res->items) seen.push_back(c.id);
    if (!res->next_after) return seen;
    EXPECT_EQ(res->items.size(), static_cast<std::size_t>(limit)) << "a short page while the cursor goes on";
    EXPECT_EQ(*res->next_after, res->items.back().id);
    page.after = res->next_after;
  }
  ADD_FAILURE() << "the cursor never ended";
  return seen;
}

TEST_P(CaseContract, CaseRoundTripsAndUpdateChecksTheVersion) {
  Case full = WithEverything(MakeCase(NextId()));
  Case bare = MakeCase(NextId());
  {
    auto uow = Write();
    ASSERT_OK(uow->cases().Insert(full));
    ASSERT_OK(uow->cases().Insert(bare));
    EXPECT_ERROR(uow->cases().Insert(bare), ErrorCode::kConflict, "case.exists");
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Read();
    auto got = uow->cases().Get(full.id);
    ASSERT_OK(got);
    ExpectSameCase(*got, full);
    EXPECT_EQ(got->victim_count, 0);
    auto got_bare = uow->cases().Get(bare.id);
    ASSERT_OK(got_bare);
    ExpectSameCase(*got_bare, bare);
    EXPECT_ERROR(uow->cases().Get("01NOCASE"), ErrorCode::kNotFound, "case.not_found");
  }
  Case next = bare;
  next.version = 2;
  next.status = CaseStatus::kIdentification;
  next.data = full.data;
  next.data.summary.clear();
  next.data.reporter_name.reset();
  next.owner_agency_id = "agency-bali";
  next.updated_at = Ms(1'700'000'999'000);
  next.updated_by = "editor";
  {
    auto uow = Write();
    Case rewritten_origin = next;  // the creation facts are not the update's to change
    rewritten_origin.created_at = Ms(1);
    rewritten_origin.created_by = "someone-else";
    ASSERT_OK(uow->cases().Update(rewritten_origin, 1));
    Case stale = bare;
    stale.version = 2;
    EXPECT_ERROR(uow->cases().Update(stale, 1), ErrorCode::kPreconditionFailed, "version_mismatch");
    EXPECT_ERROR(uow->cases().Update(MakeCase(NextId()), 1), ErrorCode::kNotFound, "case.not_found");
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->cases().Get(bare.id);
  ASSERT_OK(got);
  ExpectSameCase(*got, next);
}

TEST_P(CaseContract, CaseListFiltersAndPages) {
  auto budi = MakePerson("Budi");
  SavePerson(budi);
  std::vector<Case> cases;
  for (int i = 0; i < 8; ++i) {
    Case c = MakeCase(NextId());
    c.status = i % 2 == 0 ? CaseStatus::kIntake : CaseStatus::kAssessment;
    c.data.case_types = i % 3 == 0 ? std::vector<std::string>{"KDRT", "TPPO"} : std::vector<std::string>{"PMI"};
    if (i % 4 != 3) c.owner_agency_id = i < 4 ? "agency-a" : "agency-b";
    cases.push_back(c);
  }
  {
    auto uow = Write();
    for (const Case& c : cases) ASSERT_OK(uow->cases().Insert(c));
    ASSERT_OK(uow->cases().InsertParty(MakeParty(NextId(), cases[1].id, budi.id, "PELAPOR", 10)));
    ASSERT_OK(uow->cases().InsertParty(MakeParty(NextId(), cases[6].id, budi.id, "KORBAN", 11)));
    ASSERT_OK(uow->cases().InsertParty(MakeParty(NextId(), cases[6].id, budi.id, "SAKSI", 12)));
    ASSERT_OK(uow->Commit());
  }
  auto ids = [&](std::initializer_list<int> indexes) {
    std::vector<std::string> out;
    for (int i : indexes) out.push_back(cases[static_cast<std::size_t>(i)].id);
    return out;
  };
  auto uow = Read();
  EXPECT_EQ(AllPages(*uow, {}), ids({0, 1, 2, 3, 4, 5, 6, 7}));
  EXPECT_EQ(AllPages(*uow, {}, 8), ids({0, 1, 2, 3, 4, 5, 6, 7}));
  CaseFilter f;
  f.status = CaseStatus::kAssessment;
  EXPECT_EQ(AllPages(*uow, f), ids({1, 3, 5, 7}));
  f = {};
  f.case_type = "TPPO";
  EXPECT_EQ(AllPages(*uow, f), ids({0, 3, 6}));
  f.case_type = "TPP";  // whole codes only
  EXPECT_TRUE(AllPages(*uow, f).empty());
  f = {};
  f.owner_agency_id = "agency-a";
  EXPECT_EQ(AllPages(*uow, f), ids({0, 1, 2}));
  f.owner_agency_id = "";  // owned nationally
  EXPECT_EQ(AllPages(*uow, f), ids({3, 7}));
  f = {};
  f.person_id = budi.id;  // any role, each case once
  EXPECT_EQ(AllPages(*uow, f, 1), ids({1, 6}));
  f.status = CaseStatus::kIntake;
  f.case_type = "TPPO";
  f.owner_agency_id = "agency-b";
  EXPECT_EQ(AllPages(*uow, f), ids({6}));
  auto page = uow->cases().List(f, {});
  ASSERT_OK(page);
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].victim_count, 1);
}

TEST_P(CaseContract, VictimCountCountsDistinctPersonsInRoleKorban) {
  auto siti = MakePerson("Siti");
  auto ani = MakePerson("Ani");
  auto joko = MakePerson("Joko");
  SavePerson(siti);
  SavePerson(ani);
  SavePerson(joko);
  Case c = MakeCase(NextId());
  Case other = MakeCase(NextId());
  const CaseParty siti_victim = MakeParty(NextId(), c.id, siti.id, "KORBAN", 100);
  const CaseParty siti_reporter = MakeParty(NextId(), c.id, siti.id, "PELAPOR", 101);
  CaseParty ani_victim = MakeParty(NextId(), c.id, ani.id, "KORBAN", 102);
  ani_victim.note = "ditemukan di penampungan";
  CaseParty joko_perpetrator = MakeParty(NextId(), c.id, joko.id, "PELAKU", 99);
  joko_perpetrator.relationship_to_victim = "MAJIKAN";
  {
    auto uow = Write();
    ASSERT_OK(uow->cases().Insert(c));
    ASSERT_OK(uow->cases().Insert(other));
    for (const CaseParty& p : {siti_victim, siti_reporter, ani_victim, joko_perpetrator}) {
      ASSERT_OK(uow->cases().InsertParty(p));
    }
    ASSERT_OK(uow->cases().InsertParty(MakeParty(NextId(), other.id, joko.id, "KORBAN", 103)));
    EXPECT_ERROR(uow->cases().InsertParty(MakeParty(NextId(), c.id, siti.id, "KORBAN", 104)), ErrorCode::kConflict,
                 "case_party.exists");
    CaseParty same_id = siti_victim;
    same_id.role = "SAKSI";
    EXPECT_ERROR(uow->cases().InsertParty(same_id), ErrorCode::kConflict, "case_party.exists");
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Read();
    auto got = uow->cases().Get(c.id);
    ASSERT_OK(got);
    EXPECT_EQ(got->victim_count, 2);
    auto listed = uow->cases().List({}, {});
    ASSERT_OK(listed);
    ASSERT_EQ(listed->items.size(), 2u);
    EXPECT_EQ(listed->items[0].victim_count, 2);
    EXPECT_EQ(listed->items[1].victim_count, 1);
    auto parties = uow->cases().ListParties(c.id);
    ASSERT_OK(parties);
    EXPECT_EQ(*parties, (std::vector<CaseParty>{joko_perpetrator, siti_victim, siti_reporter, ani_victim}));
    auto none = uow->cases().ListParties("01NOCASE");
    ASSERT_OK(none);
    EXPECT_TRUE(none->empty());
  }
  {
    auto uow = Write();
    EXPECT_ERROR(uow->cases().DeleteParty(other.id, ani_victim.id), ErrorCode::kNotFound, "case_party.not_found");
    EXPECT_ERROR(uow->cases().DeleteParty(c.id, "01NOPARTY"), ErrorCode::kNotFound, "case_party.not_found");
    ASSERT_OK(uow->cases().DeleteParty(c.id, siti_victim.id));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->cases().Get(c.id);
  ASSERT_OK(got);
  EXPECT_EQ(got->victim_count, 1);  // Siti is still the reporter, no longer a victim
  auto parties = uow->cases().ListParties(c.id);
  ASSERT_OK(parties);
  EXPECT_EQ(Ids(*parties), (std::vector<std::string>{joko_perpetrator.id, siti_reporter.id, ani_victim.id}));
}

TEST_P(CaseContract, PartiesScreeningsAndTransitionsNeedTheirCaseAndPerson) {
  auto siti = MakePerson("Siti");
  SavePerson(siti);
  Case c = MakeCase(NextId());
  auto uow = Write();
  ASSERT_OK(uow->cases().Insert(c));
  EXPECT_ERROR(uow->cases().InsertParty(MakeParty(NextId(), c.id, "01NOBODY", "KORBAN", 1)), ErrorCode::kNotFound,
               "person.not_found");
  EXPECT_ERROR(uow->cases().InsertParty(MakeParty(NextId(), "01NOCASE", siti.id, "KORBAN", 1)), ErrorCode::kNotFound,
               "case.not_found");
  EXPECT_ERROR(uow->cases().InsertScreening(MakeScreening(NextId(), c.id, "01NOBODY", 1)), ErrorCode::kNotFound,
               "person.not_found");
  EXPECT_ERROR(uow->cases().InsertScreening(MakeScreening(NextId(), "01NOCASE", siti.id, 1)), ErrorCode::kNotFound,
               "case.not_found");
  CaseTransition t;
  t.id = NextId();
  t.case_id = "01NOCASE";
  t.to = CaseStatus::kIdentification;
  t.effective_date = Date{2025, 3, 11};
  t.at = Ms(1'700'000'300'000);
  t.actor = "tester";
  EXPECT_ERROR(uow->cases().InsertTransition(t), ErrorCode::kNotFound, "case.not_found");
  ASSERT_OK(uow->cases().InsertParty(MakeParty(NextId(), c.id, siti.id, "KORBAN", 1)));
}

TEST_P(CaseContract, ScreeningRoundTripsAndOnlyItsDeterminationChanges) {
  auto siti = MakePerson("Siti");
  auto ani = MakePerson("Ani");
  SavePerson(siti);
  SavePerson(ani);
  Case c = MakeCase(NextId());
  CaseScreening later = MakeScreening(NextId(), c.id, siti.id, 2'000);
  CaseScreening earlier = MakeScreening(NextId(), c.id, ani.id, 1'000);
  earlier.input = {};  // defaults round-trip too: no acts, age unknown
  earlier.result = {};
  earlier.result.result = "TIDAK_TERINDIKASI";
  earlier.determination = "BUKAN_TPPO";
  earlier.determination_note = "Tidak ada unsur cara.";
  earlier.determined_at = Ms(1'500);
  earlier.determined_by = "supervisor";
  {
    auto uow = Write();
    ASSERT_OK(uow->cases().Insert(c));
    ASSERT_OK(uow->cases().InsertScreening(later));
    ASSERT_OK(uow->cases().InsertScreening(earlier));
    EXPECT_ERROR(uow->cases().InsertScreening(later), ErrorCode::kConflict, "case_screening.exists");
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Read();
    auto got = uow->cases().GetScreening(later.id);
    ASSERT_OK(got);
    ExpectSameScreening(*got, later);
    auto listed = uow->cases().ListScreenings(c.id);
    ASSERT_OK(listed);
    ASSERT_EQ(listed->size(), 2u);
    ExpectSameScreening((*listed)[0], earlier);
    ExpectSameScreening((*listed)[1], later);
    EXPECT_ERROR(uow->cases().GetScreening("01NOSCREENING"), ErrorCode::kNotFound, "case_screening.not_found");
  }
  CaseScreening determined = later;
  determined.determination = "TPPO";
  determined.determination_note = "Unsur proses, cara dan tujuan terpenuhi; korban anak.";
  determined.determined_at = Ms(3'000);
  determined.determined_by = "supervisor";
  {
    auto uow = Write();
    CaseScreening attempt = determined;  // everything else of a screening stays as recorded
    attempt.input.acts = {"PENAMPUNGAN"};
    attempt.result.result = "CHANGED";
    attempt.screened_by = "someone-else";
    ASSERT_OK(uow->cases().UpdateScreeningDetermination(attempt));
    CaseScreening unknown = determined;
    unknown.id = "01NOSCREENING";
    EXPECT_ERROR(uow->cases().UpdateScreeningDetermination(unknown), ErrorCode::kNotFound, "case_screening.not_found");
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->cases().GetScreening(later.id);
  ASSERT_OK(got);
  ExpectSameScreening(*got, determined);
}

TEST_P(CaseContract, TransitionsAreListedOldestFirst) {
  Case c = MakeCase(NextId());
  Case other = MakeCase(NextId());
  auto move = [&](const std::string& case_id, CaseStatus from, CaseStatus to, std::int64_t at) {
    CaseTransition t;
    t.id = NextId();
    t.case_id = case_id;
    t.from = from;
    t.to = to;
    t.effective_date = Date{2025, 3, 12};
    t.at = Ms(at);
    t.actor = "tester";
    return t;
  };
  CaseTransition first = move(c.id, CaseStatus::kIntake, CaseStatus::kIdentification, 1'000);
  CaseTransition second = move(c.id, CaseStatus::kIdentification, CaseStatus::kClosurePending, 2'000);
  second.reason = "Bukan kasus.";
  second.closure_reason = "BUKAN_KASUS";
  CaseTransition tie = move(c.id, CaseStatus::kClosurePending, CaseStatus::kClosed, 2'000);  // same ms: by id
  CaseTransition elsewhere = move(other.id, CaseStatus::kIntake, CaseStatus::kIdentification, 500);
  {
    auto uow = Write();
    ASSERT_OK(uow->cases().Insert(c));
    ASSERT_OK(uow->cases().Insert(other));
    for (const CaseTransition& t : {tie, elsewhere, second, first}) ASSERT_OK(uow->cases().InsertTransition(t));
    EXPECT_ERROR(uow->cases().InsertTransition(first), ErrorCode::kConflict, "case_transition.exists");
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto listed = uow->cases().ListTransitions(c.id);
  ASSERT_OK(listed);
  EXPECT_EQ(*listed, (std::vector<CaseTransition>{first, second, tie}));
  auto none = uow->cases().ListTransitions("01NOCASE");
  ASSERT_OK(none);
  EXPECT_TRUE(none->empty());
}

// Backends that store at rest seal the case narrative, the reporter and the determination note under the active
// key (the in-memory fake stores nothing at rest and counts nothing).
TEST_P(StorageContract, CaseSealedColumnsAreCountedUnderTheActiveKey) {
  auto siti = MakePerson("Siti");
  SavePerson(siti);
  Case c = WithEverything(MakeCase(NextId()));
  Case quiet = MakeCase(NextId());  // no summary, no reporter: nothing to seal
  CaseScreening s = MakeScreening(NextId(), c.id, siti.id, 1'000);
  s.determination = "TPPO";
  s.determination_note = "Korban anak; unsur terpenuhi.";
  {
    auto uow = Write();
    ASSERT_OK(uow->cases().Insert(c));
    ASSERT_OK(uow->cases().Insert(quiet));
    ASSERT_OK(uow->cases().InsertScreening(s));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto counts = uow->data_keys().CountSealed();
  ASSERT_OK(counts);
  const std::string active = ContractKeys()->active_id();
  for (const char* column :
       {"cases.summary", "cases.reporter_name", "cases.reporter_contact", "case_screenings.determination_note"}) {
    EXPECT_NE(std::find(counts->begin(), counts->end(), domain::ports::SealedValueCount{column, active, 1}),
              counts->end())
        << column;
  }
  auto got = uow->cases().Get(quiet.id);
  ASSERT_OK(got);
  EXPECT_TRUE(got->data.summary.empty());
  EXPECT_FALSE(got->data.reporter_name.has_value());
}

}  // namespace
}  // namespace sinergi::contract
