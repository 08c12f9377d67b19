#pragma once
// One SQLite connection (RAII) with its prepared-statement cache. Not thread-safe: the pool lends it to one
// unit of work, on one thread, at a time.
#include <sqlite3.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/result.hpp"
#include "storage/sqlite/statement.hpp"

namespace sinergi::storage::sqlite {

struct ConnectionConfig {
  std::string filename;    // a path, or a "file:" URI (opened with SQLITE_OPEN_URI)
  bool in_memory = false;  // skip WAL: the memdb VFS keeps a rollback journal in memory
  int busy_timeout_ms = 5000;
};

class Connection {
 public:
  // Opens and configures: extended result codes, busy_timeout, foreign_keys=ON, journal_mode=WAL and
  // synchronous=NORMAL for files. Errors: kUnavailable (cannot open or configure).
  static core::Result<std::unique_ptr<Connection>> Open(const ConnectionConfig& config);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // The cached statement for `query.name`, prepared on first use. The caller must let the ScopedStatement go
  // before borrowing the same name again. Errors: kInternal (the SQL does not prepare: a bug).
  core::Result<ScopedStatement> Prepare(const Query& query);

  // Runs a script of one or more statements without caching (migrations, pragmas).
  core::Status ExecScript(std::string_view sql, std::string_view name);

  // True while a transaction is open on this connection.
  bool InTransaction() const { return sqlite3_get_autocommit(db_) == 0; }
  sqlite3* handle() const { return db_; }

 private:
  explicit Connection(sqlite3* db) : db_(db) {}

  sqlite3* db_;
  std::unordered_map<std::string, std::unique_ptr<Statement>> cache_;  // by query name
};

}  // namespace sinergi::storage::sqlite
