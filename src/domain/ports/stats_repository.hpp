#pragma once
// Counts of cases and victims by group (domain/stats.hpp explains what is counted). Used inside one read
// UnitOfWork; not thread-safe. This slice counts from scratch with one GROUP BY per call; maintained aggregates
// (issue #6, "Speed") can replace a backend's implementation behind this port without changing its callers.
#include <cstdint>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/list_scope.hpp"
#include "domain/stats.hpp"

namespace sinergi::domain::ports {

struct StatsCountQuery {
  std::vector<StatsDimension> group_by;  // at most kMaxStatsDimensions; empty: one group holding everything
  StatsFilter filter;
  // Need-to-know, exactly as CaseFilter::scope (the case list's restriction, granted_person_ids holding case ids).
  ListScope scope = ListScope::Everything();
};

struct StatsGroupCount {
  std::vector<std::string> keys;  // one per group_by dimension (stats.hpp: the key forms; "" = unknown)
  std::int64_t cases = 0;
  std::int64_t victims = 0;
  std::int64_t women_and_children = 0;
};

class StatsRepository {
 public:
  virtual ~StatsRepository() = default;

  // The non-empty groups, in no particular order (the rules sort and fill the grid). With an empty group_by, exactly
  // one group with no keys (the totals, zeros when nothing matched).
  virtual core::Result<std::vector<StatsGroupCount>> CountCases(const StatsCountQuery& query) = 0;
};

}  // namespace sinergi::domain::ports
