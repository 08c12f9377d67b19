#pragma once
// TEST DOUBLE, internal to src/domain/testing: the directory repository of the in-memory database
// (in_memory_directory.cpp). Works on the state copy of its unit of work, like the other in-memory repositories.
#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain::test_doubles::detail {

// The agency and service directory (ports/directory_repository.hpp): the same errors, orders and coverage rules as
// the SQLite backend; the storage contract suite runs against both (tests/contract/directory_contract.cpp).
class InMemoryDirectoryRepository final : public ports::DirectoryRepository {
 public:
  explicit InMemoryDirectoryRepository(InMemoryState& s) : s_(s) {}

  core::Result<DirectoryEntry> Get(const std::string& agency_id) override;
  core::Result<std::vector<DirectoryEntry>> GetMany(const std::vector<std::string>& agency_ids) override;
  core::Result<std::vector<DirectoryEntry>> List(bool public_only, int limit) override;
  core::Status Put(const DirectoryEntry& entry, std::int64_t expected_version) override;
  core::Result<std::vector<ports::CoverageHit>> FindCoverage(const std::string& service,
                                                             const std::vector<std::string>& codes, int limit) override;

 private:
  InMemoryState& s_;
};

}  // namespace sinergi::domain::test_doubles::detail
