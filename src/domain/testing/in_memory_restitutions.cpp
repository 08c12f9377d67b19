// TEST DOUBLE: restitution claims and the restitution timers of the task list in the in-memory database (see
// in_memory_restitutions.hpp).
#include "domain/testing/in_memory_restitutions.hpp"

#include <algorithm>
#include <tuple>

#include "domain/restitution_rules.hpp"
#include "domain/testing/in_memory_case_work.hpp"

namespace sinergi::domain::test_doubles::detail {
namespace {

using core::Error;

Error NotFound() {
  return Error::NotFound("case_restitution.not_found", "No restitution claim has this id.");
}

// A claim as stored: the derived fields are never kept.
CaseRestitution Stored(const CaseRestitution& r) {
  CaseRestitution stored;
  stored.id = r.id;
  stored.case_id = r.case_id;
  stored.version = r.version;
  stored.data = r.data;
  stored.created_at = r.created_at;
  stored.updated_at = r.updated_at;
  stored.created_by = r.created_by;
  stored.updated_by = r.updated_by;
  return stored;
}

}  // namespace

core::Status InMemoryRestitutionRepository::Insert(const CaseRestitution& restitution) {
  if (!s_.cases.contains(restitution.case_id)) return Error::NotFound("case.not_found", "No case has this id.");
  if (!s_.persons.contains(restitution.data.person_id)) {
    return Error::NotFound("person.not_found", "No person has this id.");
  }
  const bool taken = std::any_of(s_.case_restitutions.begin(), s_.case_restitutions.end(), [&](const auto& entry) {
    return entry.first == restitution.id ||
           (entry.second.case_id == restitution.case_id && entry.second.data.person_id == restitution.data.person_id);
  });
  if (taken) {
    return Error::Conflict("case_restitution.exists", "This victim already has a restitution claim in this case.");
  }
  s_.case_restitutions[restitution.id] = Stored(restitution);
  return core::Ok();
}

core::Result<CaseRestitution> InMemoryRestitutionRepository::Get(const std::string& id) {
  auto it = s_.case_restitutions.find(id);
  if (it == s_.case_restitutions.end()) return NotFound();
  return it->second;
}

core::Status InMemoryRestitutionRepository::Update(const CaseRestitution& restitution, std::int64_t expected_version) {
  auto it = s_.case_restitutions.find(restitution.id);
  if (it == s_.case_restitutions.end()) return NotFound();
  if (it->second.version != expected_version) return Error::StaleVersion();
  CaseRestitution& stored = it->second;
  // The fixed fields stay as recorded, as the SQLite UPDATE leaves them.
  const std::string person_id = stored.data.person_id;
  stored.version = restitution.version;
  stored.data = restitution.data;
  stored.data.person_id = person_id;
  stored.updated_at = restitution.updated_at;
  stored.updated_by = restitution.updated_by;
  return core::Ok();
}

core::Result<std::vector<CaseRestitution>> InMemoryRestitutionRepository::List(const std::string& case_id) {
  std::vector<CaseRestitution> out;
  for (const auto& [id, r] : s_.case_restitutions) {
    if (r.case_id == case_id) out.push_back(r);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.data.claimed_on, a.id) < std::tie(b.data.claimed_on, b.id);
  });
  return out;
}

namespace {

// The claims of the query's cases whose timer runs, with the day it started, earliest first, at most query.limit.
template <typename Running, typename StartedOn, typename Matches>
std::vector<ports::RestitutionTimer> Timers(const InMemoryState& s, const ports::CaseTaskQuery& query, Running running,
                                            StartedOn started_on, Matches matches) {
  std::vector<ports::RestitutionTimer> out;
  for (const auto& [id, r] : s.case_restitutions) {
    if (!running(r.data)) continue;
    auto c = s.cases.find(r.case_id);
    if (c == s.cases.end() || !matches(c->second)) continue;
    out.push_back({r.case_id, r.id, r.data.person_id, started_on(r.data)});
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.started_on, a.case_id, a.restitution_id) < std::tie(b.started_on, b.case_id, b.restitution_id);
  });
  if (out.size() > static_cast<std::size_t>(std::max(query.limit, 0)))
    out.resize(static_cast<std::size_t>(query.limit));
  return out;
}

}  // namespace

core::Result<std::vector<ports::RestitutionTimer>> InMemoryTaskRepository::RestitutionPaymentsDue(
    const ports::CaseTaskQuery& query) {
  return Timers(
      s_, query, RestitutionPaymentTimerRunning, [](const RestitutionData& d) { return *d.final_notice_on; },
      [&](const Case& c) { return Matches(query, c); });
}

core::Result<std::vector<ports::RestitutionTimer>> InMemoryTaskRepository::RestitutionWarningsDue(
    const ports::CaseTaskQuery& query) {
  return Timers(
      s_, query, RestitutionWarningTimerRunning, [](const RestitutionData& d) { return *d.warning_on; },
      [&](const Case& c) { return Matches(query, c); });
}

}  // namespace sinergi::domain::test_doubles::detail
