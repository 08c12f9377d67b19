#include "storage/sqlite/statement.hpp"

#include <chrono>

namespace sinergi::storage::sqlite {

Statement::~Statement() {
  sqlite3_finalize(stmt_);
}

void Statement::Check(int rc) {
  if (rc != SQLITE_OK && bind_rc_ == SQLITE_OK) bind_rc_ = rc;
}

void Statement::BindNull(int i) {
  Check(sqlite3_bind_null(stmt_, i));
}

void Statement::BindText(int i, std::string_view v) {
  // SQLITE_TRANSIENT: SQLite copies, so temporaries (formatted dates) are safe to bind.
  Check(sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
}

void Statement::BindInt(int i, std::int64_t v) {
  Check(sqlite3_bind_int64(stmt_, i, v));
}

void Statement::BindOptText(int i, const std::optional<std::string>& v) {
  if (v) {
    BindText(i, *v);
  } else {
    BindNull(i);
  }
}

void Statement::BindOptDate(int i, const std::optional<core::Date>& v) {
  if (v) {
    BindDate(i, *v);
  } else {
    BindNull(i);
  }
}

void Statement::BindOptTime(int i, const std::optional<core::Timestamp>& v) {
  if (v) {
    BindTime(i, *v);
  } else {
    BindNull(i);
  }
}

core::Result<bool> Statement::Step(const ConstraintReasons& reasons) {
  if (bind_rc_ != SQLITE_OK) return TranslateError(bind_rc_, nullptr, name_);
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return TranslateError(rc, sqlite3_db_handle(stmt_), name_, reasons);
}

core::Status Statement::Exec(const ConstraintReasons& reasons) {
  while (true) {
    auto row = Step(reasons);
    if (!row) return row.error();
    if (!*row) return core::Ok();
  }
}

int Statement::Changes() const {
  return sqlite3_changes(sqlite3_db_handle(stmt_));
}

bool Statement::IsNull(int i) const {
  return sqlite3_column_type(stmt_, i) == SQLITE_NULL;
}

std::string Statement::Text(int i) const {
  const unsigned char* p = sqlite3_column_text(stmt_, i);
  if (p == nullptr) return {};
  return {reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, i))};
}

std::optional<std::string> Statement::OptText(int i) const {
  if (IsNull(i)) return std::nullopt;
  return Text(i);
}

std::int64_t Statement::Int(int i) const {
  return sqlite3_column_int64(stmt_, i);
}

core::Date Statement::Date(int i) const {
  return OptDate(i).value_or(core::Date{});
}

std::optional<core::Date> Statement::OptDate(int i) const {
  if (IsNull(i)) return std::nullopt;
  return core::Date::Parse(Text(i));
}

core::Timestamp Statement::Time(int i) const {
  return core::Timestamp(std::chrono::milliseconds(Int(i)));
}

std::optional<core::Timestamp> Statement::OptTime(int i) const {
  if (IsNull(i)) return std::nullopt;
  return Time(i);
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  bind_rc_ = SQLITE_OK;
}

}  // namespace sinergi::storage::sqlite
