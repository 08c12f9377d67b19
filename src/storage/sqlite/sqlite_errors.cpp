#include "storage/sqlite/sqlite_errors.hpp"

#include <sqlite3.h>

#include <string>

namespace sinergi::storage::sqlite {
namespace {

core::Error Unexpected(int rc, sqlite3* db, std::string_view query_name) {
  std::string message = "sqlite error ";
  message += std::to_string(rc);
  message += " (";
  message += sqlite3_errstr(rc);
  message += ") in query '";
  message += query_name;
  message += "'";
  if (db != nullptr && sqlite3_extended_errcode(db) == rc) {
    message += ": ";
    message += sqlite3_errmsg(db);
  }
  return core::Error::Internal(std::move(message));
}

core::Error FromReason(core::ErrorCode code, const Reason& reason) {
  return {code, reason.code, reason.message != nullptr ? reason.message : reason.code};
}

}  // namespace

bool IsBusy(int rc) {
  int primary = rc & 0xFF;
  return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

core::Error TranslateError(int rc, sqlite3* db, std::string_view query_name, const ConstraintReasons& reasons) {
  if (IsBusy(rc)) {
    return core::Error::Unavailable("The database is busy; try again.");
  }
  switch (rc) {
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      if (reasons.primary_key.code != nullptr) return FromReason(core::ErrorCode::kConflict, reasons.primary_key);
      if (reasons.unique.code != nullptr) return FromReason(core::ErrorCode::kConflict, reasons.unique);
      break;
    case SQLITE_CONSTRAINT_UNIQUE:
      if (reasons.unique.code != nullptr) return FromReason(core::ErrorCode::kConflict, reasons.unique);
      break;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      if (reasons.foreign_key.code != nullptr) return FromReason(reasons.foreign_key_code, reasons.foreign_key);
      break;
    case SQLITE_CONSTRAINT_CHECK:
      if (reasons.check.code != nullptr) return FromReason(core::ErrorCode::kInvalid, reasons.check);
      break;
    default:
      break;
  }
  return Unexpected(rc, db, query_name);
}

}  // namespace sinergi::storage::sqlite
