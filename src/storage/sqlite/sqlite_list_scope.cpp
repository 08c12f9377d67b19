// ListScope -> SQL. Each clause mirrors one clause of domain::ListScopeAdmits (and so of CanSeeRecord).
#include "storage/sqlite/sqlite_list_scope.hpp"

#include <utility>
#include <vector>

#include "storage/common/json_text.hpp"

namespace sinergi::storage::sqlite {
namespace {

std::string Param(int n) {
  std::string param = "?";  // appended, not "?" + ...: g++ 12 -O3 reports a false -Wrestrict on operator+
  param += std::to_string(n);
  return param;
}

// `column` is the region `region` itself or a region below it: "33" admits "33" and "33.01" but not "330".
// Everything that starts with "33." sorts in ["33.", "33/"), and nothing else does ('/' follows '.'), so the
// test is exact for any text and still a range an index can serve.
std::string InRegion(const std::string& column, const std::string& region) {
  return "(" + column + " = " + region + " OR (" + column + " >= (" + region + " || '.') AND " + column + " < (" +
         region + " || '/')))";
}

}  // namespace

std::optional<ScopeCondition> ListScopeCondition(const domain::ListScope& scope, std::string_view row, int first_param,
                                                 std::string_view region_column) {
  if (scope.everything) return std::nullopt;
  const std::string r(row);
  std::vector<std::pair<const char*, std::string>> clauses;  // tag, SQL
  if (scope.owner_agency_id) clauses.emplace_back("agency", r + ".owner_agency_id = " + Param(first_param));
  if (scope.nationally_owned) {
    // Absent (NULL) and empty both mean "owned nationally", as in the domain (Person::owner_agency_id).
    clauses.emplace_back("national", "(" + r + ".owner_agency_id IS NULL OR " + r + ".owner_agency_id = '')");
  }
  if (scope.region) {
    // The owning agency's region lives on the agencies table; an agency that no longer exists has no region.
    const std::string region = Param(first_param + 1);
    clauses.emplace_back("region", InRegion(r + "." + std::string(region_column), region) + " OR " + r +
                                       ".owner_agency_id IN (SELECT a.id FROM agencies a WHERE " +
                                       InRegion("a.region_code", region) + ")");
  }
  if (scope.created_by) clauses.emplace_back("own", r + ".created_by = " + Param(first_param + 2));
  if (!scope.granted_person_ids.empty()) {
    clauses.emplace_back("grants", r + ".id IN (SELECT value FROM json_each(" + Param(first_param + 3) + "))");
  }
  if (clauses.empty()) clauses.emplace_back("none", "0");  // an unknown scope without grants sees nothing

  ScopeCondition out;
  out.tag += "scope";
  out.sql += '(';
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    out.tag += '-';
    out.tag += clauses[i].first;
    if (i > 0) out.sql += " OR ";
    out.sql += clauses[i].second;
  }
  out.sql += ')';
  return out;
}

void BindListScope(Statement& stmt, const domain::ListScope& scope, int first_param) {
  if (scope.everything) return;
  if (scope.owner_agency_id) stmt.BindText(first_param, *scope.owner_agency_id);
  if (scope.region) stmt.BindText(first_param + 1, *scope.region);
  if (scope.created_by) stmt.BindText(first_param + 2, *scope.created_by);
  if (!scope.granted_person_ids.empty()) stmt.BindText(first_param + 3, EncodeStringArray(scope.granted_person_ids));
}

}  // namespace sinergi::storage::sqlite
