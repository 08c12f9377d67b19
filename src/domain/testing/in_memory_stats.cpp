// TEST DOUBLE: the stats counts of the in-memory database (in_memory_stats.hpp). A case yields one fact per victim
// (or one without a victim), each fact one group per combination of its keys; a group counts distinct cases and
// persons, as the SQL's count(DISTINCT ...) does.
#include "domain/testing/in_memory_stats.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "domain/policy.hpp"
#include "domain/stats_rules.hpp"

namespace sinergi::domain::test_doubles::detail {
namespace {

constexpr const char* kVictimRole = "KORBAN";

struct Group {
  std::set<std::string> cases;
  std::set<std::string> victims;
  std::set<std::string> women_and_children;
};

// The case scope by its reference meaning, as InMemoryCaseRepository::List applies it.
bool ScopeAdmits(const InMemoryState& s, const ListScope& scope, const Case& c) {
  if (scope.everything) return true;
  RecordScope record;
  record.owner_agency_id = c.owner_agency_id;
  record.created_by = c.created_by;
  record.address_region_code = c.data.occurrence_region_code.value_or("");
  if (auto agency = s.agencies.find(record.owner_agency_id); agency != s.agencies.end()) {
    record.owner_agency_region = agency->second.region_code.value_or("");
  }
  return ListScopeAdmits(scope, c.id, record);
}

bool CaseMatches(const Case& c, const StatsFilter& f) {
  if (f.from && c.data.reported_on < *f.from) return false;
  if (f.to && c.data.reported_on > *f.to) return false;
  if (f.case_type &&
      std::find(c.data.case_types.begin(), c.data.case_types.end(), *f.case_type) == c.data.case_types.end()) {
    return false;
  }
  if (f.region) {
    const std::string region = c.data.occurrence_region_code.value_or("");
    if (region != *f.region && region.rfind(*f.region + ".", 0) != 0) return false;
  }
  return true;
}

std::string Determination(const InMemoryState& s, const std::string& case_id, const std::string& person_id) {
  const CaseScreening* latest = nullptr;
  for (const auto& [id, screening] : s.case_screenings) {
    if (screening.case_id != case_id || screening.person_id != person_id || !screening.determination) continue;
    if (latest == nullptr ||
        std::tie(*screening.determined_at, screening.id) > std::tie(*latest->determined_at, latest->id)) {
      latest = &screening;
    }
  }
  return latest != nullptr ? *latest->determination : "";
}

// The keys of dimension `d` for the fact (case c, victim `person` or none).
std::vector<std::string> KeysOf(const InMemoryState& s, StatsDimension d, const Case& c, const Person* person) {
  const CaseData& data = c.data;
  switch (d) {
    case StatsDimension::kYear:
    case StatsDimension::kQuarter:
    case StatsDimension::kMonth:
      return {PeriodKey(d, data.reported_on)};
    case StatsDimension::kProvince:
    case StatsDimension::kRegency:
      return {RegionKey(d, data.occurrence_region_code.value_or(""))};
    case StatsDimension::kCountry:
      return {data.occurrence_country.value_or("")};
    case StatsDimension::kCaseType:
      return data.case_types;
    case StatsDimension::kSex:
      return {person != nullptr ? person->data.sex.value_or("") : ""};
    case StatsDimension::kAgeGroup:
      return {person != nullptr ? AgeGroupKey(person->data.birth_date, data.reported_on) : ""};
    case StatsDimension::kDetermination:
      return {person != nullptr ? Determination(s, c.id, person->id) : ""};
  }
  return {""};
}

bool WomanOrChild(const Person& person, core::Date on) {
  if (person.data.sex == "PEREMPUAN") return true;
  return person.data.birth_date && core::AgeOn(*person.data.birth_date, on) < 18;
}

}  // namespace

core::Result<std::vector<ports::StatsGroupCount>> InMemoryStatsRepository::CountCases(
    const ports::StatsCountQuery& query) {
  std::map<std::vector<std::string>, Group> groups;
  if (query.group_by.empty()) groups[{}];
  for (const auto& [id, c] : s_.cases) {
    if (!CaseMatches(c, query.filter) || !ScopeAdmits(s_, query.scope, c)) continue;
    std::vector<const Person*> victims;
    std::set<std::string> seen;
    for (const auto& [party_id, party] : s_.case_parties) {
      if (party.case_id != c.id || party.role != kVictimRole || !seen.insert(party.person_id).second) continue;
      auto person = s_.persons.find(party.person_id);
      if (person == s_.persons.end()) continue;
      if (query.filter.sex && person->second.person.data.sex != *query.filter.sex) continue;
      victims.push_back(&person->second.person);
    }
    if (query.filter.sex && victims.empty()) continue;  // only cases with a victim of that sex
    if (victims.empty()) victims.push_back(nullptr);
    for (const Person* person : victims) {
      // Every combination of the fact's keys (several only for case_type).
      std::vector<std::vector<std::string>> combos{{}};
      for (StatsDimension d : query.group_by) {
        std::vector<std::vector<std::string>> next;
        for (const auto& combo : combos) {
          for (const std::string& key : KeysOf(s_, d, c, person)) {
            next.push_back(combo);
            next.back().push_back(key);
          }
        }
        combos = std::move(next);
      }
      for (const auto& combo : combos) {
        Group& g = groups[combo];
        g.cases.insert(c.id);
        if (person == nullptr) continue;
        g.victims.insert(person->id);
        if (WomanOrChild(*person, c.data.reported_on)) g.women_and_children.insert(person->id);
      }
    }
  }
  std::vector<ports::StatsGroupCount> out;
  for (const auto& [keys, g] : groups) {
    out.push_back({keys, static_cast<std::int64_t>(g.cases.size()), static_cast<std::int64_t>(g.victims.size()),
                   static_cast<std::int64_t>(g.women_and_children.size())});
  }
  return out;
}

}  // namespace sinergi::domain::test_doubles::detail
