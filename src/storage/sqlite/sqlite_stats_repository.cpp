// Case and victim counts in SQLite (ports/stats_repository.hpp; keys and counting rules: domain/stats.hpp). One
// statement per request shape: the cases passing the filters and the case list's need-to-know condition
// (sqlite_list_scope.cpp, the same SQL as the case list), joined to their KORBAN parties and those persons, grouped
// by the key expressions. Ranges on reported_on use cases_reported_on (migration 0019_stats.sql); the parties come
// from the unique (case_id, person_id, role) index.
#include "storage/sqlite/sqlite_stats_repository.hpp"

#include <utility>

#include "domain/age_groups.hpp"
#include "storage/common/filtered_query.hpp"
#include "storage/sqlite/sqlite_list_scope.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::StatsDimension;
using domain::ports::StatsCountQuery;
using domain::ports::StatsGroupCount;

constexpr int kScopeParam = 6;

// Whole years from birth to the case's report (core::AgeOn: 0 when born after it); NULL without a birth date.
constexpr const char* kAge =
    "max(0, CAST(substr(c.reported_on, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER) - "
    "(substr(c.reported_on, 6, 5) < substr(p.birth_date, 6, 5)))";

std::string AgeGroupExpression() {
  std::string sql = "CASE WHEN p.birth_date IS NULL THEN ''";
  for (const domain::AgeBand& band : domain::SimfoniAgeBands()) {
    sql += " WHEN ";
    sql += kAge;
    if (band.max_age >= 0) {
      sql += " <= " + std::to_string(band.max_age);
    } else {
      sql += " >= " + std::to_string(band.min_age);
    }
    sql += " THEN '" + std::string(band.code) + "'";
  }
  return sql + " ELSE '' END";
}

std::string KeyExpression(StatsDimension d) {
  switch (d) {
    case StatsDimension::kYear:
      return "substr(c.reported_on, 1, 4)";
    case StatsDimension::kQuarter:
      return "substr(c.reported_on, 1, 4) || '-Q' || ((CAST(substr(c.reported_on, 6, 2) AS INTEGER) + 2) / 3)";
    case StatsDimension::kMonth:
      return "substr(c.reported_on, 1, 7)";
    case StatsDimension::kProvince:
      return "CASE WHEN length(c.occurrence_region_code) >= 2 THEN substr(c.occurrence_region_code, 1, 2) ELSE '' "
             "END";
    case StatsDimension::kRegency:
      return "CASE WHEN length(c.occurrence_region_code) >= 5 THEN substr(c.occurrence_region_code, 1, 5) ELSE '' "
             "END";
    case StatsDimension::kCountry:
      return "coalesce(c.occurrence_country, '')";
    case StatsDimension::kCaseType:
      return "ct.value";
    case StatsDimension::kSex:
      return "coalesce(p.sex, '')";
    case StatsDimension::kAgeGroup:
      return AgeGroupExpression();
    case StatsDimension::kDetermination:
      return "coalesce((SELECT s.determination FROM case_screenings s WHERE s.case_id = c.id AND s.person_id = "
             "v.person_id AND s.determination IS NOT NULL ORDER BY s.determined_at DESC, s.id DESC LIMIT 1), '')";
  }
  return "''";
}

}  // namespace

StatsStatement StatsCountStatement(const StatsCountQuery& query) {
  std::string select = "SELECT ";
  std::string name = "stats.cases";
  bool by_case_type = false;
  for (StatsDimension d : query.group_by) {
    select += KeyExpression(d) + ", ";
    name += '.';
    name += domain::ToString(d);
    by_case_type = by_case_type || d == StatsDimension::kCaseType;
  }
  select += std::string(
                "count(DISTINCT c.id), count(DISTINCT v.person_id), count(DISTINCT CASE WHEN p.sex = "
                "'PEREMPUAN' OR ") +
            kAge + " < 18 THEN v.person_id END) FROM cases c" +
            (by_case_type ? " JOIN json_each(c.case_types) ct" : "") +
            " LEFT JOIN case_parties v ON v.case_id = c.id AND v.role = 'KORBAN'"
            " LEFT JOIN persons p ON p.id = v.person_id";
  const domain::StatsFilter& f = query.filter;
  FilteredQuery q(name + ":", std::move(select));
  q.Add(f.from.has_value(), "from", "c.reported_on >= ?1");
  q.Add(f.to.has_value(), "to", "c.reported_on <= ?2");
  q.Add(f.case_type.has_value(), "type", "EXISTS (SELECT 1 FROM json_each(c.case_types) t WHERE t.value = ?3)");
  q.Add(f.region.has_value(), "region",
        "(c.occurrence_region_code = ?4 OR (c.occurrence_region_code >= (?4 || '.') AND c.occurrence_region_code < "
        "(?4 || '/')))");
  q.Add(f.sex.has_value(), "sex", "p.sex = ?5");
  if (auto condition = ListScopeCondition(query.scope, "c", kScopeParam, "occurrence_region_code")) {
    q.Add(true, condition->tag, condition->sql);
  }
  if (!query.group_by.empty()) {
    q.sql += " GROUP BY ";
    for (std::size_t i = 0; i < query.group_by.size(); ++i) {
      if (i > 0) q.sql += ", ";
      q.sql += std::to_string(i + 1);
    }
  }
  return {q.name, q.sql};
}

core::Result<std::vector<StatsGroupCount>> SqliteStatsRepository::CountCases(const StatsCountQuery& query) {
  const StatsStatement statement = StatsCountStatement(query);
  SINERGI_TRY(auto stmt, conn_.Prepare({statement.name, statement.sql}));
  const domain::StatsFilter& f = query.filter;
  if (f.from) stmt->BindDate(1, *f.from);
  if (f.to) stmt->BindDate(2, *f.to);
  if (f.case_type) stmt->BindText(3, *f.case_type);
  if (f.region) stmt->BindText(4, *f.region);
  if (f.sex) stmt->BindText(5, *f.sex);
  BindListScope(*stmt, query.scope, kScopeParam);

  const int n = static_cast<int>(query.group_by.size());
  std::vector<StatsGroupCount> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    StatsGroupCount g;
    for (int i = 0; i < n; ++i) g.keys.push_back(stmt->OptText(i).value_or(""));
    g.cases = stmt->Int(n);
    g.victims = stmt->Int(n + 1);
    g.women_and_children = stmt->Int(n + 2);
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace sinergi::storage::sqlite
