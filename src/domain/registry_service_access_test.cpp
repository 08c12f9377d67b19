// Record-level access in the services (domain/policy.hpp applied by RegistryService, JourneyService and
// AccessService): out-of-scope records are "not found", lists drop them, protected persons are masked, and
// break-the-glass opens one record for a few hours with an audit entry and a supervisor notification.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "core/clock.hpp"
#include "domain/access_service.hpp"
#include "domain/journey_service.hpp"
#include "domain/name_match.hpp"
#include "domain/registry_service.hpp"
#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const core::Timestamp kNow = std::chrono::sys_days{std::chrono::year{2025} / 6 / 1} + std::chrono::hours{10};

Actor User(const std::string& id, const std::string& agency, const std::string& region, const std::string& scope,
           const std::string& role) {
  Actor a;
  a.id = id;
  a.display_name = "User " + id;
  a.agency_id = agency;
  a.agency_region = region;
  a.scope = scope;
  a.roles = {role};
  return a;
}

class RecordAccessTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_.MutateForTest([](test_doubles::InMemoryState& s) {
      s.countries["MY"] = Country{"MY", "MYS", "Malaysia", "Malaysia"};
      Agency a;
      a.id = "agency-a";
      a.code = "A";
      a.region_code = "33";
      Agency b;
      b.id = "agency-b";
      b.code = "B";
      b.region_code = "51";
      s.agencies[a.id] = a;
      s.agencies[b.id] = b;
    });
  }

  Person Create(const Actor& actor, const std::string& name, bool protect = false) {
    PersonData d;
    d.full_name = name;
    d.phone = "+6281234567";
    d.address_line = "Jl. Mawar 1";
    d.birth_place = "Salatiga";
    d.birth_date = core::Date{1990, 1, 1};
    d.protected_identity = protect;
    auto p = registry_.CreatePerson(actor, d);
    SINERGI_CHECK(p.ok());
    return *p;
  }

  std::vector<AuditEntry> Audit() { return db_.SnapshotForTest().audit; }

  test_doubles::InMemoryDatabase db_;
  core::ManualClock clock_{kNow};
  test_doubles::SequentialIdGenerator ids_;
  RegionDirectory regions_{{{"33", 1, std::nullopt, "Jawa Tengah"}, {"51", 1, std::nullopt, "Bali"}}};
  RegistryService registry_{db_, clock_, ids_, regions_};
  JourneyService journeys_{db_, clock_, ids_};
  AccessService access_{db_, clock_, ids_};

  const Actor worker_a_ = User("worker-a", "agency-a", "33", "AGENCY", "CASE_WORKER");
  const Actor viewer_a_ = User("viewer-a", "agency-a", "33", "AGENCY", "VIEWER");
  const Actor worker_b_ = User("worker-b", "agency-b", "51", "AGENCY", "CASE_WORKER");
  const Actor police_b_ = User("police-b", "agency-b", "51", "REGION", "POLICE_INVESTIGATOR");
  const Actor supervisor_a_ = User("sup-a", "agency-a", "33", "AGENCY", "SUPERVISOR");
};

TEST_F(RecordAccessTest, CreateRecordsTheOwningAgency) {
  EXPECT_EQ(Create(worker_a_, "Siti").owner_agency_id, "agency-a");
  Actor system;
  system.id = "system:demo";
  EXPECT_FALSE(Create(system, "Demo").owner_agency_id.has_value());
}

TEST_F(RecordAccessTest, OutOfScopeReadsAreNotFoundAndAudited) {
  const Person p = Create(worker_a_, "Siti");
  auto refused = registry_.GetPerson(worker_b_, p.id);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), core::ErrorCode::kNotFound);
  EXPECT_EQ(refused.error().reason(), "person.not_found");
  const AuditEntry last = Audit().back();
  EXPECT_EQ(last.action, "read");
  EXPECT_EQ(last.entity_id, p.id);
  EXPECT_EQ(last.detail, "refused: out_of_scope");

  EXPECT_TRUE(registry_.GetPerson(worker_a_, p.id).ok());
  EXPECT_EQ(registry_.History(worker_b_, "person", p.id, {}).error().code(), core::ErrorCode::kNotFound);
  EXPECT_EQ(registry_.ListFamily(worker_b_, p.id).error().code(), core::ErrorCode::kNotFound);
}

TEST_F(RecordAccessTest, OutOfScopeWritesAreNotFound) {
  const Person p = Create(worker_a_, "Siti");
  PersonData d = p.data;
  d.full_name = "Siti A";
  EXPECT_EQ(registry_.UpdatePerson(worker_b_, p.id, d, 1).error().reason(), "person.not_found");
  EXPECT_EQ(registry_.DeletePerson(worker_b_, p.id, "dup", 1).error().reason(), "person.not_found");
  const Person mine = Create(worker_b_, "Budi");
  EXPECT_EQ(registry_.AddFamilyLink(worker_b_, mine.id, p.id, "PASANGAN").error().reason(), "person.not_found");
  JourneyData j;
  j.placement_scheme = "BADAN";
  j.destination_country = "MY";
  EXPECT_EQ(journeys_.CreateJourney(worker_b_, p.id, j).error().reason(), "person.not_found");
}

TEST_F(RecordAccessTest, ListsAndSearchesDropOutOfScopeRecords) {
  const Person a = Create(worker_a_, "Siti Aminah");
  const Person b = Create(worker_b_, "Siti Badriah");
  auto list_a = registry_.ListPersons(worker_a_, {}, {});
  ASSERT_TRUE(list_a.ok());
  ASSERT_EQ(list_a->items.size(), 1U);
  EXPECT_EQ(list_a->items[0].id, a.id);
  EXPECT_EQ(Audit().back().record_ids, std::vector<std::string>{a.id});  // the audit names what was returned

  auto found = registry_.SearchPersons(worker_b_, "Siti", 10);
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 1U);
  EXPECT_EQ((*found)[0].person.id, b.id);
}

// The scope is part of the query: a narrow scope gets full pages of its own records and a cursor that ends with
// them, however many records of other agencies lie between.
TEST_F(RecordAccessTest, ListPagesAreFullOfInScopeRecords) {
  std::vector<std::string> mine;
  std::vector<std::string> my_journeys;
  JourneyData data;
  data.placement_scheme = "BADAN";
  data.destination_country = "MY";
  for (int i = 0; i < 9; ++i) {
    const bool own = i == 3 || i == 7 || i == 8;
    const Actor& creator = own ? worker_a_ : worker_b_;
    const Person p = Create(creator, "Person " + std::to_string(i));
    auto j = journeys_.CreateJourney(creator, p.id, data);
    ASSERT_TRUE(j.ok()) << j.error().message();
    if (own) {
      mine.push_back(p.id);
      my_journeys.push_back(j->id);
    }
  }
  auto first = registry_.ListPersons(worker_a_, {}, {.limit = 2, .after = std::nullopt});
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->items.size(), 2U);
  EXPECT_EQ(first->items[0].id, mine[0]);
  EXPECT_EQ(first->items[1].id, mine[1]);
  ASSERT_TRUE(first->next_after.has_value());
  auto second = registry_.ListPersons(worker_a_, {}, {.limit = 2, .after = first->next_after});
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(second->items.size(), 1U);
  EXPECT_EQ(second->items[0].id, mine[2]);
  EXPECT_FALSE(second->next_after.has_value());

  auto journeys = journeys_.ListJourneys(worker_a_, {}, {.limit = 3, .after = std::nullopt});
  ASSERT_TRUE(journeys.ok());
  ASSERT_EQ(journeys->items.size(), 3U);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(journeys->items[i].id, my_journeys[i]);
  EXPECT_FALSE(journeys->next_after.has_value());
}

// Out-of-scope persons take up none of the name search's candidate limit (200), so a common name still finds
// the actor's own record.
TEST_F(RecordAccessTest, OutOfScopeNamesDoNotCrowdTheSearch) {
  db_.MutateForTest([](test_doubles::InMemoryState& s) {
    for (int i = 0; i < 250; ++i) {
      Person p;
      p.id = "00-other-" + std::to_string(1000 + i);  // sorts before the ids the service gives
      p.version = 1;
      p.data.full_name = "Siti Aminah";
      p.owner_agency_id = "agency-b";
      p.created_by = "worker-b";
      s.persons[p.id] = {p, {NameKey(p.data.full_name)}};
    }
  });
  const Person mine = Create(worker_a_, "Siti Aminah");
  auto found = registry_.SearchPersons(worker_a_, "Siti Aminah", 10);
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 1U);
  EXPECT_EQ((*found)[0].person.id, mine.id);
}

TEST_F(RecordAccessTest, ListsIncludeRecordsOpenedByBreakTheGlass) {
  const Person p = Create(worker_a_, "Siti");
  const Person own = Create(worker_b_, "Budi");
  ASSERT_TRUE(access_.BreakGlass(worker_b_, p.id, "Laporan polisi nomor 12/2025 tentang TPPO").ok());
  auto listed = registry_.ListPersons(worker_b_, {}, {});
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->items.size(), 2U);
  EXPECT_EQ(listed->items[0].id, p.id);
  EXPECT_EQ(listed->items[1].id, own.id);
  auto found = registry_.SearchPersons(worker_b_, "Siti", 10);
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 1U);
  EXPECT_EQ((*found)[0].person.id, p.id);

  clock_.Set(kNow + std::chrono::hours(4));  // the grant has expired
  auto later = registry_.ListPersons(worker_b_, {}, {});
  ASSERT_TRUE(later.ok());
  ASSERT_EQ(later->items.size(), 1U);
  EXPECT_EQ(later->items[0].id, own.id);
}

TEST_F(RecordAccessTest, RegionScopeFollowsTheOwningAgencyOrTheAddress) {
  const Person a = Create(worker_a_, "Siti");  // agency-a lies in 33
  EXPECT_EQ(registry_.GetPerson(police_b_, a.id).error().reason(), "person.not_found");
  Actor police_33 = police_b_;
  police_33.agency_region = "33";
  EXPECT_TRUE(registry_.GetPerson(police_33, a.id).ok());
}

TEST_F(RecordAccessTest, ProtectedPersonsAreMaskedForViewers) {
  const Person p = Create(worker_a_, "Saksi", /*protect=*/true);
  auto seen = registry_.GetPerson(viewer_a_, p.id);
  ASSERT_TRUE(seen.ok());
  EXPECT_FALSE(seen->data.phone.has_value());
  EXPECT_FALSE(seen->data.address_line.has_value());
  EXPECT_FALSE(seen->data.birth_place.has_value());
  EXPECT_EQ(seen->data.full_name, "Saksi");
  EXPECT_THAT(seen->masked_fields,
              ElementsAre("address_line", "address_region_code", "phone", "birth_place", "passport_number"));

  auto full = registry_.GetPerson(worker_a_, p.id);
  ASSERT_TRUE(full.ok());
  EXPECT_EQ(full->data.phone, "+6281234567");
  EXPECT_THAT(full->masked_fields, IsEmpty());

  auto listed = registry_.ListPersons(viewer_a_, {}, {});
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->items.size(), 1U);
  EXPECT_FALSE(listed->items[0].data.phone.has_value());

  // The history does not carry the hidden values either.
  auto history = registry_.History(viewer_a_, "person", p.id, {});
  ASSERT_TRUE(history.ok());
  for (const ChangeRecord& r : history->items) {
    for (const FieldChange& c : r.changes) {
      if (c.field == "phone") {
        EXPECT_FALSE(c.after.has_value());
      }
    }
  }
}

TEST_F(RecordAccessTest, ChildrenAreMaskedEvenWhenNotMarked) {
  PersonData d;
  d.full_name = "Anak";
  d.birth_date = core::Date{2015, 1, 1};
  d.phone = "+6281234567";
  auto child = registry_.CreatePerson(worker_a_, d);
  ASSERT_TRUE(child.ok());
  auto seen = registry_.GetPerson(viewer_a_, child->id);
  ASSERT_TRUE(seen.ok());
  EXPECT_FALSE(seen->data.phone.has_value());
}

TEST_F(RecordAccessTest, AWriterWhoCannotSeeHiddenFieldsKeepsThem) {
  const Person p = Create(worker_a_, "Saksi", /*protect=*/true);
  const Actor national_worker = User("nat", "agency-b", "51", "NATIONAL", "CASE_WORKER");
  // A case worker of another agency whose region covers the record sees it, but not its hidden fields.
  const Actor region_worker = User("rw", "agency-b", "33", "REGION", "CASE_WORKER");
  auto masked = registry_.GetPerson(region_worker, p.id);
  ASSERT_TRUE(masked.ok());
  PersonData d = masked->data;  // phone, address... are empty here
  d.full_name = "Saksi Baru";
  d.protected_identity = false;
  auto updated = registry_.UpdatePerson(region_worker, p.id, d, masked->version);
  ASSERT_TRUE(updated.ok()) << updated.error().message();
  EXPECT_FALSE(updated->data.phone.has_value());  // the answer is masked too
  auto stored = registry_.GetPerson(national_worker, p.id);
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->data.full_name, "Saksi Baru");
  EXPECT_EQ(stored->data.phone, "+6281234567");
  EXPECT_TRUE(stored->data.protected_identity);
}

TEST_F(RecordAccessTest, JourneysFollowTheirPerson) {
  const Person p = Create(worker_a_, "Siti");
  JourneyData data;
  data.placement_scheme = "BADAN";
  data.destination_country = "MY";
  auto j = journeys_.CreateJourney(worker_a_, p.id, data);
  ASSERT_TRUE(j.ok()) << j.error().message();
  EXPECT_EQ(journeys_.GetJourney(worker_b_, j->id).error().reason(), "journey.not_found");
  EXPECT_EQ(journeys_.Transitions(worker_b_, j->id).error().reason(), "journey.not_found");
  auto listed = journeys_.ListJourneys(worker_b_, {}, {});
  ASSERT_TRUE(listed.ok());
  EXPECT_THAT(listed->items, IsEmpty());
  EXPECT_TRUE(journeys_.GetJourney(worker_a_, j->id).ok());
}

TEST_F(RecordAccessTest, BreakGlassNeedsAReason) {
  const Person p = Create(worker_a_, "Siti");
  auto short_reason = access_.BreakGlass(worker_b_, p.id, "  too short  ");
  ASSERT_FALSE(short_reason.ok());
  EXPECT_EQ(short_reason.error().fields().at(0).field, "reason");
  EXPECT_EQ(access_.BreakGlass(worker_b_, "missing", std::string(30, 'x')).error().reason(), "person.not_found");
  const Actor analyst = User("an", "agency-b", "51", "NATIONAL", "DATA_ANALYST");
  EXPECT_EQ(access_.BreakGlass(analyst, p.id, std::string(30, 'x')).error().code(), core::ErrorCode::kForbidden);
}

TEST_F(RecordAccessTest, BreakGlassOpensTheRecordForFourHoursAndNotifiesTheSupervisor) {
  const Person p = Create(worker_a_, "Saksi", /*protect=*/true);
  const std::string reason = "Laporan polisi nomor 12/2025 tentang TPPO";
  auto grant = access_.BreakGlass(worker_b_, p.id, reason);
  ASSERT_TRUE(grant.ok()) << grant.error().message();
  EXPECT_EQ(grant->expires_at, kNow + std::chrono::hours(4));
  const AuditEntry audit = Audit().back();
  EXPECT_EQ(audit.action, "break_glass");
  EXPECT_EQ(audit.detail, "reason_length: " + std::to_string(reason.size()));
  EXPECT_EQ(audit.detail.find("TPPO"), std::string::npos);

  auto opened = registry_.GetPerson(worker_b_, p.id);
  ASSERT_TRUE(opened.ok());
  EXPECT_EQ(opened->data.phone, "+6281234567");  // the grant also opens the sensitive fields

  auto notes = access_.Notifications(supervisor_a_);
  ASSERT_TRUE(notes.ok());
  ASSERT_EQ(notes->size(), 1U);
  EXPECT_EQ((*notes)[0].person_id, p.id);
  EXPECT_EQ((*notes)[0].kind, "BREAK_GLASS");
  EXPECT_THAT(access_.Notifications(worker_a_).value(), IsEmpty());  // supervisors only
  EXPECT_THAT(access_.Notifications(worker_b_).value(), IsEmpty());  // the owning agency only

  EXPECT_EQ(access_.MarkRead(worker_a_, (*notes)[0].id).error().reason(), "notification.not_found");
  auto read = access_.MarkRead(supervisor_a_, (*notes)[0].id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->read_at, kNow);

  clock_.Set(kNow + std::chrono::hours(4));
  EXPECT_EQ(registry_.GetPerson(worker_b_, p.id).error().reason(), "person.not_found");
}

}  // namespace
}  // namespace sinergi::domain
