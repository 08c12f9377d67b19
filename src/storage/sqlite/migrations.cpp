#include "storage/sqlite/migrations.hpp"

#include <chrono>
#include <cstdint>
#include <string>

namespace sinergi::storage::sqlite {
namespace {

constexpr std::string_view kCreateTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT";
constexpr Query kIsApplied{"migrations.is_applied", "SELECT 1 FROM schema_migrations WHERE version = ?1"};
constexpr Query kRecord{"migrations.record",
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, ?3)"};

// "0001_init.sql" -> 1; -1 if the name does not start with digits.
std::int64_t VersionOf(std::string_view name) {
  std::int64_t version = 0;
  std::size_t i = 0;
  for (; i < name.size() && name[i] >= '0' && name[i] <= '9'; ++i) version = version * 10 + (name[i] - '0');
  return i == 0 ? -1 : version;
}

// Runs inside the open transaction: false if already applied (by another process that got there first).
core::Result<bool> ApplyOne(Connection& conn, std::int64_t version, const core::EmbeddedFile& file) {
  {
    SINERGI_TRY(auto check, conn.Prepare(kIsApplied));
    check->BindInt(1, version);
    SINERGI_TRY(bool applied, check->Step());
    if (applied) return false;
  }
  SINERGI_TRY_STATUS(conn.ExecScript(file.contents, std::string("migration ") + file.name));
  SINERGI_TRY(auto record, conn.Prepare(kRecord));
  record->BindInt(1, version);
  record->BindText(2, file.name);
  record->BindInt(
      3, std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
             .count());
  SINERGI_TRY_STATUS(record->Exec());
  return true;
}

}  // namespace

core::Result<int> ApplyMigrations(Connection& conn) {
  SINERGI_TRY_STATUS(conn.ExecScript(kCreateTable, "migrations.create_table"));
  int applied = 0;
  for (std::size_t i = 0; i < kMigrations_count; ++i) {
    const core::EmbeddedFile& file = kMigrations[i];
    std::int64_t version = VersionOf(file.name);
    if (version < 0) return core::Error::Internal(std::string("migration without a version: ") + file.name);
    SINERGI_TRY_STATUS(conn.ExecScript("BEGIN IMMEDIATE", "migrations.begin"));
    auto result = ApplyOne(conn, version, file);
    if (!result) {
      static_cast<void>(conn.ExecScript("ROLLBACK", "migrations.rollback"));
      return result.error();
    }
    if (auto st = conn.ExecScript("COMMIT", "migrations.commit"); !st) {
      static_cast<void>(conn.ExecScript("ROLLBACK", "migrations.rollback"));
      return st.error();
    }
    if (*result) ++applied;
  }
  return applied;
}

}  // namespace sinergi::storage::sqlite
