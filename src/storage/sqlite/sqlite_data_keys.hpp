#pragma once
// The data_keys table (migration 0006): per key id a check value sealed with that key.
#include "core/date.hpp"
#include "core/key_ring.hpp"
#include "core/result.hpp"
#include "storage/sqlite/connection.hpp"

namespace sinergi::storage::sqlite {

// Inside a write transaction: verifies every configured key that has a check value, and records the check value
// of the active key when it has none yet. Errors: kInvalid "data_key.mismatch" naming the key id (a wrong key
// file would otherwise show up only as a failure to read a victim's address).
core::Status CheckDataKeys(Connection& conn, const core::KeyRing& keys, core::Timestamp now);

}  // namespace sinergi::storage::sqlite
