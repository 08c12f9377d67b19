#pragma once
// Prepared statements. Every SQL text is a named Query (STYLE.md §15); a Connection prepares each name once
// and hands out a ScopedStatement that resets the cached statement when it goes out of scope.
// Value mapping: dates are TEXT 'YYYY-MM-DD', timestamps INTEGER milliseconds since the epoch, booleans 0/1,
// optionals NULL. Not thread-safe: a statement belongs to its connection, which one unit of work uses at a time.
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/result.hpp"
#include "storage/sqlite/sqlite_errors.hpp"

namespace sinergi::storage::sqlite {

struct Query {
  std::string_view name;  // stable, e.g. "person.insert"; keys the statement cache and names errors
  std::string_view sql;
};

// Owns one sqlite3_stmt.
class Statement {
 public:
  Statement(sqlite3_stmt* stmt, std::string name) : stmt_(stmt), name_(std::move(name)) {}
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  const std::string& name() const { return name_; }
  std::string_view sql() const { return sqlite3_sql(stmt_); }

  // Binders take 1-based parameter indexes. A failed bind (a bug: bad index) is reported by the next Step.
  void BindNull(int i);
  void BindText(int i, std::string_view v);
  void BindInt(int i, std::int64_t v);
  void BindBool(int i, bool v) { BindInt(i, v ? 1 : 0); }
  void BindOptText(int i, const std::optional<std::string>& v);
  void BindDate(int i, const core::Date& v) { BindText(i, v.ToString()); }
  void BindOptDate(int i, const std::optional<core::Date>& v);
  void BindTime(int i, core::Timestamp v) { BindInt(i, v.time_since_epoch().count()); }
  void BindOptTime(int i, const std::optional<core::Timestamp>& v);

  // true: a row is available; false: done. Errors are translated with `reasons`.
  core::Result<bool> Step(const ConstraintReasons& reasons = {});
  // Steps to completion, ignoring rows.
  core::Status Exec(const ConstraintReasons& reasons = {});
  // Rows changed by the last completed Exec/Step on this statement's connection.
  int Changes() const;

  // Column readers take 0-based indexes. Dates that do not parse read as nullopt/epoch (written by us).
  bool IsNull(int i) const;
  std::string Text(int i) const;
  std::optional<std::string> OptText(int i) const;
  std::int64_t Int(int i) const;
  bool Bool(int i) const { return Int(i) != 0; }
  core::Date Date(int i) const;
  std::optional<core::Date> OptDate(int i) const;
  core::Timestamp Time(int i) const;
  std::optional<core::Timestamp> OptTime(int i) const;

  // Makes the statement reusable: resets it and clears its bindings.
  void Reset();

 private:
  void Check(int rc);

  sqlite3_stmt* stmt_;
  std::string name_;
  int bind_rc_ = SQLITE_OK;
};

// A cached statement borrowed for one use; resets it on destruction so it can be borrowed again.
class ScopedStatement {
 public:
  explicit ScopedStatement(Statement& stmt) : stmt_(&stmt) {}
  ~ScopedStatement() {
    if (stmt_ != nullptr) stmt_->Reset();
  }
  ScopedStatement(ScopedStatement&& other) noexcept : stmt_(other.stmt_) { other.stmt_ = nullptr; }
  ScopedStatement& operator=(ScopedStatement&&) = delete;
  ScopedStatement(const ScopedStatement&) = delete;
  ScopedStatement& operator=(const ScopedStatement&) = delete;

  Statement* operator->() const { return stmt_; }
  Statement& operator*() const { return *stmt_; }

 private:
  Statement* stmt_;
};

}  // namespace sinergi::storage::sqlite
