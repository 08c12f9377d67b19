// RegistryService against the in-memory test double of the ports (testing/in_memory_database.hpp).
#include "domain/registry_service.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/clock.hpp"
#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;

const core::Timestamp kNow = std::chrono::sys_days{std::chrono::year{2025} / 6 / 1} + std::chrono::hours{10};
constexpr const char* kNik = "3373041205900001";  // male, born 1990-05-12

// A case worker of one agency: the policy lets them read and write the registry.
Actor Worker(const std::string& id) {
  Actor actor;
  actor.id = id;
  actor.display_name = "Officer " + id;
  actor.correlation_id = "corr-" + id;
  actor.agency_id = "agency-1";
  actor.roles = {"CASE_WORKER"};
  actor.ip = "192.0.2.10";
  actor.scope = "AGENCY";
  return actor;
}

class RegistryServiceTest : public ::testing::Test {
 protected:
  PersonData Named(const std::string& name) {
    PersonData d;
    d.full_name = name;
    return d;
  }
  Person Create(PersonData d) {
    auto p = svc_.CreatePerson(actor_, std::move(d));
    SINERGI_CHECK(p.ok());
    return *p;
  }
  std::vector<ChangeRecord> HistoryOf(const std::string& id) {
    auto page = svc_.History(actor_, "person", id, {});
    SINERGI_CHECK(page.ok());
    return page->items;
  }

  test_doubles::InMemoryDatabase db_;
  core::ManualClock clock_{kNow};
  test_doubles::SequentialIdGenerator ids_;
  RegionDirectory regions_{{{"33", 1, std::nullopt, "Jawa Tengah"},
                            {"33.73", 2, "33", "Kota Salatiga"},
                            {"33.73.04", 3, "33.73", "Sidomukti"}}};
  RegistryService svc_{db_, clock_, ids_, regions_};
  Actor actor_ = Worker("officer-1");
};

TEST_F(RegistryServiceTest, CreateStoresThePersonWithHistory) {
  PersonData d = Named("  Siti  Aminah ");
  d.nik = "3373 0412 0590 0001";
  d.sex = "PEREMPUAN";  // contradicts the NIK: saved, with a warning
  auto created = svc_.CreatePerson(actor_, d);
  ASSERT_TRUE(created.ok()) << created.error().message();
  EXPECT_EQ(created->version, 1);
  EXPECT_EQ(created->data.full_name, "Siti Aminah");
  EXPECT_EQ(created->data.nik, kNik);
  EXPECT_EQ(created->created_by, "officer-1");
  EXPECT_EQ(created->created_at, kNow);
  ASSERT_THAT(created->warnings, SizeIs(1));
  EXPECT_EQ(created->warnings[0].code, "nik.sex_mismatch");

  auto loaded = svc_.GetPerson(actor_, created->id);
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded->data, created->data);
  EXPECT_EQ(loaded->warnings, created->warnings);

  std::vector<ChangeRecord> history = HistoryOf(created->id);
  ASSERT_THAT(history, SizeIs(1));
  EXPECT_EQ(history[0].action, "create");
  EXPECT_EQ(history[0].actor, "officer-1");
  EXPECT_THAT(history[0].changes, ElementsAre(FieldChange{"full_name", std::nullopt, "\"Siti Aminah\""},
                                              FieldChange{"nik", std::nullopt, "\"3373041205900001\""},
                                              FieldChange{"sex", std::nullopt, "\"PEREMPUAN\""}));
  EXPECT_THAT(db_.SnapshotForTest().persons.at(created->id).name_keys, SizeIs(1));
}

TEST_F(RegistryServiceTest, InvalidInputStoresNothing) {
  PersonData d = Named("");
  d.phone = "abc";
  auto created = svc_.CreatePerson(actor_, d);
  ASSERT_FALSE(created.ok());
  EXPECT_EQ(created.error().code(), core::ErrorCode::kInvalid);
  EXPECT_EQ(created.error().reason(), "validation_failed");
  EXPECT_THAT(created.error().fields(), SizeIs(2));
  EXPECT_EQ(db_.CommitCountForTest(), 0);
}

TEST_F(RegistryServiceTest, DuplicateNikIsAConflict) {
  PersonData d = Named("Budi");
  d.nik = kNik;
  Create(d);
  auto second = svc_.CreatePerson(actor_, d);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().reason(), "person.nik_taken");
  EXPECT_THAT(db_.SnapshotForTest().persons, SizeIs(1));
  EXPECT_THAT(db_.SnapshotForTest().history, SizeIs(1));
}

TEST_F(RegistryServiceTest, AFailedCommitLeavesNothingBehind) {
  db_.FailNextCommitsForTest(1);
  auto created = svc_.CreatePerson(actor_, Named("Budi"));
  ASSERT_FALSE(created.ok());
  EXPECT_EQ(created.error().code(), core::ErrorCode::kUnavailable);
  EXPECT_THAT(db_.SnapshotForTest().persons, IsEmpty());
  EXPECT_THAT(db_.SnapshotForTest().history, IsEmpty());
}

TEST_F(RegistryServiceTest, UpdateBumpsTheVersionAndRecordsTheDiff) {
  Person p = Create(Named("Budi"));
  clock_.Set(kNow + std::chrono::hours{1});
  PersonData d = p.data;
  d.full_name = "Budi Santoso";
  d.phone = "0812-3456-789";
  auto updated = svc_.UpdatePerson(Worker("officer-2"), p.id, d, 1);
  ASSERT_TRUE(updated.ok()) << updated.error().message();
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(updated->updated_by, "officer-2");
  EXPECT_EQ(updated->created_by, "officer-1");
  EXPECT_EQ(updated->updated_at, kNow + std::chrono::hours{1});
  std::vector<ChangeRecord> history = HistoryOf(p.id);
  ASSERT_THAT(history, SizeIs(2));
  EXPECT_EQ(history[0].action, "update");  // newest first
  EXPECT_THAT(history[0].changes, ElementsAre(FieldChange{"full_name", "\"Budi\"", "\"Budi Santoso\""},
                                              FieldChange{"phone", std::nullopt, "\"08123456789\""}));
}

TEST_F(RegistryServiceTest, UpdateWithAStaleVersionIsRefused) {
  Person p = Create(Named("Budi"));
  auto updated = svc_.UpdatePerson(actor_, p.id, Named("Budi Santoso"), 7);
  ASSERT_FALSE(updated.ok());
  EXPECT_EQ(updated.error().code(), core::ErrorCode::kPreconditionFailed);
  EXPECT_EQ(svc_.GetPerson(actor_, p.id)->data.full_name, "Budi");
}

TEST_F(RegistryServiceTest, UpdateWithoutChangesWritesNothingButIsAudited) {
  Person p = Create(Named("Budi"));
  auto same = svc_.UpdatePerson(actor_, p.id, Named(" Budi "), 1);
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->version, 1);
  test_doubles::InMemoryState state = db_.SnapshotForTest();
  EXPECT_THAT(state.history, SizeIs(1));  // only the create
  ASSERT_THAT(state.audit, SizeIs(2));
  EXPECT_EQ(state.audit[1].action, "update");
  EXPECT_EQ(state.audit[1].entity_id, p.id);
  EXPECT_THAT(state.audit[1].fields, IsEmpty());
  EXPECT_EQ(state.audit[1].detail, "no changes");
}

TEST_F(RegistryServiceTest, DeleteIsSoftAndNeedsAReason) {
  Person p = Create(Named("Budi"));
  auto no_reason = svc_.DeletePerson(actor_, p.id, "  ", 1);
  ASSERT_FALSE(no_reason.ok());
  EXPECT_EQ(no_reason.error().fields().at(0).field, "reason");

  auto deleted = svc_.DeletePerson(actor_, p.id, "Duplicate of another record", 1);
  ASSERT_TRUE(deleted.ok());
  EXPECT_EQ(deleted->version, 2);
  EXPECT_TRUE(deleted->deleted());
  EXPECT_EQ(svc_.GetPerson(actor_, p.id).error().reason(), "person.not_found");
  EXPECT_TRUE(svc_.GetPerson(actor_, p.id, /*include_deleted=*/true)->deleted());
  EXPECT_EQ(svc_.UpdatePerson(actor_, p.id, Named("X"), 2).error().code(), core::ErrorCode::kNotFound);
  std::vector<ChangeRecord> history = HistoryOf(p.id);
  EXPECT_EQ(history[0].action, "delete");
  EXPECT_EQ(history[0].reason, "Duplicate of another record");
  EXPECT_THAT(svc_.ListPersons(actor_, {}, {})->items, IsEmpty());
}

TEST_F(RegistryServiceTest, SearchFindsByNikPassportNameAndAlias) {
  PersonData siti = Named("Siti Nurhaliza");
  siti.nik = kNik;
  siti.passport_number = "C1234567";
  Person s = Create(siti);
  PersonData other = Named("Dewi Lestari");
  other.aliases = {"Siti Nurhaliya"};  // one letter off
  Person o = Create(other);
  Person gone = Create(Named("Siti Nur Haliza"));
  ASSERT_TRUE(svc_.DeletePerson(actor_, gone.id, "test", 1).ok());
  Create(Named("Bambang Pamungkas"));

  auto by_nik = svc_.SearchPersons(actor_, "3373 0412 0590 0001", 10);
  ASSERT_TRUE(by_nik.ok());
  ASSERT_THAT(*by_nik, SizeIs(1));
  EXPECT_EQ((*by_nik)[0].matched_on, "nik");
  EXPECT_EQ((*by_nik)[0].score, 1.0);

  auto by_passport = svc_.SearchPersons(actor_, "c1234567", 10);
  ASSERT_TRUE(by_passport.ok());
  ASSERT_THAT(*by_passport, SizeIs(1));
  EXPECT_EQ((*by_passport)[0].matched_on, "passport_number");

  auto by_name = svc_.SearchPersons(actor_, "siti nur haliza", 10);
  ASSERT_TRUE(by_name.ok());
  ASSERT_THAT(*by_name, SizeIs(2));  // the deleted namesake is not shown
  EXPECT_EQ((*by_name)[0].person.id, s.id);
  EXPECT_EQ((*by_name)[0].matched_on, "name");
  EXPECT_EQ((*by_name)[1].person.id, o.id);
  EXPECT_EQ((*by_name)[1].matched_on, "alias");
  EXPECT_GT((*by_name)[0].score, (*by_name)[1].score);

  EXPECT_THAT(*svc_.SearchPersons(actor_, "siti nur haliza", 1), SizeIs(1));
  EXPECT_THAT(*svc_.SearchPersons(actor_, "Zulkarnain", 10), IsEmpty());
  EXPECT_EQ(svc_.SearchPersons(actor_, " a ", 10).error().fields().at(0).field, "q");
}

TEST_F(RegistryServiceTest, FamilyLinksReadFromBothSides) {
  Person mother = Create(Named("Siti"));
  Person child = Create(Named("Rina"));
  // "child is ANAK of mother"
  auto link = svc_.AddFamilyLink(actor_, mother.id, child.id, "ANAK");
  ASSERT_TRUE(link.ok()) << link.error().message();

  auto of_mother = svc_.ListFamily(actor_, mother.id);
  ASSERT_TRUE(of_mother.ok());
  ASSERT_THAT(*of_mother, SizeIs(1));
  EXPECT_EQ((*of_mother)[0].relation, "ANAK");
  EXPECT_EQ((*of_mother)[0].person.id, child.id);
  auto of_child = svc_.ListFamily(actor_, child.id);
  ASSERT_THAT(*of_child, SizeIs(1));
  EXPECT_EQ((*of_child)[0].relation, "ORANG_TUA");
  EXPECT_EQ((*of_child)[0].person.id, mother.id);

  EXPECT_EQ(HistoryOf(mother.id)[0].action, "link");
  EXPECT_EQ(HistoryOf(child.id)[0].action, "link");

  EXPECT_EQ(svc_.AddFamilyLink(actor_, child.id, mother.id, "ORANG_TUA").error().reason(), "family_link.exists");

  Person stranger = Create(Named("Joko"));
  EXPECT_EQ(svc_.RemoveFamilyLink(actor_, stranger.id, link->id).error().code(), core::ErrorCode::kNotFound);
  ASSERT_TRUE(svc_.RemoveFamilyLink(actor_, child.id, link->id).ok());
  EXPECT_THAT(*svc_.ListFamily(actor_, mother.id), IsEmpty());
  EXPECT_EQ(HistoryOf(mother.id)[0].action, "unlink");
}

TEST_F(RegistryServiceTest, FamilyLinkValidation) {
  Person a = Create(Named("Siti"));
  auto self = svc_.AddFamilyLink(actor_, a.id, a.id, "PASANGAN");
  ASSERT_FALSE(self.ok());
  EXPECT_EQ(self.error().fields().at(0).code, "self_link");

  Person b = Create(Named("Budi"));
  auto unknown = svc_.AddFamilyLink(actor_, a.id, b.id, "SEPUPU");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().fields().at(0).field, "relation");

  auto missing = svc_.AddFamilyLink(actor_, a.id, "nobody", "PASANGAN");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().reason(), "person.not_found");
  EXPECT_EQ(missing.error().fields().at(0).field, "related_person_id");

  ASSERT_TRUE(svc_.DeletePerson(actor_, b.id, "test", 1).ok());
  EXPECT_EQ(svc_.AddFamilyLink(actor_, a.id, b.id, "PASANGAN").error().code(), core::ErrorCode::kNotFound);
}

// --- Access policy and audit trail ---------------------------------------------------------------------------

Actor WithRoles(const std::string& id, std::vector<std::string> roles) {
  Actor actor = Worker(id);
  actor.roles = std::move(roles);
  return actor;
}

// Every audit field as one text, to prove personal data never reaches the trail.
std::string AuditText(const AuditEntry& e) {
  std::string text = e.actor_id + "|" + e.agency_id + "|" + e.ip + "|" + e.action + "|" + e.entity_type + "|" +
                     e.entity_id + "|" + e.detail;
  for (const std::string& id : e.record_ids) text += "|" + id;
  for (const std::string& field : e.fields) text += "|" + field;
  return text;
}

TEST_F(RegistryServiceTest, AViewerCannotWrite) {
  Person p = Create(Named("Budi"));
  const Actor viewer = WithRoles("viewer-1", {"VIEWER"});
  const int commits = db_.CommitCountForTest();
  EXPECT_EQ(svc_.CreatePerson(viewer, Named("Siti")).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(svc_.UpdatePerson(viewer, p.id, Named("Budi S"), 1).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(svc_.DeletePerson(viewer, p.id, "duplicate", 1).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(svc_.AddFamilyLink(viewer, p.id, p.id, "ANAK").error().reason(), "forbidden");
  EXPECT_EQ(svc_.RemoveFamilyLink(viewer, p.id, "link-1").error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(db_.CommitCountForTest(), commits);  // refused before anything was written or audited
  // ... but may read.
  EXPECT_TRUE(svc_.GetPerson(viewer, p.id).ok());
}

TEST_F(RegistryServiceTest, ADataAnalystCannotReadPersons) {
  Person p = Create(Named("Budi"));
  const Actor analyst = WithRoles("analyst-1", {"DATA_ANALYST"});
  EXPECT_EQ(svc_.GetPerson(analyst, p.id).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(svc_.ListPersons(analyst, {}, {}).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(svc_.SearchPersons(analyst, "Budi", 10).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(svc_.ListFamily(analyst, p.id).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(svc_.History(analyst, "person", p.id, {}).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(svc_.CreatePerson(analyst, Named("Siti")).error().code(), core::ErrorCode::kForbidden);
}

TEST_F(RegistryServiceTest, AnEmptyActorIsUnauthenticated) {
  Person p = Create(Named("Budi"));
  const Actor nobody;
  EXPECT_EQ(svc_.GetPerson(nobody, p.id).error().code(), core::ErrorCode::kUnauthenticated);
  EXPECT_EQ(svc_.ListPersons(nobody, {}, {}).error().reason(), "auth.required");
  EXPECT_EQ(svc_.CreatePerson(nobody, Named("Siti")).error().code(), core::ErrorCode::kUnauthenticated);
}

TEST_F(RegistryServiceTest, AReadLeavesAReadEntry) {
  Person p = Create(Named("Budi"));
  ASSERT_TRUE(svc_.GetPerson(actor_, p.id).ok());
  const AuditEntry e = db_.SnapshotForTest().audit.back();
  EXPECT_EQ(e.action, "read");
  EXPECT_EQ(e.entity_type, "person");
  EXPECT_EQ(e.entity_id, p.id);
  EXPECT_EQ(e.actor_id, "officer-1");
  EXPECT_EQ(e.agency_id, "agency-1");
  EXPECT_EQ(e.ip, "192.0.2.10");
  EXPECT_EQ(e.at, kNow);

  ASSERT_TRUE(svc_.History(actor_, "person", p.id, {}).ok());
  EXPECT_EQ(db_.SnapshotForTest().audit.back().detail, "history");
  ASSERT_TRUE(svc_.ListFamily(actor_, p.id).ok());
  EXPECT_EQ(db_.SnapshotForTest().audit.back().entity_id, p.id);

  // A read that finds nothing shows nothing and is not audited.
  const std::size_t entries = db_.SnapshotForTest().audit.size();
  EXPECT_FALSE(svc_.GetPerson(actor_, "nobody").ok());
  EXPECT_EQ(db_.SnapshotForTest().audit.size(), entries);
}

TEST_F(RegistryServiceTest, AReadWhoseAuditCannotBeStoredFails) {
  Person p = Create(Named("Budi"));
  db_.FailNextCommitsForTest(1);
  auto read = svc_.GetPerson(actor_, p.id);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().code(), core::ErrorCode::kUnavailable);
}

TEST_F(RegistryServiceTest, AListLeavesTheReturnedIdsAndOnlyFilterNames) {
  PersonData siti = Named("Siti");
  siti.nik = "3373 0452 0590 0002";  // female, born 1990-05-12
  siti.sex = "PEREMPUAN";
  Person a = Create(siti);
  Person b = Create(Named("Budi"));
  ports::PersonFilter by_nik;
  by_nik.nik = "3373045205900002";
  auto listed = svc_.ListPersons(actor_, by_nik, {});
  ASSERT_TRUE(listed.ok());
  ASSERT_THAT(listed->items, SizeIs(1));
  AuditEntry e = db_.SnapshotForTest().audit.back();
  EXPECT_EQ(e.action, "list");
  EXPECT_EQ(e.entity_type, "person");
  EXPECT_THAT(e.record_ids, ElementsAre(a.id));
  EXPECT_EQ(e.detail, "filters: nik");

  ASSERT_TRUE(svc_.ListPersons(actor_, {}, {}).ok());
  e = db_.SnapshotForTest().audit.back();
  EXPECT_THAT(e.record_ids, ElementsAre(a.id, b.id));
  EXPECT_EQ(e.detail, "");

  auto found = svc_.SearchPersons(actor_, "3373 0452 0590 0002", 10);
  ASSERT_TRUE(found.ok());
  e = db_.SnapshotForTest().audit.back();
  EXPECT_EQ(e.action, "list");
  EXPECT_THAT(e.record_ids, ElementsAre(a.id));
  EXPECT_EQ(e.detail, "search: nik");
  ASSERT_TRUE(svc_.SearchPersons(actor_, "budi", 10).ok());
  EXPECT_EQ(db_.SnapshotForTest().audit.back().detail, "search: name");

  for (const AuditEntry& entry : db_.SnapshotForTest().audit) {
    EXPECT_EQ(AuditText(entry).find("3373045205900002"), std::string::npos) << AuditText(entry);
    EXPECT_EQ(AuditText(entry).find("3373 0452"), std::string::npos) << AuditText(entry);
    EXPECT_EQ(AuditText(entry).find("budi"), std::string::npos) << AuditText(entry);
  }
}

TEST_F(RegistryServiceTest, WritesLeaveFieldNamesAndNoValues) {
  PersonData d = Named("Siti Aminah");
  d.nik = kNik;
  d.phone = "081234567890";
  Person p = Create(d);
  test_doubles::InMemoryState state = db_.SnapshotForTest();
  ASSERT_THAT(state.audit, SizeIs(1));
  EXPECT_EQ(state.audit[0].action, "create");
  EXPECT_EQ(state.audit[0].entity_type, "person");
  EXPECT_EQ(state.audit[0].entity_id, p.id);
  EXPECT_THAT(state.audit[0].fields, ElementsAre("full_name", "nik", "phone"));

  d.phone.reset();
  ASSERT_TRUE(svc_.UpdatePerson(actor_, p.id, d, 1).ok());
  ASSERT_TRUE(svc_.DeletePerson(actor_, p.id, "Siti Aminah asked to be removed", 2).ok());
  state = db_.SnapshotForTest();
  ASSERT_THAT(state.audit, SizeIs(3));
  EXPECT_EQ(state.audit[1].action, "update");
  EXPECT_THAT(state.audit[1].fields, ElementsAre("phone"));
  EXPECT_EQ(state.audit[2].action, "delete");
  EXPECT_THAT(state.audit[2].fields, ElementsAre("deleted_at", "delete_reason"));
  for (const AuditEntry& e : state.audit) {
    for (const char* value : {"Siti", "Aminah", kNik, "0812"}) {
      EXPECT_EQ(AuditText(e).find(value), std::string::npos) << AuditText(e);
    }
  }
}

TEST_F(RegistryServiceTest, AFamilyLinkIsAuditedOnBothPersons) {
  Person mother = Create(Named("Siti"));
  Person child = Create(Named("Rina"));
  auto link = svc_.AddFamilyLink(actor_, mother.id, child.id, "ANAK");
  ASSERT_TRUE(link.ok());
  std::vector<AuditEntry> audit = db_.SnapshotForTest().audit;
  ASSERT_THAT(audit, SizeIs(4));
  EXPECT_EQ(audit[2].action, "link");
  EXPECT_EQ(audit[2].entity_id, mother.id);
  EXPECT_EQ(audit[3].action, "link");
  EXPECT_EQ(audit[3].entity_id, child.id);
  EXPECT_THAT(audit[3].fields, ElementsAre("family"));

  ASSERT_TRUE(svc_.ListFamily(actor_, mother.id).ok());
  const AuditEntry read = db_.SnapshotForTest().audit.back();
  EXPECT_EQ(read.action, "read");
  EXPECT_EQ(read.detail, "family");
  EXPECT_THAT(read.record_ids, ElementsAre(child.id));  // the relative's data was shown too
}

}  // namespace
}  // namespace sinergi::domain
