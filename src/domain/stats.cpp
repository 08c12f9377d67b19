// The names of the stats dimensions and scopes (stats.hpp).
#include "domain/stats.hpp"

#include <array>
#include <utility>

namespace sinergi::domain {
namespace {

constexpr std::array<std::pair<StatsDimension, std::string_view>, 10> kDimensions{{
    {StatsDimension::kYear, "year"},
    {StatsDimension::kQuarter, "quarter"},
    {StatsDimension::kMonth, "month"},
    {StatsDimension::kProvince, "province"},
    {StatsDimension::kRegency, "regency"},
    {StatsDimension::kCountry, "country"},
    {StatsDimension::kCaseType, "case_type"},
    {StatsDimension::kSex, "sex"},
    {StatsDimension::kAgeGroup, "age_group"},
    {StatsDimension::kDetermination, "determination"},
}};

}  // namespace

std::string_view ToString(StatsDimension d) {
  for (const auto& [dimension, name] : kDimensions) {
    if (dimension == d) return name;
  }
  return "unknown";
}

std::optional<StatsDimension> ParseStatsDimension(std::string_view text) {
  for (const auto& [dimension, name] : kDimensions) {
    if (name == text) return dimension;
  }
  return std::nullopt;
}

bool IsVictimDimension(StatsDimension d) {
  return d == StatsDimension::kSex || d == StatsDimension::kAgeGroup || d == StatsDimension::kDetermination;
}

bool IsPeriodDimension(StatsDimension d) {
  return d == StatsDimension::kYear || d == StatsDimension::kQuarter || d == StatsDimension::kMonth;
}

std::string_view ToString(StatsScope s) {
  switch (s) {
    case StatsScope::kOwn:
      return "own";
    case StatsScope::kNational:
      return "national";
    case StatsScope::kPublic:
      return "public";
  }
  return "unknown";
}

}  // namespace sinergi::domain
