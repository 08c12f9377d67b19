#pragma once
// TEST DOUBLE, internal to src/domain/testing: the restitution claims of the in-memory database
// (in_memory_restitutions.cpp, which also holds the task list's restitution queries of InMemoryTaskRepository). It
// works on the state copy of its unit of work and mirrors ports/restitution_repository.hpp and the SQLite backend,
// including error reasons and orders; the storage contract suite holds both to the same tests
// (tests/contract/restitution_contract.cpp).
#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain::test_doubles::detail {

class InMemoryRestitutionRepository final : public ports::RestitutionRepository {
 public:
  explicit InMemoryRestitutionRepository(InMemoryState& s) : s_(s) {}

  core::Status Insert(const CaseRestitution& restitution) override;
  core::Result<CaseRestitution> Get(const std::string& id) override;
  core::Status Update(const CaseRestitution& restitution, std::int64_t expected_version) override;
  core::Result<std::vector<CaseRestitution>> List(const std::string& case_id) override;

 private:
  InMemoryState& s_;
};

}  // namespace sinergi::domain::test_doubles::detail
