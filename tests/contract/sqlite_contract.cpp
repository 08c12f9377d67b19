// Instantiates the storage contract for SQLite: a shared in-memory database and a WAL file database.
// Also holds the few SQLite-only checks (migrations bookkeeping, reopening a file).
#include <unistd.h>

#include <atomic>
#include <filesystem>

#include "storage/sqlite/sqlite_database.hpp"
#include "tests/contract/case_work_contract.hpp"
#include "tests/contract/coordination_contract.hpp"
#include "tests/contract/directory_contract.hpp"
#include "tests/contract/outreach_contract.hpp"
#include "tests/contract/referral_contract.hpp"
#include "tests/contract/stats_contract.hpp"
#include "tests/contract/storage_contract.hpp"
#include "tests/contract/training_contract.hpp"

namespace sinergi::contract {
namespace {

namespace fs = std::filesystem;
using storage::sqlite::SqliteOptions;

// One scratch directory per test process, removed at exit.
class ScratchDir : public ::testing::Environment {
 public:
  static fs::path NewDatabasePath() {
    static std::atomic<int> counter{0};
    return Dir() / ("contract_" + std::to_string(counter.fetch_add(1)) + ".db");
  }
  static fs::path Dir() {
    static const fs::path dir = [] {
      fs::path d = fs::temp_directory_path() / ("sinergi_contract_" + std::to_string(::getpid()));
      fs::create_directories(d);
      return d;
    }();
    return dir;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(Dir(), ec);
  }
};
const auto* const kScratch = ::testing::AddGlobalTestEnvironment(new ScratchDir);

std::unique_ptr<Database> OpenOrNull(const SqliteOptions& options) {
  auto db = storage::sqlite::Open(options);
  if (!db.ok()) {
    ADD_FAILURE() << "open " << options.path << ": " << db.error().message();
    return nullptr;
  }
  return std::move(*db);
}

const auto kSqliteBackends = ::testing::Values(
    StorageBackend{"SqliteMemory",
                   [] {
                     return OpenOrNull({":memory:", 4, 5000, ContractKeys()});
                   },
                   true},
    StorageBackend{"SqliteFile",
                   [] {
                     return OpenOrNull({ScratchDir::NewDatabasePath().string(), 4, 5000, ContractKeys()});
                   },
                   true});

INSTANTIATE_TEST_SUITE_P(Sqlite, StorageContract, kSqliteBackends, BackendName);
INSTANTIATE_TEST_SUITE_P(Sqlite, CaseContract, kSqliteBackends, BackendName);
INSTANTIATE_TEST_SUITE_P(Sqlite, ReferralContract, kSqliteBackends, BackendName);
INSTANTIATE_TEST_SUITE_P(Sqlite, CaseWorkContract, kSqliteBackends, BackendName);
INSTANTIATE_TEST_SUITE_P(Sqlite, DirectoryContract, kSqliteBackends, BackendName);
INSTANTIATE_TEST_SUITE_P(Sqlite, TrainingContract, kSqliteBackends, BackendName);
INSTANTIATE_TEST_SUITE_P(Sqlite, CoordinationContract, kSqliteBackends, BackendName);
INSTANTIATE_TEST_SUITE_P(Sqlite, CoordinationWithMeetings, kSqliteBackends, BackendName);
INSTANTIATE_TEST_SUITE_P(Sqlite, StatsContract, kSqliteBackends, BackendName);
INSTANTIATE_TEST_SUITE_P(Sqlite, OutreachContract, kSqliteBackends, BackendName);

TEST(SqliteDatabase, MigrateIsIdempotentAndFileSurvivesReopen) {
  SqliteOptions options{ScratchDir::NewDatabasePath().string(), 2, 5000, ContractKeys()};
  auto first = storage::sqlite::Migrate(options);
  ASSERT_OK(first);
  EXPECT_GE(*first, 1);
  auto again = storage::sqlite::Migrate(options);
  ASSERT_OK(again);
  EXPECT_EQ(*again, 0);

  domain::Person p;
  p.id = "01REOPEN";
  p.data.full_name = "Persisted";
  {
    auto db = OpenOrNull(options);
    ASSERT_NE(db, nullptr);
    auto uow = db->Begin(TxMode::kWrite);
    ASSERT_OK(uow);
    ASSERT_OK((*uow)->persons().Insert(p, {}));
    ASSERT_OK((*uow)->Commit());
  }
  auto db = OpenOrNull(options);
  ASSERT_NE(db, nullptr);
  auto uow = db->Begin(TxMode::kRead);
  ASSERT_OK(uow);
  auto got = (*uow)->persons().Get(p.id);
  ASSERT_OK(got);
  EXPECT_EQ(got->data.full_name, "Persisted");
}

TEST(SqliteDatabase, MemoryDatabasesAreIsolated) {
  auto a = OpenOrNull({":memory:", 2, 1000, ContractKeys()});
  auto b = OpenOrNull({":memory:", 2, 1000, ContractKeys()});
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  domain::Person p;
  p.id = "01ONLYINA";
  p.data.full_name = "A";
  {
    auto uow = a->Begin(TxMode::kWrite);
    ASSERT_OK(uow);
    ASSERT_OK((*uow)->persons().Insert(p, {}));
    ASSERT_OK((*uow)->Commit());
  }
  // Visible through another connection of the same pool...
  auto r1 = a->Begin(TxMode::kRead);
  auto r2 = a->Begin(TxMode::kRead);
  ASSERT_OK(r1);
  ASSERT_OK(r2);
  ASSERT_OK((*r2)->persons().Get(p.id));
  // ...but not in another database.
  auto other = b->Begin(TxMode::kRead);
  ASSERT_OK(other);
  EXPECT_FALSE((*other)->persons().Get(p.id).ok());
}

TEST(SqliteDatabase, WritesInReadUnitAreRefused) {
  auto db = OpenOrNull({":memory:", 1, 1000, ContractKeys()});
  ASSERT_NE(db, nullptr);
  auto uow = db->Begin(TxMode::kRead);
  ASSERT_OK(uow);
  domain::Person p;
  p.id = "01READONLY";
  p.data.full_name = "No";
  auto st = (*uow)->persons().Insert(p, {});
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code(), core::ErrorCode::kInternal);
  uow->reset();
  auto write = db->Begin(TxMode::kWrite);  // the connection is writable again
  ASSERT_OK(write);
  ASSERT_OK((*write)->persons().Insert(p, {}));
}

TEST(SqliteDatabase, ExhaustedPoolIsUnavailable) {
  auto db = OpenOrNull({":memory:", 1, 50, ContractKeys()});
  ASSERT_NE(db, nullptr);
  auto held = db->Begin(TxMode::kRead);
  ASSERT_OK(held);
  auto second = db->Begin(TxMode::kRead);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code(), core::ErrorCode::kUnavailable);
}

TEST(SqliteDatabase, BusyWriterIsUnavailable) {
  SqliteOptions options{ScratchDir::NewDatabasePath().string(), 2, 50, ContractKeys()};
  auto db = OpenOrNull(options);
  ASSERT_NE(db, nullptr);
  auto writer = db->Begin(TxMode::kWrite);
  ASSERT_OK(writer);
  auto second = db->Begin(TxMode::kWrite);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code(), core::ErrorCode::kUnavailable);
  auto reader = db->Begin(TxMode::kRead);  // WAL: readers are not blocked by the writer
  ASSERT_OK(reader);
  ASSERT_OK((*reader)->reference().CountRegions());
}

}  // namespace
}  // namespace sinergi::contract
