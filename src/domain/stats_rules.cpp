// The rules of the case and victim figures (stats_rules.hpp). The suppression itself is domain/suppression.cpp.
#include "domain/stats_rules.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "domain/age_groups.hpp"
#include "domain/codelists.hpp"
#include "domain/suppression.hpp"

namespace sinergi::domain {
namespace {

using core::FieldError;

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

bool IsProvinceCode(std::string_view code) {
  return code.size() == 2 && IsDigit(code[0]) && IsDigit(code[1]);
}

bool IsRegencyCode(std::string_view code) {
  return code.size() == 5 && IsProvinceCode(code.substr(0, 2)) && code[2] == '.' && IsDigit(code[3]) &&
         IsDigit(code[4]);
}

std::vector<std::string> SplitComma(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

void ParseGroupBy(const std::string& text, StatsQuery& query, std::vector<FieldError>& errors) {
  for (const std::string& name : SplitComma(text)) {
    std::optional<StatsDimension> d = ParseStatsDimension(name);
    if (!d) {
      errors.push_back({"group_by", "unknown_value", "Unknown dimension '" + name + "'."});
      return;
    }
    if (std::find(query.group_by.begin(), query.group_by.end(), *d) != query.group_by.end()) {
      errors.push_back({"group_by", "duplicate", "The dimension '" + name + "' is named twice."});
      return;
    }
    query.group_by.push_back(*d);
  }
  if (query.group_by.size() > kMaxStatsDimensions) {
    errors.push_back({"group_by", "too_many", "At most two dimensions per request."});
  }
}

std::optional<core::Date> ParseDateField(const std::optional<std::string>& text, const std::string& field,
                                         std::vector<FieldError>& errors) {
  if (!text) return std::nullopt;
  std::optional<core::Date> date = core::Date::Parse(*text);
  if (!date) errors.push_back({field, "invalid_format", "Expected a date YYYY-MM-DD."});
  return date;
}

void CheckCode(const std::optional<std::string>& value, std::string_view list, const std::string& field,
               std::vector<FieldError>& errors) {
  if (value && !IsValidCode(list, *value)) {
    errors.push_back({field, "unknown_code", "Not a code of the list " + std::string(list) + "."});
  }
}

// The first day of the period a key names; nullopt for a key that is not one.
std::optional<core::Date> PeriodStart(StatsDimension d, const std::string& key) {
  std::string text = key;
  if (d == StatsDimension::kYear) text += "-01-01";
  if (d == StatsDimension::kMonth) text += "-01";
  if (d == StatsDimension::kQuarter) {
    if (key.size() != 7 || key.substr(4, 2) != "-Q" || key[6] < '1' || key[6] > '4') return std::nullopt;
    const int month = (key[6] - '1') * 3 + 1;
    text = key.substr(0, 4) + (month < 10 ? "-0" : "-") + std::to_string(month) + "-01";
  }
  return core::Date::Parse(text);
}

core::Date NextPeriod(StatsDimension d, core::Date date) {
  if (d == StatsDimension::kYear) return {date.year + 1, 1, 1};
  const int months = d == StatsDimension::kQuarter ? 3 : 1;
  const int index = date.year * 12 + (date.month - 1) + months;
  return {index / 12, index % 12 + 1, 1};
}

std::vector<std::string> PeriodCategories(StatsDimension d, const StatsFilter& filter,
                                          const std::vector<std::string>& observed) {
  std::optional<core::Date> first = filter.from;
  std::optional<core::Date> last = filter.to;
  for (const std::string& key : observed) {
    std::optional<core::Date> start = PeriodStart(d, key);
    if (!start) continue;
    if (!filter.from && (!first || *start < *first)) first = start;
    if (!filter.to && (!last || *start > *last)) last = start;
  }
  std::vector<std::string> out;
  if (!first || !last) return out;
  // The period holding `first`, then each next one while it starts on or before `last`; bounded so that a wide
  // range fails the cell limit instead of looping for long.
  core::Date at = *PeriodStart(d, PeriodKey(d, *first));
  while (at <= *last && out.size() <= kMaxStatsCells) {
    out.push_back(PeriodKey(d, at));
    at = NextPeriod(d, at);
  }
  return out;
}

std::vector<std::string> CodesOf(std::string_view list) {
  std::vector<std::string> out;
  if (const Codelist* codes = FindCodelist(list)) {
    for (const CodeItem& item : codes->items) out.emplace_back(item.code);
  }
  return out;
}

bool InRegion(const std::string& code, const std::optional<std::string>& region) {
  if (!region) return true;
  return code == *region || code.rfind(*region + ".", 0) == 0 || region->rfind(code + ".", 0) == 0;
}

bool Small(std::int64_t value, std::int64_t k) {
  return value > 0 && value < k;
}

}  // namespace

core::Result<StatsQuery> ParseStatsQuery(const StatsQueryText& text) {
  StatsQuery query;
  std::vector<FieldError> errors;
  if (text.group_by) ParseGroupBy(*text.group_by, query, errors);
  query.filter.from = ParseDateField(text.from, "from", errors);
  query.filter.to = ParseDateField(text.to, "to", errors);
  if (query.filter.from && query.filter.to && *query.filter.to < *query.filter.from) {
    errors.push_back({"to", "before_from", "The end of the period is before its start."});
  }
  CheckCode(text.case_type, "jenis_kasus", "case_type", errors);
  CheckCode(text.sex, "jenis_kelamin", "sex", errors);
  query.filter.case_type = text.case_type;
  query.filter.sex = text.sex;
  if (text.province && !IsProvinceCode(*text.province)) {
    errors.push_back({"province", "invalid_format", "Expected a province code such as 61."});
  }
  if (text.regency) {
    if (!IsRegencyCode(*text.regency)) {
      errors.push_back({"regency", "invalid_format", "Expected a regency code such as 61.71."});
    } else if (text.province && text.regency->substr(0, 2) != *text.province) {
      errors.push_back({"regency", "outside_province", "The regency is not in the province given."});
    }
  }
  query.filter.region = text.regency ? text.regency : text.province;
  if (text.scope && *text.scope != "own" && *text.scope != "national") {
    errors.push_back({"scope", "unknown_value", "Expected own or national."});
  }
  query.scope = text.scope && *text.scope == "national" ? StatsScope::kNational : StatsScope::kOwn;
  if (!errors.empty()) return core::Error::Validation(std::move(errors));
  return query;
}

std::vector<FieldError> ValidatePublicQuery(const StatsQuery& query) {
  std::vector<FieldError> errors;
  if (std::find(query.group_by.begin(), query.group_by.end(), StatsDimension::kRegency) != query.group_by.end()) {
    errors.push_back({"group_by", "not_public", "Public figures go down to provinces only."});
  }
  if (query.filter.region && query.filter.region->size() > 2) {
    errors.push_back({"regency", "not_public", "Public figures go down to provinces only."});
  }
  return errors;
}

std::string DescribeStatsQuery(const StatsQuery& query) {
  std::string out = "group_by=";
  for (std::size_t i = 0; i < query.group_by.size(); ++i) {
    if (i > 0) out += ',';
    out += ToString(query.group_by[i]);
  }
  const StatsFilter& f = query.filter;
  if (f.from) out += " from=" + f.from->ToString();
  if (f.to) out += " to=" + f.to->ToString();
  if (f.case_type) out += " case_type=" + *f.case_type;
  if (f.region) out += " region=" + *f.region;
  if (f.sex) out += " sex=" + *f.sex;
  out += " scope=";
  out += ToString(query.scope);
  return out;
}

std::string PeriodKey(StatsDimension d, core::Date date) {
  const std::string text = date.ToString();  // YYYY-MM-DD
  if (d == StatsDimension::kYear) return text.substr(0, 4);
  if (d == StatsDimension::kQuarter) return text.substr(0, 4) + "-Q" + std::to_string((date.month - 1) / 3 + 1);
  return text.substr(0, 7);
}

std::string AgeGroupKey(const std::optional<core::Date>& birth, core::Date on) {
  if (!birth) return "";
  return std::string(AgeBandOf(SimfoniAgeBands(), core::AgeOn(*birth, on)).value_or(""));
}

std::string RegionKey(StatsDimension d, std::string_view region_code) {
  const std::size_t length = d == StatsDimension::kProvince ? 2 : 5;
  if (region_code.size() < length) return "";
  return std::string(region_code.substr(0, length));
}

std::vector<std::string> StatsCategories(StatsDimension d, const StatsFilter& filter, const StatsRegions& regions,
                                         const std::vector<std::string>& observed) {
  std::vector<std::string> known;
  switch (d) {
    case StatsDimension::kYear:
    case StatsDimension::kQuarter:
    case StatsDimension::kMonth:
      known = PeriodCategories(d, filter, observed);
      break;
    case StatsDimension::kProvince:
    case StatsDimension::kRegency:
      for (const std::string& code : d == StatsDimension::kProvince ? regions.provinces : regions.regencies) {
        if (InRegion(code, filter.region)) known.push_back(code);
      }
      break;
    case StatsDimension::kCountry:
      break;  // the countries met: the reference list of every country would only add rows of zeros
    case StatsDimension::kCaseType:
      known = CodesOf("jenis_kasus");
      break;
    case StatsDimension::kSex:
      known = filter.sex ? std::vector<std::string>{*filter.sex} : CodesOf("jenis_kelamin");
      break;
    case StatsDimension::kAgeGroup:
      for (const AgeBand& band : SimfoniAgeBands()) known.emplace_back(band.code);
      break;
    case StatsDimension::kDetermination:
      known = CodesOf("penetapan_tppo");
      break;
  }
  std::set<std::string> extra;
  for (const std::string& key : observed) {
    if (std::find(known.begin(), known.end(), key) == known.end()) extra.insert(key);
  }
  for (const std::string& key : extra) {
    if (!key.empty()) known.push_back(key);
  }
  if (extra.contains("")) known.emplace_back();
  return known;
}

core::Result<StatsTable> BuildStatsTable(const std::vector<StatsDimension>& group_by,
                                         const std::vector<std::vector<std::string>>& categories,
                                         const std::vector<ports::StatsGroupCount>& groups,
                                         const ports::StatsGroupCount& totals, std::optional<std::int64_t> k) {
  const std::size_t n = group_by.size();
  std::size_t cells = 1;
  for (const auto& list : categories) cells *= list.size();
  if (cells > kMaxStatsCells) {
    return core::Error::Invalid("stats.too_many_cells", "The table would have too many rows: narrow the period.",
                                {{"group_by", "too_many_cells", "More than 20000 rows."}});
  }
  std::map<std::vector<std::string>, const ports::StatsGroupCount*> by_keys;
  for (const ports::StatsGroupCount& g : groups) by_keys[g.keys] = &g;

  // The grid as a table: rows are the first dimension's categories when there are two, else one row.
  const std::size_t row_count = n == 2 ? categories[0].size() : 1;
  const std::size_t column_count = n == 0 ? 1 : categories[n - 1].size();
  std::vector<std::vector<std::int64_t>> case_cells(row_count, std::vector<std::int64_t>(column_count, 0));
  std::vector<std::vector<std::int64_t>> victim_cells = case_cells;
  std::vector<std::vector<std::vector<std::string>>> keys(row_count,
                                                          std::vector<std::vector<std::string>>(column_count));
  std::int64_t case_sum = 0;
  std::int64_t victim_sum = 0;
  for (std::size_t r = 0; r < row_count; ++r) {
    for (std::size_t c = 0; c < column_count; ++c) {
      if (n == 2) keys[r][c] = {categories[0][r], categories[1][c]};
      if (n == 1) keys[r][c] = {categories[0][c]};
      const ports::StatsGroupCount* g = n == 0 ? &totals : nullptr;
      if (auto it = by_keys.find(keys[r][c]); n > 0 && it != by_keys.end()) g = it->second;
      if (g == nullptr) continue;
      case_cells[r][c] = g->cases;
      victim_cells[r][c] = g->victims;
      case_sum += g->cases;
      victim_sum += g->victims;
    }
  }

  StatsTable table;
  table.group_by = group_by;
  table.totals = {totals.cases, totals.victims, totals.women_and_children};
  std::optional<SuppressedTable> cases_out;
  std::optional<SuppressedTable> victims_out;
  if (k && column_count > 0) {
    SINERGI_TRY(cases_out, SuppressSmallCells(case_cells, *k));
    SINERGI_TRY(victims_out, SuppressSmallCells(victim_cells, *k));
    table.suppressed = true;
    table.threshold = *k;
    // Without dimensions the one cell is the total, which is no row.
    if (n > 0) {
      table.suppressed_cells = static_cast<std::int64_t>(cases_out->suppressed_cells + victims_out->suppressed_cells);
    }
  } else if (k) {
    table.suppressed = true;
    table.threshold = *k;
  }
  if (n > 0) {
    for (std::size_t r = 0; r < row_count; ++r) {
      for (std::size_t c = 0; c < column_count; ++c) {
        StatsRow row{keys[r][c], case_cells[r][c], victim_cells[r][c]};
        if (cases_out) row.cases = cases_out->cells[r][c].published();
        if (victims_out) row.victims = victims_out->cells[r][c].published();
        table.rows.push_back(std::move(row));
      }
    }
  }
  if (k) {
    // A true total equal to the grid's sum is the grand total the rule protected; one that is not (a case in
    // several groups) is no sum of published cells. Either way a small total is withheld.
    const bool cases_hidden =
        Small(totals.cases, *k) || (cases_out && totals.cases == case_sum && cases_out->grand_total.suppressed());
    const bool victims_hidden = Small(totals.victims, *k) ||
                                (victims_out && totals.victims == victim_sum && victims_out->grand_total.suppressed());
    // Publishing women_and_children next to the victims total also tells victims minus it.
    const bool women_children_hidden =
        victims_hidden || Small(totals.women_and_children, *k) || Small(totals.victims - totals.women_and_children, *k);
    if (cases_hidden) table.totals.cases = std::nullopt;
    if (victims_hidden) table.totals.victims = std::nullopt;
    if (women_children_hidden) table.totals.women_and_children = std::nullopt;
  }
  return table;
}

}  // namespace sinergi::domain
