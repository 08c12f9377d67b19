// The anonymised form of a person and the retention job against the in-memory database.
#include "domain/retention.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/clock.hpp"
#include "domain/retention_job.hpp"
#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain {
namespace {

using std::chrono::days;
const core::Timestamp kNow = std::chrono::sys_days{std::chrono::year{2026} / 11 / 22} + std::chrono::hours{2};
const Actor kJob{"system:retention", "Retention job", "cli", "", {}, "", "", "", ""};

PersonData FullData() {
  PersonData d;
  d.full_name = "Siti Nurhaliza";
  d.aliases = {"Siti Nur Haliza"};
  d.nik = "3301014506900001";
  d.passport_number = "C1234567";
  d.sex = "P";
  d.birth_date = core::Date{1990, 6, 5};
  d.birth_place = "Cilacap";
  d.address_line = "Jl. Melati 3";
  d.address_region_code = "33.01.02.2001";
  d.phone = "+6281234567890";
  d.marital_status = "KAWIN";
  d.education = "SMA";
  d.skills = {"memasak"};
  d.pmi_status = "PURNA_PMI";
  d.protected_identity = true;
  return d;
}

TEST(RetentionTest, AnonymisedDataKeepsOnlyWhatStatisticsNeed) {
  PersonData a = AnonymisedData(FullData());
  EXPECT_EQ(a.full_name, "ANONIM");
  EXPECT_TRUE(a.aliases.empty());
  EXPECT_FALSE(a.nik || a.passport_number || a.birth_place || a.address_line || a.phone || a.marital_status ||
               a.education);
  EXPECT_TRUE(a.skills.empty());
  EXPECT_EQ(a.sex, "P");
  EXPECT_EQ(a.birth_date, (core::Date{1990, 7, 1}));
  EXPECT_EQ(a.address_region_code, "33.01");
  EXPECT_EQ(a.pmi_status, "PURNA_PMI");
  EXPECT_TRUE(a.protected_identity);

  PersonData province_only;
  province_only.full_name = "X";
  province_only.address_region_code = "33";
  EXPECT_EQ(AnonymisedData(province_only).address_region_code, "33");
  EXPECT_FALSE(AnonymisedData(province_only).birth_date);
}

class RetentionJobTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_.MutateForTest([](test_doubles::InMemoryState& s) {
      auto person = [&](const std::string& id, std::optional<core::Timestamp> deleted) {
        Person p;
        p.id = id;
        p.data = FullData();
        p.deleted_at = deleted;
        p.delete_reason = deleted ? std::optional<std::string>("duplikat dari Siti di Cilacap") : std::nullopt;
        s.persons[id] = {p, {"siti nurhaliza"}};
      };
      person("old-deleted", kNow - days(400));
      person("recent-deleted", kNow - days(10));
      person("alive", std::nullopt);
      s.links["l1"] = FamilyLink{"l1", "old-deleted", "alive", "PASANGAN", kNow - days(500), "u"};
      ChangeRecord h;
      h.id = "h1";
      h.entity_type = "person";
      h.entity_id = "old-deleted";
      h.action = "update";
      h.changes = {{"data.address_line", "\"Jl. Lama\"", "\"Jl. Melati 3\""}};
      s.history.push_back(h);
      s.sessions["s-old"] =
          Session{"s-old", "u", "t1", "c1", kNow - days(200), kNow - days(200), kNow - days(199), "", "", std::nullopt};
      s.sessions["s-live"] =
          Session{"s-live", "u", "t2", "c2", kNow - days(1), kNow, kNow + days(1), "", "", std::nullopt};
      Notification n;
      n.id = "n-old";
      n.created_at = kNow - days(365);
      s.notifications[n.id] = n;
      n.id = "n-new";
      n.created_at = kNow - days(3);
      s.notifications[n.id] = n;
    });
  }

  test_doubles::InMemoryDatabase db_;
  core::ManualClock clock_{kNow};
  std::unique_ptr<core::IdGenerator> ids_ = core::NewUlidGenerator(clock_);
  RetentionJob job_{db_, clock_, *ids_, RetentionPolicy{}};
};

const RetentionLine& Line(const std::vector<RetentionLine>& lines, RetentionKind kind) {
  return *std::find_if(lines.begin(), lines.end(), [&](const RetentionLine& l) { return l.kind == kind; });
}

TEST_F(RetentionJobTest, ReportCountsWhatIsDueAndChangesNothing) {
  auto before = db_.SnapshotForTest();
  auto lines = job_.Report();
  ASSERT_TRUE(lines.ok());
  EXPECT_EQ(Line(*lines, RetentionKind::kDeletedPersons).due, 1);
  EXPECT_EQ(Line(*lines, RetentionKind::kSessions).due, 1);
  EXPECT_EQ(Line(*lines, RetentionKind::kNotifications).due, 1);
  EXPECT_EQ(Line(*lines, RetentionKind::kDeletedPersons).cutoff, kNow - days(365));
  auto after = db_.SnapshotForTest();
  EXPECT_EQ(after.persons.at("old-deleted").person.data, before.persons.at("old-deleted").person.data);
  EXPECT_EQ(after.sessions.size(), 2u);
  EXPECT_TRUE(after.audit.empty());
}

TEST_F(RetentionJobTest, ApplyAnonymisesPurgesAndAuditsEverything) {
  auto lines = job_.Apply(kJob, 1);
  ASSERT_TRUE(lines.ok()) << lines.error().message();
  EXPECT_EQ(Line(*lines, RetentionKind::kDeletedPersons).processed, 1);
  EXPECT_EQ(Line(*lines, RetentionKind::kSessions).processed, 1);
  EXPECT_EQ(Line(*lines, RetentionKind::kNotifications).processed, 1);

  auto s = db_.SnapshotForTest();
  const auto& anonymised = s.persons.at("old-deleted");
  EXPECT_EQ(anonymised.person.data, AnonymisedData(FullData()));
  EXPECT_TRUE(anonymised.name_keys.empty());
  EXPECT_FALSE(anonymised.person.delete_reason);
  EXPECT_TRUE(anonymised.person.deleted());
  EXPECT_EQ(s.persons.at("recent-deleted").person.data, FullData());
  EXPECT_EQ(s.persons.at("alive").person.data, FullData());
  EXPECT_TRUE(s.links.empty());
  EXPECT_TRUE(s.history.empty());
  EXPECT_TRUE(s.sessions.contains("s-live"));
  EXPECT_FALSE(s.sessions.contains("s-old"));
  EXPECT_TRUE(s.notifications.contains("n-new"));

  ASSERT_EQ(s.audit.size(), 3u);  // one per anonymised person, one per purge batch
  const AuditEntry& person_entry = s.audit[0];
  EXPECT_EQ(person_entry.action, "retention");
  EXPECT_EQ(person_entry.entity_id, "old-deleted");
  EXPECT_NE(std::find(person_entry.fields.begin(), person_entry.fields.end(), "nik"), person_entry.fields.end());
  EXPECT_EQ(person_entry.detail.find("Siti"), std::string::npos);  // no personal value in the trail

  // Done once: a second run finds nothing.
  auto again = job_.Apply(kJob);
  ASSERT_TRUE(again.ok());
  for (const auto& l : *again) EXPECT_EQ(l.processed, 0) << ToString(l.kind);
  EXPECT_EQ(db_.SnapshotForTest().audit.size(), 3u);
}

TEST_F(RetentionJobTest, ZeroDaysKeepsForever) {
  RetentionPolicy forever;
  forever.deleted_person_days = 0;
  forever.session_days = 0;
  forever.idempotency_key_days = 0;
  forever.notification_days = 0;
  RetentionJob job(db_, clock_, *ids_, forever);
  auto lines = job.Apply(kJob);
  ASSERT_TRUE(lines.ok());
  for (const auto& l : *lines) EXPECT_EQ(l.due + l.processed, 0) << ToString(l.kind);
  EXPECT_EQ(db_.SnapshotForTest().sessions.size(), 2u);
}

}  // namespace
}  // namespace sinergi::domain
