// AppendAudit / RecordAudit / VerifyAuditChain against the in-memory test double of the ports.
#include "domain/audit_log.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <utility>

#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

const core::Timestamp kNow = std::chrono::sys_days{std::chrono::year{2025} / 6 / 1} + std::chrono::hours{10};

class AuditLogTest : public ::testing::Test {
 protected:
  AuditLogTest() {
    actor_.id = "user-1";
    actor_.agency_id = "agency-1";
    actor_.roles = {"CASE_WORKER"};
    actor_.ip = "192.0.2.7";
  }

  void Record(const std::string& action, const std::string& entity_id) {
    auto st = RecordAudit(db_, clock_, ids_, actor_, {action, "person", entity_id, {}, {}, {}});
    ASSERT_TRUE(st.ok()) << st.error().message();
  }

  std::vector<AuditEntry> Stored() { return db_.SnapshotForTest().audit; }

  AuditVerification Verify() {
    auto v = VerifyAuditChain(db_);
    SINERGI_CHECK(v.ok());
    return *v;
  }

  test_doubles::InMemoryDatabase db_;
  core::ManualClock clock_{kNow};
  test_doubles::SequentialIdGenerator ids_;
  Actor actor_;
};

TEST_F(AuditLogTest, RecordStoresWhoWhenWhatAndLinksTheChain) {
  auto st = RecordAudit(db_, clock_, ids_, actor_, {"list", "person", "", {"p1", "p2"}, {}, "filters: sex"});
  ASSERT_TRUE(st.ok()) << st.error().message();
  clock_.Set(kNow + std::chrono::seconds(1));
  Record("read", "p1");

  std::vector<AuditEntry> stored = Stored();
  ASSERT_THAT(stored, SizeIs(2));
  const AuditEntry& first = stored[0];
  EXPECT_EQ(first.seq, 1);
  EXPECT_FALSE(first.id.empty());
  EXPECT_EQ(first.at, kNow);
  EXPECT_EQ(first.actor_id, "user-1");
  EXPECT_EQ(first.agency_id, "agency-1");
  EXPECT_EQ(first.ip, "192.0.2.7");
  EXPECT_EQ(first.action, "list");
  EXPECT_EQ(first.entity_type, "person");
  EXPECT_THAT(first.record_ids, ElementsAre("p1", "p2"));
  EXPECT_EQ(first.detail, "filters: sex");
  EXPECT_EQ(first.prev_hash, kAuditGenesisHash);
  EXPECT_EQ(first.hash, ComputeAuditHash(first));

  const AuditEntry& second = stored[1];
  EXPECT_EQ(second.seq, 2);
  EXPECT_EQ(second.at, kNow + std::chrono::seconds(1));
  EXPECT_EQ(second.prev_hash, first.hash);
  EXPECT_EQ(second.hash, ComputeAuditHash(second));
  EXPECT_NE(second.id, first.id);
}

TEST_F(AuditLogTest, AppendCommitsOnlyWithItsUnitOfWork) {
  {
    auto uow = db_.Begin(ports::TxMode::kWrite);
    ASSERT_TRUE(uow.ok());
    ASSERT_TRUE(AppendAudit(**uow, clock_, ids_, actor_, {"update", "person", "p1", {}, {"full_name"}, {}}).ok());
    // dropped without Commit: rolled back together with whatever it audited
  }
  EXPECT_THAT(Stored(), IsEmpty());

  auto uow = db_.Begin(ports::TxMode::kWrite);
  ASSERT_TRUE(uow.ok());
  ASSERT_TRUE(AppendAudit(**uow, clock_, ids_, actor_, {"update", "person", "p1", {}, {"full_name"}, {}}).ok());
  ASSERT_TRUE((*uow)->Commit().ok());
  ASSERT_THAT(Stored(), SizeIs(1));
  EXPECT_THAT(Stored()[0].fields, ElementsAre("full_name"));
}

TEST_F(AuditLogTest, RecordFailsWhenTheEntryCannotBeStored) {
  db_.FailNextCommitsForTest(1);
  auto st = RecordAudit(db_, clock_, ids_, actor_, {"read", "person", "p1", {}, {}, {}});
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code(), core::ErrorCode::kUnavailable);
  EXPECT_THAT(Stored(), IsEmpty());
}

TEST_F(AuditLogTest, AnEmptyChainIsIntact) {
  AuditVerification v = Verify();
  EXPECT_TRUE(v.ok);
  EXPECT_EQ(v.entries, 0);
  EXPECT_FALSE(v.first_broken_seq.has_value());
  EXPECT_EQ(v.head_hash, kAuditGenesisHash);
}

TEST_F(AuditLogTest, AnUntouchedChainVerifiesAndReportsItsHead) {
  for (const char* id : {"p1", "p2", "p3", "p4"}) Record("read", id);
  AuditVerification v = Verify();
  EXPECT_TRUE(v.ok) << v.problem;
  EXPECT_EQ(v.entries, 4);
  EXPECT_EQ(v.head_hash, Stored().back().hash);
}

TEST_F(AuditLogTest, AnEditedEntryIsTheFirstBroken) {
  for (const char* id : {"p1", "p2", "p3", "p4"}) Record("read", id);
  db_.MutateForTest([](test_doubles::InMemoryState& s) { s.audit[1].entity_id = "p9"; });
  AuditVerification v = Verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_broken_seq, 2);
  EXPECT_THAT(v.problem, HasSubstr("altered"));
  EXPECT_EQ(v.head_hash, Stored()[0].hash);  // the last entry that verified
}

TEST_F(AuditLogTest, AnEditWithARecomputedHashBreaksTheNextLink) {
  for (const char* id : {"p1", "p2", "p3"}) Record("read", id);
  db_.MutateForTest([](test_doubles::InMemoryState& s) {
    s.audit[1].actor_id = "someone-else";
    s.audit[1].hash = ComputeAuditHash(s.audit[1]);
  });
  AuditVerification v = Verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_broken_seq, 3);
  EXPECT_THAT(v.problem, HasSubstr("prev_hash does not match the hash of entry 2"));
}

TEST_F(AuditLogTest, DeletedEntriesAreFound) {
  for (const char* id : {"p1", "p2", "p3", "p4"}) Record("read", id);
  db_.MutateForTest([](test_doubles::InMemoryState& s) { s.audit.erase(s.audit.begin() + 1); });
  AuditVerification v = Verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_broken_seq, 3);
  EXPECT_THAT(v.problem, HasSubstr("entry 2 is missing"));

  db_.MutateForTest([](test_doubles::InMemoryState& s) { s.audit.erase(s.audit.begin()); });
  v = Verify();
  EXPECT_EQ(v.first_broken_seq, 3);
  EXPECT_THAT(v.problem, HasSubstr("entries 1 to 2 are missing"));
}

TEST_F(AuditLogTest, AFirstEntryThatDoesNotStartAtGenesisIsBroken) {
  Record("read", "p1");
  db_.MutateForTest([](test_doubles::InMemoryState& s) {
    s.audit[0].prev_hash = std::string(64, 'f');
    s.audit[0].hash = ComputeAuditHash(s.audit[0]);
  });
  AuditVerification v = Verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_broken_seq, 1);
  EXPECT_THAT(v.problem, HasSubstr("genesis"));
}

TEST_F(AuditLogTest, ReorderedEntriesAreFound) {
  for (const char* id : {"p1", "p2", "p3"}) Record("read", id);
  // What an attacker with the file does: swap the sequence numbers of entries 2 and 3.
  db_.MutateForTest([](test_doubles::InMemoryState& s) {
    std::swap(s.audit[1].seq, s.audit[2].seq);
    std::swap(s.audit[1], s.audit[2]);
  });
  AuditVerification v = Verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_broken_seq, 2);
  EXPECT_THAT(v.problem, HasSubstr("prev_hash does not match the hash of entry 1"));
}

}  // namespace
}  // namespace sinergi::domain
