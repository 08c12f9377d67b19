#pragma once
// The need-to-know restriction of lists and searches (domain/list_scope.hpp) as SQLite SQL: one condition on a
// persons row, shared by the person list, the name search and the journey list (which asks it of the journey's
// person). The meaning is domain::ListScopeAdmits; the storage contract suite holds this SQL to the policy.
#include <optional>
#include <string>
#include <string_view>

#include "domain/list_scope.hpp"
#include "storage/sqlite/statement.hpp"

namespace sinergi::storage::sqlite {

struct ScopeCondition {
  std::string tag;  // for the query name (FilteredQuery::Add), one per combination of clauses
  std::string sql;  // a parenthesised boolean expression
};

// The condition admitting the persons row named `row` (a table name or alias in the query), or nullopt when the
// scope restricts nothing. Parameters take fixed numbers from `first_param`: +0 owner agency id, +1 region,
// +2 creator, +3 granted person ids (a JSON array); only those of present clauses appear in the SQL.
std::optional<ScopeCondition> ListScopeCondition(const domain::ListScope& scope, std::string_view row, int first_param);

// Binds the parameters ListScopeCondition put into the statement (with the same `first_param`).
void BindListScope(Statement& stmt, const domain::ListScope& scope, int first_param);

}  // namespace sinergi::storage::sqlite
