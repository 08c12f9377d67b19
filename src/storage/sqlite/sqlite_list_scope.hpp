#pragma once
// The need-to-know restriction of lists and searches (domain/list_scope.hpp) as SQLite SQL: one condition on a
// persons row, shared by the person list, the name search and the journey list (which asks it of the journey's
// person), and on a cases row for the case list (a case is judged on itself: its occurrence region stands where a
// person's address region does, and the grants name cases). The meaning is domain::ListScopeAdmits; the storage
// contract suite holds this SQL to the policy.
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

// The condition admitting the row named `row` (a table name or alias in the query), or nullopt when the scope
// restricts nothing. The row has columns id, owner_agency_id, created_by and `region_column` (the record's own
// region, RecordScope::address_region_code). Parameters take fixed numbers from `first_param`: +0 owner agency id,
// +1 region, +2 creator, +3 granted record ids (a JSON array); only those of present clauses appear in the SQL.
std::optional<ScopeCondition> ListScopeCondition(const domain::ListScope& scope, std::string_view row, int first_param,
                                                 std::string_view region_column = "address_region_code");

// Binds the parameters ListScopeCondition put into the statement (with the same `first_param`).
void BindListScope(Statement& stmt, const domain::ListScope& scope, int first_param);

}  // namespace sinergi::storage::sqlite
