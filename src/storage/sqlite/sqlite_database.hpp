#pragma once
// The embedded default backend: SQLite in WAL mode, a small connection pool, BEGIN IMMEDIATE for writers,
// busy timeout, foreign keys on, cached prepared statements. Only src/app and tests name this.
#include <memory>
#include <string>

#include "core/result.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::storage::sqlite {

struct SqliteOptions {
  std::string path;             // file path, or ":memory:" (a shared in-memory database for tests)
  int pool_size = 4;            // connections; writers serialize on the database lock anyway
  int busy_timeout_ms = 5000;   // how long a writer waits for the lock before kUnavailable
};

// Opens (creating the file if needed) and applies pending migrations.
// Errors: kUnavailable (cannot open), kInternal (a migration failed; nothing of it is applied).
core::Result<std::unique_ptr<domain::ports::Database>> Open(const SqliteOptions& options);

// Applies pending migrations only; returns how many were applied.
core::Result<int> Migrate(const SqliteOptions& options);

}  // namespace sinergi::storage::sqlite
