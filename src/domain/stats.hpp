#pragma once
// Case and victim figures (issue #6, first slice): the question a stats request asks and the table it answers.
// Rules: domain/stats_rules.hpp; use cases: domain/stats_service.hpp; storage: ports/stats_repository.hpp.
//
// COUNTING
//   cases    distinct cases in a group. A case belongs to the group of each of its values: once per period, province,
//            regency and country (single-valued), but in every case type it has and, when grouped by a victim
//            attribute (sex, age_group, determination), in every group one of its victims is in. So case rows need
//            not add up to the total; StatsTable::totals holds the true totals.
//   victims  distinct persons in role KORBAN of the counted cases (a person who is a victim in two cases of one group
//            counts once in it).
//   women_and_children (totals only): victims who are women (sex PEREMPUAN) or were under 18 when the case was
//            reported.
// Victim attributes are taken on the case: the age is the whole years between birth date and the case's reported_on
// (core::AgeOn), banded by SimfoniAgeBands(); the determination is that of the victim's most recently determined
// screening in the case (determined_at, then id).
// An unknown value (no region, no sex, no birth date, no screening, no victim) is the empty key "".
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace sinergi::domain {

enum class StatsDimension {
  kYear,           // of reported_on: "2025"
  kQuarter,        // "2025-Q1"
  kMonth,          // "2025-01"
  kProvince,       // of occurrence_region_code: "61"
  kRegency,        // "61.71"
  kCountry,        // occurrence_country (ISO alpha-2; "ID" at home)
  kCaseType,       // codelist jenis_kasus (multi-valued)
  kSex,            // of the victim: codelist jenis_kelamin
  kAgeGroup,       // of the victim: SIMFONI band ("13-17")
  kDetermination,  // of the victim's most recently determined screening in the case: codelist penetapan_tppo
};

// The API names: year, quarter, month, province, regency, country, case_type, sex, age_group, determination.
std::string_view ToString(StatsDimension d);
std::optional<StatsDimension> ParseStatsDimension(std::string_view text);
// sex, age_group, determination: attributes of a victim rather than of the case.
bool IsVictimDimension(StatsDimension d);
bool IsPeriodDimension(StatsDimension d);

inline constexpr std::size_t kMaxStatsDimensions = 2;  // the suppression rule protects tables of two dimensions
inline constexpr std::size_t kMaxStatsCells = 20000;   // the full grid of one answer

// Which cases are counted (all present filters hold).
struct StatsFilter {
  std::optional<core::Date> from;        // reported_on >= from
  std::optional<core::Date> to;          // reported_on <= to
  std::optional<std::string> case_type;  // case_types contains it
  std::optional<std::string> region;  // occurrence_region_code is this province ("61") or regency ("61.71"), or below
  std::optional<std::string> sex;     // only victims of this sex (and cases having one)

  bool operator==(const StatsFilter&) const = default;
};

// Whose cases, and how the answer may be shown.
enum class StatsScope {
  kOwn,       // the cases the actor's case list shows: exact figures
  kNational,  // every case: small cells suppressed, unless the actor sees every case anyway
  kPublic,    // every case, no sign-in: always suppressed, province level and above
};
std::string_view ToString(StatsScope s);  // own, national, public

struct StatsQuery {
  std::vector<StatsDimension> group_by;  // at most kMaxStatsDimensions, no repeats
  StatsFilter filter;
  StatsScope scope = StatsScope::kOwn;
};

// One figure: the value, or nullopt when it is withheld (suppressed).
using StatsFigure = std::optional<std::int64_t>;

struct StatsRow {
  std::vector<std::string> keys;  // one per group_by dimension, in its order; "" = unknown
  StatsFigure cases;
  StatsFigure victims;
};

struct StatsTotals {
  StatsFigure cases;
  StatsFigure victims;
  StatsFigure women_and_children;
};

struct StatsTable {
  std::vector<StatsDimension> group_by;
  std::vector<StatsRow> rows;  // the full grid (every category of each dimension, zeros included), in category order
  StatsTotals totals;
  bool suppressed = false;            // small cells withheld (StatsScope kNational beyond the actor's scope, kPublic)
  std::int64_t threshold = 0;         // k, when suppressed
  std::int64_t suppressed_cells = 0;  // withheld row figures (cases and victims cells)
  std::string scope;                  // what was counted: OWN, AGENCY, REGION, NATIONAL (the actor's scope) or PUBLIC
};

}  // namespace sinergi::domain
