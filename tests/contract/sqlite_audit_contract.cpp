// SQLite-only checks of the audit trail's defences on a database FILE: the application's SQL cannot update or
// delete audit rows (triggers), and someone who edits the file around the triggers is caught by the chain.
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>

#include "domain/audit_log.hpp"
#include "storage/sqlite/sqlite_database.hpp"
#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

namespace fs = std::filesystem;
using domain::AuditEntry;
using storage::sqlite::SqliteOptions;

class SqliteAuditFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = fs::temp_directory_path() /
           ("sinergi_audit_" + std::to_string(::getpid()) + "_" + std::to_string(counter.fetch_add(1)));
    fs::create_directories(dir_);
    options_ = {(dir_ / "sinergi.db").string(), 2, 5000, ContractKeys()};
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  std::unique_ptr<Database> OpenDb() {
    auto db = storage::sqlite::Open(options_);
    EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().message());
    return db.ok() ? std::move(*db) : nullptr;
  }

  // Appends `n` entries through the storage layer, one write unit each, and closes the database.
  void AppendEntries(int n) {
    auto db = OpenDb();
    ASSERT_NE(db, nullptr);
    for (int i = 1; i <= n; ++i) {
      auto uow = db->Begin(TxMode::kWrite);
      ASSERT_OK(uow);
      AuditEntry e;
      e.id = "01AUDITFILE" + std::to_string(100 + i);
      e.at = Ms(1'750'000'000'000 + i);
      e.actor_id = "user-1";
      e.action = "read";
      e.entity_type = "person";
      e.entity_id = "p" + std::to_string(i);
      e.detail = "entry " + std::to_string(i);
      ASSERT_OK((*uow)->audit().Append(e));
      ASSERT_OK((*uow)->Commit());
    }
  }

  // Runs SQL on the file with the raw SQLite API, as anyone holding the file could; returns SQLite's
  // error message, or "" on success.
  std::string RawExec(const std::string& sql) {
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(options_.path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
      std::string message = raw != nullptr ? sqlite3_errmsg(raw) : "cannot open";
      sqlite3_close(raw);
      return message;
    }
    char* error = nullptr;
    std::string message;
    if (sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      message = error != nullptr ? error : "failed";
    }
    sqlite3_free(error);
    sqlite3_close(raw);
    return message;
  }

  domain::AuditVerification Verify() {
    auto db = OpenDb();
    SINERGI_CHECK(db != nullptr);
    auto verification = domain::VerifyAuditChain(*db);
    SINERGI_CHECK(verification.ok());
    return *verification;
  }

  fs::path dir_;
  SqliteOptions options_;
};

TEST_F(SqliteAuditFileTest, AnUntouchedFileVerifies) {
  AppendEntries(5);
  domain::AuditVerification v = Verify();
  EXPECT_TRUE(v.ok) << v.problem;
  EXPECT_EQ(v.entries, 5);
  EXPECT_EQ(v.head_hash.size(), 64U);
  EXPECT_NE(v.head_hash, domain::kAuditGenesisHash);
}

TEST_F(SqliteAuditFileTest, SqlCannotUpdateOrDeleteAuditRows) {
  AppendEntries(3);
  EXPECT_EQ(RawExec("UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 2"), "audit_log is append-only");
  EXPECT_EQ(RawExec("DELETE FROM audit_log WHERE seq = 2"), "audit_log is append-only");
  EXPECT_EQ(RawExec("DELETE FROM audit_log"), "audit_log is append-only");
  domain::AuditVerification v = Verify();
  EXPECT_TRUE(v.ok) << v.problem;
  EXPECT_EQ(v.entries, 3);
}

TEST_F(SqliteAuditFileTest, AnEditMadeAroundTheTriggerIsTheFirstBrokenEntry) {
  AppendEntries(5);
  ASSERT_EQ(RawExec("DROP TRIGGER audit_log_no_update; "
                    "UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 3"),
            "");
  domain::AuditVerification v = Verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_broken_seq, 3);
  EXPECT_NE(v.problem.find("altered"), std::string::npos) << v.problem;
  EXPECT_EQ(v.entries, 3);
}

TEST_F(SqliteAuditFileTest, AnEditWithARecomputedHashBreaksTheNextLink) {
  AppendEntries(4);
  // The attacker edits entry 2 and stores a matching hash; entry 3 still links to the old one.
  AuditEntry edited;
  {
    auto db = OpenDb();
    ASSERT_NE(db, nullptr);
    auto uow = db->Begin(TxMode::kRead);
    ASSERT_OK(uow);
    ASSERT_OK((*uow)->audit().Scan([&](const AuditEntry& e) {
      if (e.seq != 2) return true;
      edited = e;
      return false;
    }));
  }
  edited.actor_id = "someone-else";
  const std::string forged = domain::ComputeAuditHash(edited);
  ASSERT_EQ(RawExec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor_id = 'someone-else', hash = '" +
                    forged + "' WHERE seq = 2"),
            "");
  domain::AuditVerification v = Verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_broken_seq, 3);
  EXPECT_NE(v.problem.find("entry 2"), std::string::npos) << v.problem;
}

TEST_F(SqliteAuditFileTest, ADeletedMiddleRowIsFound) {
  AppendEntries(5);
  ASSERT_EQ(RawExec("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2"), "");
  domain::AuditVerification v = Verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_broken_seq, 3);
  EXPECT_NE(v.problem.find("entry 2 is missing"), std::string::npos) << v.problem;
}

TEST_F(SqliteAuditFileTest, AppendsAfterReopeningContinueTheChain) {
  AppendEntries(2);
  {
    auto db = OpenDb();
    ASSERT_NE(db, nullptr);
    auto uow = db->Begin(TxMode::kWrite);
    ASSERT_OK(uow);
    AuditEntry e;
    e.id = "01AUDITFILE999";
    e.actor_id = "user-2";
    e.action = "list";
    auto stored = (*uow)->audit().Append(e);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->seq, 3);
    ASSERT_OK((*uow)->Commit());
  }
  domain::AuditVerification v = Verify();
  EXPECT_TRUE(v.ok) << v.problem;
  EXPECT_EQ(v.entries, 3);
}

}  // namespace
}  // namespace sinergi::contract
