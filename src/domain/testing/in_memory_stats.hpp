#pragma once
// TEST DOUBLE, internal to src/domain/testing: the case and victim counts of the in-memory database
// (ports/stats_repository.hpp), computed by scanning the state copy of its unit of work with the keys of
// domain/stats_rules.hpp. The storage contract suite holds it and the SQLite backend to the same fixture
// (tests/contract/stats_contract.cpp).
#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain::test_doubles::detail {

class InMemoryStatsRepository final : public ports::StatsRepository {
 public:
  explicit InMemoryStatsRepository(InMemoryState& s) : s_(s) {}

  core::Result<std::vector<ports::StatsGroupCount>> CountCases(const ports::StatsCountQuery& query) override;

 private:
  InMemoryState& s_;
};

}  // namespace sinergi::domain::test_doubles::detail
