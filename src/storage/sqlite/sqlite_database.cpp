#include "storage/sqlite/sqlite_database.hpp"

#include <atomic>
#include <chrono>
#include <string>

#include "storage/sqlite/connection_pool.hpp"
#include "storage/sqlite/migrations.hpp"
#include "storage/sqlite/sqlite_data_keys.hpp"
#include "storage/sqlite/sqlite_unit_of_work.hpp"

namespace sinergi::storage::sqlite {
namespace {

constexpr Query kPing{"db.ping", "SELECT 1"};

// ":memory:" becomes a named database of SQLite's memdb VFS ("file:/name?vfs=memdb"): every connection that
// opens the same name shares it, with ordinary file-style locking (busy_timeout applies, unlike shared-cache
// mode, whose table locks fail at once with SQLITE_LOCKED). The name is unique per Open call, so each Database
// (each test) is isolated, and the data disappears when the pool closes its last connection.
ConnectionConfig ConfigFor(const SqliteOptions& options) {
  static std::atomic<std::uint64_t> next_memory_id{0};
  ConnectionConfig config;
  config.busy_timeout_ms = options.busy_timeout_ms;
  if (options.path == ":memory:") {
    config.in_memory = true;
    config.filename = "file:/sinergi_mem_" + std::to_string(next_memory_id.fetch_add(1)) + "?vfs=memdb";
  } else {
    config.filename = options.path;
  }
  return config;
}

class SqliteDatabase final : public domain::ports::Database {
 public:
  SqliteDatabase(std::unique_ptr<ConnectionPool> pool, int busy_timeout_ms, std::shared_ptr<const core::KeyRing> keys)
      : pool_(std::move(pool)), wait_(busy_timeout_ms), keys_(std::move(keys)) {}

  core::Result<std::unique_ptr<domain::ports::UnitOfWork>> Begin(domain::ports::TxMode mode) override {
    SINERGI_TRY(auto lease, pool_->Acquire(wait_));
    return SqliteUnitOfWork::Begin(std::move(lease), mode, keys_.get());
  }

  core::Status Ping() override {
    SINERGI_TRY(auto lease, pool_->Acquire(wait_));
    SINERGI_TRY(auto stmt, lease->Prepare(kPing));
    return stmt->Exec();
  }

  domain::ports::DatabaseStats Stats() const override {
    return {.connections_total = pool_->size(), .connections_in_use = pool_->in_use()};
  }

 private:
  std::unique_ptr<ConnectionPool> pool_;
  std::chrono::milliseconds wait_;
  std::shared_ptr<const core::KeyRing> keys_;
};

core::Status VerifyKeys(Connection& conn, const core::KeyRing& keys) {
  SINERGI_TRY_STATUS(conn.ExecScript("BEGIN IMMEDIATE", "data_keys.begin"));
  auto now = std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
  auto st = CheckDataKeys(conn, keys, core::Timestamp(now));
  if (st) st = conn.ExecScript("COMMIT", "data_keys.commit");
  if (!st) static_cast<void>(conn.ExecScript("ROLLBACK", "data_keys.rollback"));
  return st;
}

}  // namespace

core::Result<std::unique_ptr<domain::ports::Database>> Open(const SqliteOptions& options) {
  if (options.pool_size < 1 || options.busy_timeout_ms < 0) {
    return core::Error::Invalid("sqlite.options", "pool_size must be >= 1 and busy_timeout_ms >= 0.");
  }
  SINERGI_TRY(auto pool, ConnectionPool::Create(ConfigFor(options), options.pool_size));
  {
    SINERGI_TRY(auto lease, pool->Acquire(std::chrono::milliseconds(0)));
    SINERGI_TRY_STATUS(ApplyMigrations(*lease));
    if (options.keys) SINERGI_TRY_STATUS(VerifyKeys(*lease, *options.keys));
  }
  return std::unique_ptr<domain::ports::Database>(
      new SqliteDatabase(std::move(pool), options.busy_timeout_ms, options.keys));
}

core::Result<int> Migrate(const SqliteOptions& options) {
  SINERGI_TRY(auto conn, Connection::Open(ConfigFor(options)));
  return ApplyMigrations(*conn);
}

}  // namespace sinergi::storage::sqlite
