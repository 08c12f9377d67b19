#pragma once
// Schema migrations embedded at build time from src/storage/migrations/sqlite/*.sql (sorted by name; see
// src/CMakeLists.txt). A file "NNNN_title.sql" has version NNNN. Applied versions are recorded in
// schema_migrations(version, name, applied_at); each pending file runs in its own BEGIN IMMEDIATE transaction,
// so a failing migration leaves nothing of itself behind and a concurrent migrator waits instead of racing.
#include <cstddef>

#include "core/embedded_file.hpp"
#include "core/result.hpp"
#include "storage/sqlite/connection.hpp"

namespace sinergi::storage::sqlite {

extern const core::EmbeddedFile kMigrations[];
extern const std::size_t kMigrations_count;

// Applies the pending migrations on `conn` (outside any transaction); returns how many were applied.
// Errors: kInternal (a file name without a version, or SQL that fails), kUnavailable (database busy).
core::Result<int> ApplyMigrations(Connection& conn);

}  // namespace sinergi::storage::sqlite
