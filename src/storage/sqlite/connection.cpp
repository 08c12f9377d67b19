#include "storage/sqlite/connection.hpp"

#include <string>

namespace sinergi::storage::sqlite {

core::Result<std::unique_ptr<Connection>> Connection::Open(const ConnectionConfig& config) {
  sqlite3* db = nullptr;
  // NOMUTEX: a connection is only ever used by one thread at a time (the pool hands it over under a mutex).
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(config.filename.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = "cannot open the SQLite database: ";
    message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return core::Error::Unavailable(std::move(message));
  }
  std::unique_ptr<Connection> conn(new Connection(db));
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, config.busy_timeout_ms);
  // WAL lets readers run beside the one writer; NORMAL sync is durable across crashes of the process
  // (a power loss may drop the last commits, never corrupt). Memory databases keep their default journal.
  // secure_delete: deleted and overwritten content is zeroed, not left in free space of the page, so an update
  // (a victim's new address, a purge, a key rotation) leaves no old clear text in the file.
  std::string pragmas = "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;";
  if (!config.in_memory) pragmas += "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
  if (auto st = conn->ExecScript(pragmas, "connection.configure"); !st) {
    return core::Error::Unavailable("cannot configure the SQLite connection: " + st.error().message());
  }
  return conn;
}

Connection::~Connection() {
  cache_.clear();  // finalize every statement before closing
  sqlite3_close(db_);
}

core::Result<ScopedStatement> Connection::Prepare(const Query& query) {
  auto it = cache_.find(std::string(query.name));
  if (it == cache_.end()) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(db_, query.sql.data(), static_cast<int>(query.sql.size()), SQLITE_PREPARE_PERSISTENT,
                                &stmt, nullptr);
    if (rc != SQLITE_OK) {
      sqlite3_finalize(stmt);
      return TranslateError(rc, db_, query.name);
    }
    it = cache_.emplace(std::string(query.name), std::make_unique<Statement>(stmt, std::string(query.name))).first;
  }
  // One name, one SQL text: a clash would silently run the wrong statement.
  SINERGI_DCHECK(it->second->sql() == query.sql);
  return ScopedStatement(*it->second);
}

core::Status Connection::ExecScript(std::string_view sql, std::string_view name) {
  std::string text(sql);
  int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return TranslateError(rc, db_, name);
  return core::Ok();
}

}  // namespace sinergi::storage::sqlite
