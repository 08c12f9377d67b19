// Persons: round trip, optimistic concurrency, NIK uniqueness, keyset pagination, filters, name candidates.
#include <algorithm>
#include <set>

#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

using core::ErrorCode;
using domain::Person;
using domain::ports::PageRequest;
using domain::ports::PersonFilter;

const domain::ListScope kEverything = domain::ListScope::Everything();

Person FullPerson(Person p) {
  p.data.aliases = {"Siti N. \"Ica\" Haliza", "Ica"};
  p.data.passport_number = "C1234567";
  p.data.sex = "P";
  p.data.birth_date = core::Date{1995, 2, 28};
  p.data.birth_place = "Cilacap";
  p.data.address_line = "Jl. Mawar 3\nRT 01/RW 02";
  p.data.address_region_code = "33.01.01.2001";
  p.data.phone = "+6281234567890";
  p.data.marital_status = "BELUM_KAWIN";
  p.data.education = "SMA";
  p.data.skills = {"memasak", "merawat lansia", "bahasa \\ Mandarin"};
  p.data.pmi_status = "CALON_PMI";
  p.data.protected_identity = true;
  p.warnings = {{"nik.sex_mismatch", "sex", "NIK says \"male\""}};
  return p;
}

void ExpectSamePerson(const Person& a, const Person& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.version, b.version);
  EXPECT_EQ(a.data, b.data);
  EXPECT_EQ(a.warnings, b.warnings);
  EXPECT_EQ(a.created_at, b.created_at);
  EXPECT_EQ(a.updated_at, b.updated_at);
  EXPECT_EQ(a.created_by, b.created_by);
  EXPECT_EQ(a.updated_by, b.updated_by);
  EXPECT_EQ(a.deleted_at, b.deleted_at);
  EXPECT_EQ(a.delete_reason, b.delete_reason);
  EXPECT_EQ(a.owner_agency_id, b.owner_agency_id);
}

TEST_P(StorageContract, PersonInsertGetRoundTrip) {
  Person p = FullPerson(MakePerson("Siti Nurhaliza", "3301014102950001"));
  p.owner_agency_id = "agency-1";  // not a foreign key: an agency's records outlive its row
  SavePerson(p, {"sitinurhaliza"});
  {
    auto uow = Read();
    auto got = uow->persons().Get(p.id);
    ASSERT_OK(got);
    ExpectSamePerson(*got, p);
  }
  Person minimal = MakePerson("Budi");
  SavePerson(minimal);
  auto uow2 = Read();
  auto got2 = uow2->persons().Get(minimal.id);
  ASSERT_OK(got2);
  ExpectSamePerson(*got2, minimal);
}

TEST_P(StorageContract, PersonGetUnknownIsNotFound) {
  auto uow = Read();
  EXPECT_ERROR(uow->persons().Get("01NOPE"), ErrorCode::kNotFound, "person.not_found");
}

TEST_P(StorageContract, PersonDuplicateIdConflicts) {
  Person p = MakePerson("Budi");
  SavePerson(p);
  auto uow = Write();
  EXPECT_ERROR(uow->persons().Insert(p, {}), ErrorCode::kConflict, "person.exists");
}

TEST_P(StorageContract, PersonGetManyReturnsExistingOnly) {
  Person a = MakePerson("A"), b = MakePerson("B");
  SavePerson(a);
  SavePerson(b);
  auto uow = Read();
  auto got = uow->persons().GetMany({a.id, "01MISSING", b.id, a.id});
  ASSERT_OK(got);
  std::set<std::string> ids;
  for (const Person& p : *got) ids.insert(p.id);
  EXPECT_EQ(ids, (std::set<std::string>{a.id, b.id}));
  auto none = uow->persons().GetMany({});
  ASSERT_OK(none);
  EXPECT_TRUE(none->empty());
}

TEST_P(StorageContract, PersonUpdateReplacesRowAndNameKeys) {
  Person p = MakePerson("Siti Aminah", "3301014102950001");
  SavePerson(p, {"sitiaminah"});
  Person changed = FullPerson(p);
  changed.version = 2;
  changed.data.full_name = "Dewi Lestari";
  changed.updated_at = Ms(1'700'000'500'000);
  changed.updated_by = "editor";
  {
    auto uow = Write();
    ASSERT_OK(uow->persons().Update(changed, 1, {"dewilestari"}));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->persons().Get(p.id);
  ASSERT_OK(got);
  ExpectSamePerson(*got, changed);
  auto old_key = uow->persons().FindNameCandidates("sitiaminah", 10, kEverything);
  ASSERT_OK(old_key);
  EXPECT_TRUE(std::none_of(old_key->begin(), old_key->end(), [](const auto& c) { return c.name_key == "sitiaminah"; }));
  auto new_key = uow->persons().FindNameCandidates("dewilestari", 10, kEverything);
  ASSERT_OK(new_key);
  ASSERT_FALSE(new_key->empty());
  EXPECT_EQ(new_key->front().person_id, p.id);
}

TEST_P(StorageContract, PersonUpdateWithStaleVersionIsPreconditionFailed) {
  Person p = MakePerson("Budi");
  SavePerson(p);
  Person v2 = p;
  v2.version = 2;
  {
    auto uow = Write();
    ASSERT_OK(uow->persons().Update(v2, 1, {}));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Write();
  Person stale = p;
  stale.version = 2;
  stale.data.full_name = "Lost update";
  EXPECT_ERROR(uow->persons().Update(stale, 1, {}), ErrorCode::kPreconditionFailed, "version_mismatch");
  Person ghost = MakePerson("Ghost");
  EXPECT_ERROR(uow->persons().Update(ghost, 1, {}), ErrorCode::kNotFound, "person.not_found");
}

TEST_P(StorageContract, PersonNikUniqueAmongLivePersons) {
  Person a = MakePerson("A", "3301010101900001");
  SavePerson(a);
  {
    auto uow = Write();
    EXPECT_ERROR(uow->persons().Insert(MakePerson("B", a.data.nik), {}), ErrorCode::kConflict, "person.nik_taken");
  }
  // Updating another person onto a taken NIK conflicts too.
  Person c = MakePerson("C", "3301010101900002");
  SavePerson(c);
  {
    auto uow = Write();
    Person c2 = c;
    c2.version = 2;
    c2.data.nik = a.data.nik;
    EXPECT_ERROR(uow->persons().Update(c2, 1, {}), ErrorCode::kConflict, "person.nik_taken");
  }
  // Once A is soft-deleted, its NIK may be used again.
  {
    auto uow = Write();
    Person deleted = a;
    deleted.version = 2;
    deleted.deleted_at = Ms(1'700'000'900'000);
    deleted.delete_reason = "duplicate record";
    ASSERT_OK(uow->persons().Update(deleted, 1, {}));
    ASSERT_OK(uow->Commit());
  }
  Person d = MakePerson("D", a.data.nik);
  SavePerson(d);
  auto uow = Read();
  auto got = uow->persons().Get(a.id);
  ASSERT_OK(got);
  EXPECT_TRUE(got->deleted());
  EXPECT_EQ(got->delete_reason, "duplicate record");
}

TEST_P(StorageContract, PersonListPagesWithoutGapsOrDuplicates) {
  std::vector<std::string> expected;
  {
    auto uow = Write();
    for (int i = 0; i < 25; ++i) {
      Person p = MakePerson("Person " + std::to_string(i));
      expected.push_back(p.id);
      ASSERT_OK(uow->persons().Insert(p, {}));
    }
    ASSERT_OK(uow->Commit());
  }
  std::vector<std::string> seen;
  std::vector<std::size_t> sizes;
  PageRequest page{.limit = 10, .after = std::nullopt};
  auto uow = Read();
  for (int guard = 0; guard < 10; ++guard) {
    auto res = uow->persons().List({}, page);
    ASSERT_OK(res);
    sizes.push_back(res->items.size());
    for (const Person& p : res->items) seen.push_back(p.id);
    if (!res->next_after) break;
    EXPECT_EQ(*res->next_after, res->items.back().id);
    page.after = res->next_after;
  }
  EXPECT_EQ(sizes, (std::vector<std::size_t>{10, 10, 5}));
  EXPECT_EQ(seen, expected);

  // Exactly one full page: no next_after.
  auto exact = uow->persons().List({}, {.limit = 25, .after = std::nullopt});
  ASSERT_OK(exact);
  EXPECT_EQ(exact->items.size(), 25u);
  EXPECT_FALSE(exact->next_after.has_value());
}

TEST_P(StorageContract, PersonListFilters) {
  Person a = MakePerson("A", "3301010101900001");
  a.data.passport_number = "X1234567";
  a.data.sex = "P";
  a.data.pmi_status = "PMI";
  a.data.address_region_code = "33.01.02.2003";
  Person b = MakePerson("B");
  b.data.sex = "L";
  b.data.address_region_code = "33.01";
  Person c = MakePerson("C");
  c.data.sex = "P";
  c.data.address_region_code = "33.010.01";  // not below 33.01
  Person gone = MakePerson("Gone");
  gone.data.sex = "P";
  gone.deleted_at = Ms(1'700'000'000'001);
  for (const Person* p : {&a, &b, &c, &gone}) {
    SavePerson(*p);
  }

  auto uow = Read();
  auto ids = [&](const PersonFilter& f) {
    std::vector<std::string> out;
    auto res = uow->persons().List(f, {.limit = 50, .after = std::nullopt});
    EXPECT_TRUE(res.ok());
    if (res.ok()) {
      for (const Person& p : res->items) out.push_back(p.id);
    }
    return out;
  };
  using V = std::vector<std::string>;
  auto with = [](auto set) {
    PersonFilter f;
    set(f);
    return f;
  };
  EXPECT_EQ(ids({}), (V{a.id, b.id, c.id}));
  EXPECT_EQ(ids(with([](PersonFilter& f) { f.include_deleted = true; })), (V{a.id, b.id, c.id, gone.id}));
  EXPECT_EQ(ids(with([&](PersonFilter& f) { f.nik = a.data.nik; })), (V{a.id}));
  EXPECT_EQ(ids(with([](PersonFilter& f) { f.passport_number = "X1234567"; })), (V{a.id}));
  EXPECT_EQ(ids(with([](PersonFilter& f) { f.sex = "P"; })), (V{a.id, c.id}));
  EXPECT_EQ(ids(with([](PersonFilter& f) {
              f.sex = "P";
              f.include_deleted = true;
            })),
            (V{a.id, c.id, gone.id}));
  EXPECT_EQ(ids(with([](PersonFilter& f) { f.pmi_status = "PMI"; })), (V{a.id}));
  EXPECT_EQ(ids(with([](PersonFilter& f) { f.region_prefix = "33.01"; })), (V{a.id, b.id}));
  EXPECT_EQ(ids(with([](PersonFilter& f) { f.region_prefix = "33.01.02"; })), (V{a.id}));
  EXPECT_EQ(ids(with([](PersonFilter& f) { f.region_prefix = "34"; })), V{});
  EXPECT_EQ(ids(with([](PersonFilter& f) {
              f.sex = "P";
              f.region_prefix = "33.01";
            })),
            (V{a.id}));
}

TEST_P(StorageContract, PersonNameCandidatesFindExactAndTypos) {
  Person siti = MakePerson("Siti Nurhaliza");
  Person typo = MakePerson("Siti Nurhalisa");
  Person other = MakePerson("Budi Santoso");
  Person deleted = MakePerson("Siti Nurhaliza");
  deleted.deleted_at = Ms(1'700'000'000'001);
  SavePerson(siti, {"sitinurhaliza", "ica"});
  SavePerson(typo, {"sitinurhalisa"});
  SavePerson(other, {"budisantoso"});
  SavePerson(deleted, {"sitinurhaliza"});

  auto uow = Read();
  auto found = uow->persons().FindNameCandidates("sitinurhaliza", 10, kEverything);
  ASSERT_OK(found);
  ASSERT_GE(found->size(), 2u);
  EXPECT_EQ(found->front().person_id, siti.id);
  EXPECT_EQ(found->front().name_key, "sitinurhaliza");
  std::set<std::string> ids;
  for (const auto& c : *found) ids.insert(c.person_id);
  EXPECT_TRUE(ids.count(typo.id));
  EXPECT_FALSE(ids.count(deleted.id));
  EXPECT_FALSE(ids.count(other.id));

  // A one-letter typo in the search finds the stored key as well.
  auto typo_search = uow->persons().FindNameCandidates("sitinurhaljza", 10, kEverything);
  ASSERT_OK(typo_search);
  std::set<std::string> typo_ids;
  for (const auto& c : *typo_search) typo_ids.insert(c.person_id);
  EXPECT_TRUE(typo_ids.count(siti.id));

  auto limited = uow->persons().FindNameCandidates("sitinurhaliza", 1, kEverything);
  ASSERT_OK(limited);
  EXPECT_EQ(limited->size(), 1u);

  // Keys shorter than a trigram fall back to prefix matching.
  auto short_key = uow->persons().FindNameCandidates("ic", 10, kEverything);
  ASSERT_OK(short_key);
  ASSERT_EQ(short_key->size(), 1u);
  EXPECT_EQ(short_key->front().person_id, siti.id);
  EXPECT_EQ(short_key->front().name_key, "ica");

  auto nothing = uow->persons().FindNameCandidates("zzzzqqq", 10, kEverything);
  ASSERT_OK(nothing);
  EXPECT_TRUE(nothing->empty());
}

}  // namespace
}  // namespace sinergi::contract
