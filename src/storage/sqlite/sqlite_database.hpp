#pragma once
// The embedded default backend: SQLite in WAL mode, a small connection pool, BEGIN IMMEDIATE for writers,
// busy timeout, foreign keys on, cached prepared statements. Only src/app and tests name this.
#include <memory>
#include <string>

#include "core/key_ring.hpp"
#include "core/result.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::storage::sqlite {

// ":memory:" opens a fresh database of SQLite's memdb VFS ("file:/sinergi_mem_<n>?vfs=memdb"), unique per Open
// call and shared by all pool connections; it vanishes when the Database is destroyed. It has no WAL (rollback
// journal), so a read unit that stays open delays a writer's Commit (up to busy_timeout_ms); files use WAL, where
// readers never block the writer. A "file:" URI is passed through as is.
struct SqliteOptions {
  std::string path;            // file path, or ":memory:" (a shared in-memory database for tests)
  int pool_size = 4;           // connections; writers serialize on the database lock anyway
  int busy_timeout_ms = 5000;  // how long a writer waits for the lock before kUnavailable
  // Field-level encryption at rest (storage/common/sealed_fields.hpp). Null: sealed fields can be neither written
  // nor read (kUnavailable "data_key.missing"); everything else works.
  std::shared_ptr<const core::KeyRing> keys;
};

// Opens (creating the file if needed) and applies pending migrations. The Database must outlive its units of
// work; a unit holds one pooled connection until destroyed, so a thread must not hold one unit while it begins
// another (with every connection so held, Begin waits busy_timeout_ms and fails with kUnavailable).
// Errors: kUnavailable (cannot open), kInternal (a migration failed; nothing of it is applied),
//         kInvalid (pool_size < 1 or busy_timeout_ms < 0), kInvalid "data_key.mismatch" (a configured data key
//         is not the one the database was sealed with under its id; storage/sqlite/sqlite_data_keys.hpp).
core::Result<std::unique_ptr<domain::ports::Database>> Open(const SqliteOptions& options);

// Applies pending migrations only; returns how many were applied.
core::Result<int> Migrate(const SqliteOptions& options);

}  // namespace sinergi::storage::sqlite
