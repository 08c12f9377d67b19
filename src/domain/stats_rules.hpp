#pragma once
// The pure rules of the case and victim figures (domain/stats.hpp): reading a request, the keys and categories of
// each dimension, and building the answer table (the full grid, then small-cell suppression by
// domain/suppression.hpp when the figures leave the actor's own scope). The stats service applies them; the
// in-memory test double computes its keys with them, so it and the SQL backend group alike.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/ports/stats_repository.hpp"
#include "domain/stats.hpp"

namespace sinergi::domain {

// A request's parameters as text (absent = nullopt). group_by is a comma-separated list.
struct StatsQueryText {
  std::optional<std::string> group_by;
  std::optional<std::string> from;
  std::optional<std::string> to;
  std::optional<std::string> case_type;
  std::optional<std::string> province;  // "61"
  std::optional<std::string> regency;   // "61.71"
  std::optional<std::string> sex;
  std::optional<std::string> scope;  // own (default) | national
};

// Errors: kInvalid "validation_failed" with field errors (field: code): group_by unknown_value / duplicate /
// too_many (more than kMaxStatsDimensions); from, to invalid_format; to before_from; case_type, sex unknown_code;
// province invalid_format (not two digits); regency invalid_format (not "61.71") / outside_province (not in the
// province given); scope unknown_value.
core::Result<StatsQuery> ParseStatsQuery(const StatsQueryText& text);

// What the public endpoint refuses: province level and above only. Field errors: group_by not_public (regency);
// regency not_public (a regency filter).
std::vector<core::FieldError> ValidatePublicQuery(const StatsQuery& query);

// The query as one line for the audit trail: "group_by=province,sex from=2025-01-01 case_type=TPPO scope=national".
std::string DescribeStatsQuery(const StatsQuery& query);

// Keys (stats.hpp): "2025", "2025-Q1", "2025-01" for the period dimensions.
std::string PeriodKey(StatsDimension d, core::Date date);
// The SIMFONI band of the age on `on` (core::AgeOn) of someone born on `birth`; "" when the birth date is unknown.
std::string AgeGroupKey(const std::optional<core::Date>& birth, core::Date on);
// "61.71.02" -> "61" (kProvince) or "61.71" (kRegency); "" when the code is too short.
std::string RegionKey(StatsDimension d, std::string_view region_code);

// The regions a grid may list: dotted codes of the provinces and regencies of the reference data.
struct StatsRegions {
  std::vector<std::string> provinces;
  std::vector<std::string> regencies;
};

// Every category of `d` the answer lists, in order: the known categories (periods from filter.from to filter.to, or
// the span observed; the provinces and regencies within filter.region; the code list's codes, only filter.sex when
// set; the SIMFONI bands), then any other observed key in text order with "" (unknown) last. `observed`: the keys
// of `d` in the counted groups.
std::vector<std::string> StatsCategories(StatsDimension d, const StatsFilter& filter, const StatsRegions& regions,
                                         const std::vector<std::string>& observed);

// The answer: every combination of `categories` (one list per group_by dimension) as a row, 0 where nothing was
// counted. `k`: suppress small cells (SuppressSmallCells over the cases table and the victims table apart; a total
// is withheld when it is small or the rule withheld it; women_and_children also when the victims total is withheld
// or victims minus it is small). `totals`: the true totals (the one group of a query without group_by).
// Errors: kInvalid "stats.too_many_cells" (field group_by) when the grid has more than kMaxStatsCells rows;
// the suppression rule's errors.
core::Result<StatsTable> BuildStatsTable(const std::vector<StatsDimension>& group_by,
                                         const std::vector<std::vector<std::string>>& categories,
                                         const std::vector<ports::StatsGroupCount>& groups,
                                         const ports::StatsGroupCount& totals, std::optional<std::int64_t> k);

}  // namespace sinergi::domain
