#pragma once
// The one place where SQLite result codes become domain errors (STYLE.md §4): constraint violations turn into
// the repository's own reasons (kConflict "person.nik_taken" ...), busy/locked into kUnavailable, and anything
// else into kInternal whose message names the query and SQLite's error text but never the SQL itself.
#include <string_view>

#include "core/error.hpp"

struct sqlite3;

namespace sinergi::storage::sqlite {

// A domain reason for one kind of constraint failure; an empty code means "not expected here" (-> kInternal).
struct Reason {
  const char* code = nullptr;
  const char* message = nullptr;
};

// What a statement's constraint failures mean. Each repository builds its own, e.g.
//   const auto kWrite = ConstraintReasons().Unique({"person.nik_taken", "..."}).PrimaryKey({"person.exists", "..."});
struct ConstraintReasons {
  Reason unique;       // SQLITE_CONSTRAINT_UNIQUE -> kConflict
  Reason primary_key;  // SQLITE_CONSTRAINT_PRIMARYKEY -> kConflict (falls back to `unique`)
  Reason foreign_key;  // SQLITE_CONSTRAINT_FOREIGNKEY -> foreign_key_code
  core::ErrorCode foreign_key_code = core::ErrorCode::kNotFound;
  Reason check;  // SQLITE_CONSTRAINT_CHECK -> kInvalid

  ConstraintReasons Unique(Reason r) const {
    auto c = *this;
    c.unique = r;
    return c;
  }
  ConstraintReasons PrimaryKey(Reason r) const {
    auto c = *this;
    c.primary_key = r;
    return c;
  }
  ConstraintReasons ForeignKey(Reason r, core::ErrorCode code = core::ErrorCode::kNotFound) const {
    auto c = *this;
    c.foreign_key = r;
    c.foreign_key_code = code;
    return c;
  }
  ConstraintReasons Check(Reason r) const {
    auto c = *this;
    c.check = r;
    return c;
  }
};

// `rc` is an extended result code (connections enable them). `db` may be null.
core::Error TranslateError(int rc, sqlite3* db, std::string_view query_name, const ConstraintReasons& reasons = {});

bool IsBusy(int rc);

}  // namespace sinergi::storage::sqlite
