// TEST DOUBLE: the complaint facts of cases and the complaint clocks of the task list in the in-memory database
// (see in_memory_case_work.hpp), with the meaning of the SQLite backend (migration 0013).
#include <algorithm>
#include <tuple>

#include "domain/complaint_rules.hpp"
#include "domain/testing/in_memory_case_work.hpp"

namespace sinergi::domain::test_doubles::detail {

core::Result<std::optional<ComplaintFacts>> InMemoryCaseWorkRepository::GetComplaintFacts(const std::string& case_id) {
  auto it = s_.complaint_facts.find(case_id);
  if (it == s_.complaint_facts.end()) return std::optional<ComplaintFacts>();
  return std::optional<ComplaintFacts>(it->second);
}

core::Status InMemoryCaseWorkRepository::SaveComplaintFacts(const ComplaintFacts& facts,
                                                            std::int64_t expected_version) {
  if (!s_.cases.contains(facts.case_id)) return core::Error::NotFound("case.not_found", "No case has this id.");
  auto it = s_.complaint_facts.find(facts.case_id);
  const std::int64_t stored = it == s_.complaint_facts.end() ? 0 : it->second.version;
  if (stored != expected_version) return core::Error::StaleVersion();
  if (it == s_.complaint_facts.end()) {
    s_.complaint_facts[facts.case_id] = facts;
    return core::Ok();
  }
  // created_at and created_by stay as first recorded, as the SQLite UPDATE leaves them.
  it->second.data = facts.data;
  it->second.version = facts.version;
  it->second.updated_at = facts.updated_at;
  it->second.updated_by = facts.updated_by;
  return core::Ok();
}

core::Result<std::vector<ports::RunningComplaintClock>> InMemoryTaskRepository::RunningComplaintClocks(
    const ports::CaseTaskQuery& query, ComplaintClock clock) {
  std::vector<ports::RunningComplaintClock> out;
  for (const auto& [case_id, facts] : s_.complaint_facts) {
    auto c = s_.cases.find(case_id);
    if (c == s_.cases.end() || !Matches(query, c->second) || !IsPmiComplaint(c->second.data.case_types)) continue;
    if (std::optional<core::Date> start = ClockStart(clock, facts.data, c->second.data.reported_on)) {
      out.push_back({case_id, *start});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.started_on, a.case_id) < std::tie(b.started_on, b.case_id);
  });
  if (out.size() > static_cast<std::size_t>(std::max(query.limit, 0)))
    out.resize(static_cast<std::size_t>(query.limit));
  return out;
}

}  // namespace sinergi::domain::test_doubles::detail
