// TEST DOUBLE: cases with their parties, screenings and transitions in the in-memory database (see
// in_memory_database.hpp). Mirrors ports/case_repository.hpp and the SQLite backend, including its error reasons
// and orders; the storage contract suite runs the case tests against both (tests/contract/case_contract.cpp).
#include <algorithm>
#include <set>
#include <tuple>

#include "domain/policy.hpp"
#include "domain/testing/in_memory_repositories.hpp"

namespace sinergi::domain::test_doubles::detail {

using core::Error;

namespace {

Error CaseNotFound() {
  return Error::NotFound("case.not_found", "No case has this id.");
}
Error ScreeningNotFound() {
  return Error::NotFound("case_screening.not_found", "No case screening has this id.");
}

// What a backend stores of a case: never the read-only victim count or the service's masking.
Case Stored(Case c) {
  c.victim_count = 0;
  c.masked_fields.clear();
  return c;
}

// Whether the scope admits the case, by its reference meaning: the case is judged on itself, its occurrence region
// standing for the record's region, and the grants naming cases. The owning agency's region is looked up as a
// backend would (an agency that does not exist has none).
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

// The records of one case from a map by id, sorted by (time, id) like the SQLite ORDER BY.
template <typename T, typename TimeFn>
std::vector<T> OfCase(const std::map<std::string, T>& all, const std::string& case_id, TimeFn time) {
  std::vector<T> out;
  for (const auto& [id, item] : all) {
    if (item.case_id == case_id) out.push_back(item);
  }
  std::stable_sort(out.begin(), out.end(),
                   [&](const T& a, const T& b) { return std::tie(time(a), a.id) < std::tie(time(b), b.id); });
  return out;
}

}  // namespace

Case InMemoryCaseRepository::Read(const Case& stored) const {
  Case c = stored;
  std::set<std::string> victims;
  for (const auto& [id, party] : s_.case_parties) {
    if (party.case_id == c.id && party.role == "KORBAN") victims.insert(party.person_id);
  }
  c.victim_count = static_cast<int>(victims.size());
  return c;
}

core::Status InMemoryCaseRepository::Insert(const Case& c) {
  if (s_.cases.contains(c.id)) return Error::Conflict("case.exists", "A case with this id already exists.");
  s_.cases[c.id] = Stored(c);
  return core::Ok();
}

core::Result<Case> InMemoryCaseRepository::Get(const std::string& id) {
  auto it = s_.cases.find(id);
  if (it == s_.cases.end()) return CaseNotFound();
  return Read(it->second);
}

core::Status InMemoryCaseRepository::Update(const Case& c, std::int64_t expected_version) {
  auto it = s_.cases.find(c.id);
  if (it == s_.cases.end()) return CaseNotFound();
  if (it->second.version != expected_version) return Error::StaleVersion();
  Case next = Stored(c);
  next.created_at = it->second.created_at;  // kept, as by the SQLite UPDATE
  next.created_by = it->second.created_by;
  it->second = std::move(next);
  return core::Ok();
}

core::Result<ports::Page<Case>> InMemoryCaseRepository::List(const ports::CaseFilter& f,
                                                             const ports::PageRequest& page) {
  std::vector<Case> matching;
  for (const auto& [id, c] : s_.cases) {
    if (f.status && c.status != *f.status) continue;
    if (f.case_type &&
        std::find(c.data.case_types.begin(), c.data.case_types.end(), *f.case_type) == c.data.case_types.end()) {
      continue;
    }
    if (f.owner_agency_id && c.owner_agency_id != *f.owner_agency_id) continue;
    if (f.person_id && std::none_of(s_.case_parties.begin(), s_.case_parties.end(), [&](const auto& entry) {
          return entry.second.case_id == c.id && entry.second.person_id == *f.person_id;
        })) {
      continue;
    }
    if (f.region) {
      const std::string region = c.data.occurrence_region_code.value_or("");
      if (region != *f.region && region.rfind(*f.region + ".", 0) != 0) continue;
    }
    if (!ScopeAdmits(s_, f.scope, c)) continue;
    matching.push_back(Read(c));
  }
  return Paginate(std::move(matching), page, [](const Case& c) { return c.id; });
}

core::Status InMemoryCaseRepository::InsertParty(const CaseParty& party) {
  if (s_.case_parties.contains(party.id)) {
    return Error::Conflict("case_party.exists", "A case party with this id already exists.");
  }
  for (const auto& [id, p] : s_.case_parties) {
    if (p.case_id == party.case_id && p.person_id == party.person_id && p.role == party.role) {
      return Error::Conflict("case_party.exists", "The person already holds this role in this case.");
    }
  }
  if (!s_.cases.contains(party.case_id)) return CaseNotFound();
  if (!s_.persons.contains(party.person_id)) return Error::NotFound("person.not_found", "No person has this id.");
  s_.case_parties[party.id] = party;
  return core::Ok();
}

core::Status InMemoryCaseRepository::DeleteParty(const std::string& case_id, const std::string& party_id) {
  auto it = s_.case_parties.find(party_id);
  if (it == s_.case_parties.end() || it->second.case_id != case_id) {
    return Error::NotFound("case_party.not_found", "The case has no party with this id.");
  }
  s_.case_parties.erase(it);
  return core::Ok();
}

core::Result<std::vector<CaseParty>> InMemoryCaseRepository::ListParties(const std::string& case_id) {
  return OfCase(s_.case_parties, case_id, [](const CaseParty& p) -> const core::Timestamp& { return p.added_at; });
}

core::Status InMemoryCaseRepository::InsertScreening(const CaseScreening& screening) {
  if (s_.case_screenings.contains(screening.id)) {
    return Error::Conflict("case_screening.exists", "A case screening with this id already exists.");
  }
  if (!s_.cases.contains(screening.case_id)) return CaseNotFound();
  if (!s_.persons.contains(screening.person_id)) return Error::NotFound("person.not_found", "No person has this id.");
  s_.case_screenings[screening.id] = screening;
  return core::Ok();
}

core::Result<CaseScreening> InMemoryCaseRepository::GetScreening(const std::string& id) {
  auto it = s_.case_screenings.find(id);
  if (it == s_.case_screenings.end()) return ScreeningNotFound();
  return it->second;
}

core::Status InMemoryCaseRepository::UpdateScreeningDetermination(const CaseScreening& screening) {
  auto it = s_.case_screenings.find(screening.id);
  if (it == s_.case_screenings.end()) return ScreeningNotFound();
  it->second.determination = screening.determination;
  it->second.determination_note = screening.determination_note;
  it->second.determined_at = screening.determined_at;
  it->second.determined_by = screening.determined_by;
  return core::Ok();
}

core::Result<std::vector<CaseScreening>> InMemoryCaseRepository::ListScreenings(const std::string& case_id) {
  return OfCase(s_.case_screenings, case_id,
                [](const CaseScreening& sc) -> const core::Timestamp& { return sc.screened_at; });
}

core::Status InMemoryCaseRepository::InsertTransition(const CaseTransition& t) {
  if (s_.case_transitions.contains(t.id)) {
    return Error::Conflict("case_transition.exists", "A transition with this id already exists.");
  }
  if (!s_.cases.contains(t.case_id)) return CaseNotFound();
  s_.case_transitions[t.id] = t;
  return core::Ok();
}

core::Result<std::vector<CaseTransition>> InMemoryCaseRepository::ListTransitions(const std::string& case_id) {
  return OfCase(s_.case_transitions, case_id, [](const CaseTransition& t) -> const core::Timestamp& { return t.at; });
}

}  // namespace sinergi::domain::test_doubles::detail
