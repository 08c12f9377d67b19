// The service search must be index-served (issue #5): SQLite's plan for directory.find_coverage searches indexes
// and never scans a table (json_each, the list of codes bound to the query, is the only thing read in full).
#include "storage/sqlite/sqlite_directory_repository.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>
#include <vector>

#include "storage/sqlite/migrations.hpp"

namespace sinergi::storage::sqlite {
namespace {

std::vector<std::string> PlanOf(Connection& conn, std::string_view sql) {
  const std::string explain = "EXPLAIN QUERY PLAN " + std::string(sql);
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(conn.handle(), explain.c_str(), -1, &stmt, nullptr), SQLITE_OK)
      << sqlite3_errmsg(conn.handle());
  std::vector<std::string> details;
  while (stmt != nullptr && sqlite3_step(stmt) == SQLITE_ROW) {
    details.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3)));
  }
  sqlite3_finalize(stmt);
  return details;
}

TEST(SqliteDirectoryRepository, ServiceSearchIsIndexServed) {
  auto conn = Connection::Open({"file:directory_plan?mode=memory&cache=private", true, 1000});
  ASSERT_TRUE(conn.ok()) << conn.error().message();
  auto applied = ApplyMigrations(**conn);
  ASSERT_TRUE(applied.ok()) << applied.error().message();

  const std::vector<std::string> plan = PlanOf(**conn, kDirectoryFindCoverage.sql);
  ASSERT_FALSE(plan.empty());
  std::string all;
  for (const std::string& step : plan) all += step + "\n";
  int searches = 0;
  for (const std::string& step : plan) {
    if (step.rfind("SCAN ", 0) == 0) {
      EXPECT_NE(step.find("json_each"), std::string::npos) << "a table is scanned:\n" << all;
    }
    if (step.rfind("SEARCH ", 0) == 0) ++searches;
  }
  // Every branch reaches its rows through an index (coverage by service and code, agencies by region or country,
  // then the coverage and agency primary keys).
  EXPECT_GE(searches, 8) << all;
}

}  // namespace
}  // namespace sinergi::storage::sqlite
