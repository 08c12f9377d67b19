// SQLite-only checks of restitution claims (migration 0012_case_restitutions.sql) on a database FILE: the amounts and
// notes never reach the file in clear text while the dates stay plain, and the task list's two restitution queries are
// served by their partial indexes (EXPLAIN QUERY PLAN of the WHERE terms sqlite_task_repository.cpp repeats).
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "storage/sqlite/sqlite_database.hpp"
#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

namespace fs = std::filesystem;

class SqliteRestitutionFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = fs::temp_directory_path() /
           ("sinergi_restitution_" + std::to_string(::getpid()) + "_" + std::to_string(counter.fetch_add(1)));
    fs::create_directories(dir_);
    path_ = (dir_ / "sinergi.db").string();
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  // A TPPO case of agency-a with one victim and her claim, notified as final and warned about by the court.
  void StoreClaim() {
    auto db = storage::sqlite::Open({path_, 2, 5000, ContractKeys()});
    ASSERT_OK(db);
    auto uow = (*db)->Begin(TxMode::kWrite);
    ASSERT_OK(uow);
    domain::Person p;
    p.id = "01RESTVICTIM";
    p.data.full_name = "Korban Restitusi Berkas";
    ASSERT_OK((*uow)->persons().Insert(p, {}));
    domain::Case c;
    c.id = "01RESTCASE";
    c.data.intake_channel = "LAPORAN_POLISI";
    c.data.reported_on = core::Date{2025, 1, 5};
    c.data.case_types = {"TPPO"};
    c.owner_agency_id = "agency-a";
    c.created_by = c.updated_by = "tester";
    ASSERT_OK((*uow)->cases().Insert(c));
    domain::CaseParty party;
    party.id = "01RESTPARTY";
    party.case_id = c.id;
    party.person_id = p.id;
    party.role = "KORBAN";
    party.added_by = "tester";
    ASSERT_OK((*uow)->cases().InsertParty(party));
    domain::CaseRestitution r;
    r.id = "01RESTCLAIM";
    r.case_id = c.id;
    r.data.person_id = p.id;
    domain::RestitutionComponent loss;
    loss.component = "KEHILANGAN_KEKAYAAN_PENGHASILAN";
    loss.claimed_idr = 987'654'321'012;
    loss.awarded_idr = 876'543'210'123;
    loss.note = "Gaji ditahan majikan Kuching";
    r.data.components = {loss};
    r.data.claimed_on = core::Date{2025, 1, 6};
    r.data.verdict_on = core::Date{2025, 3, 3};
    r.data.final_notice_on = core::Date{2025, 3, 17};
    r.data.paid_on = core::Date{2025, 3, 20};
    r.data.paid_idr = 765'432'101'234;
    r.data.unpaid_reported_on = core::Date{2025, 4, 2};
    r.data.warning_on = core::Date{2025, 4, 9};
    r.created_by = r.updated_by = "tester";
    ASSERT_OK((*uow)->restitutions().Insert(r));
    ASSERT_OK((*uow)->Commit());
  }

  std::string FileBytes() {
    std::string all;
    for (const char* suffix : {"", "-wal"}) {
      std::ifstream in(path_ + suffix, std::ios::binary);
      all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return all;
  }

  // The "detail" column of EXPLAIN QUERY PLAN, one line per step.
  std::string Plan(const std::string& sql) {
    sqlite3* raw = nullptr;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &raw), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(raw, ("EXPLAIN QUERY PLAN " + sql).c_str(), -1, &stmt, nullptr);
    EXPECT_EQ(rc, SQLITE_OK) << sqlite3_errmsg(raw);
    std::string plan;
    while (rc == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
      plan += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3));
      plan += '\n';
    }
    sqlite3_finalize(stmt);
    sqlite3_close(raw);
    return plan;
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(SqliteRestitutionFileTest, AmountsAndNotesNeverReachTheFileInClearText) {
  StoreClaim();
  const std::string bytes = FileBytes();
  ASSERT_NE(bytes.find("2025-04-09"), std::string::npos);  // the scan itself works: the dates are plain
  for (const char* secret : {"987654321012", "876543210123", "765432101234", "Gaji ditahan", "KEHILANGAN_KEKAYAAN"}) {
    EXPECT_EQ(bytes.find(secret), std::string::npos) << secret;
  }
}

TEST_F(SqliteRestitutionFileTest, TheTaskQueriesAreServedByThePartialIndexes) {
  StoreClaim();
  const std::string from =
      "SELECT r.case_id, r.id, r.person_id FROM case_restitutions r CROSS JOIN cases c ON c.id = r.case_id WHERE 1 = 1 "
      "AND ";
  const std::string open = " AND c.status NOT IN ('DITUTUP', 'DITUTUP_DIRUJUK') AND c.owner_agency_id = 'agency-a'";
  const std::string payments =
      Plan(from + "r.final_notice_on IS NOT NULL AND r.paid_in_full = 0 AND r.unpaid_reported_on IS NULL" + open +
           " ORDER BY r.final_notice_on, r.case_id, r.id LIMIT 100");
  EXPECT_NE(payments.find("SEARCH r USING INDEX case_restitutions_payment_due"), std::string::npos) << payments;
  const std::string warnings = Plan(from +
                                    "r.warning_on IS NOT NULL AND r.paid_in_full = 0 AND r.seizure_on IS NULL AND "
                                    "r.substitute_detention_on IS NULL" +
                                    open + " ORDER BY r.warning_on, r.case_id, r.id LIMIT 100");
  EXPECT_NE(warnings.find("SEARCH r USING INDEX case_restitutions_warning_due"), std::string::npos) << warnings;
  // Neither scans a table nor sorts: the index order is the ORDER BY.
  for (const std::string& plan : {payments, warnings}) {
    EXPECT_EQ(plan.find("SCAN"), std::string::npos) << plan;
    EXPECT_EQ(plan.find("TEMP B-TREE"), std::string::npos) << plan;
  }
}

}  // namespace
}  // namespace sinergi::contract
