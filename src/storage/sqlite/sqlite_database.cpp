#include "storage/sqlite/sqlite_database.hpp"

#include <atomic>
#include <chrono>
#include <string>

#include "storage/sqlite/connection_pool.hpp"
#include "storage/sqlite/migrations.hpp"
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
  SqliteDatabase(std::unique_ptr<ConnectionPool> pool, int busy_timeout_ms)
      : pool_(std::move(pool)), wait_(busy_timeout_ms) {}

  core::Result<std::unique_ptr<domain::ports::UnitOfWork>> Begin(domain::ports::TxMode mode) override {
    SINERGI_TRY(auto lease, pool_->Acquire(wait_));
    return SqliteUnitOfWork::Begin(std::move(lease), mode);
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
};

}  // namespace

core::Result<std::unique_ptr<domain::ports::Database>> Open(const SqliteOptions& options) {
  if (options.pool_size < 1 || options.busy_timeout_ms < 0) {
    return core::Error::Invalid("sqlite.options", "pool_size must be >= 1 and busy_timeout_ms >= 0.");
  }
  SINERGI_TRY(auto pool, ConnectionPool::Create(ConfigFor(options), options.pool_size));
  {
    SINERGI_TRY(auto lease, pool->Acquire(std::chrono::milliseconds(0)));
    SINERGI_TRY_STATUS(ApplyMigrations(*lease));
  }
  return std::unique_ptr<domain::ports::Database>(new SqliteDatabase(std::move(pool), options.busy_timeout_ms));
}

core::Result<int> Migrate(const SqliteOptions& options) {
  SINERGI_TRY(auto conn, Connection::Open(ConfigFor(options)));
  return ApplyMigrations(*conn);
}

}  // namespace sinergi::storage::sqlite
