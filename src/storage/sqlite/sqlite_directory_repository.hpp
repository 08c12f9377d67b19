#pragma once
// sqlite_directory_repository.cpp: the agency and service directory (migration 0014_agency_services.sql). Works on
// the connection of the unit of work that owns it; not thread-safe.
#include "domain/ports/directory_repository.hpp"
#include "storage/sqlite/connection.hpp"

namespace sinergi::storage::sqlite {

class SqliteDirectoryRepository final : public domain::ports::DirectoryRepository {
 public:
  explicit SqliteDirectoryRepository(Connection& conn) : conn_(conn) {}

  core::Result<domain::DirectoryEntry> Get(const std::string& agency_id) override;
  core::Result<std::vector<domain::DirectoryEntry>> GetMany(const std::vector<std::string>& agency_ids) override;
  core::Result<std::vector<domain::DirectoryEntry>> List(bool public_only, int limit) override;
  core::Status Put(const domain::DirectoryEntry& entry, std::int64_t expected_version) override;
  core::Result<std::vector<domain::ports::CoverageHit>> FindCoverage(const std::string& service,
                                                                     const std::vector<std::string>& codes,
                                                                     int limit) override;

 private:
  core::Status LoadServices(domain::DirectoryEntry& entry);
  core::Status WriteServices(const domain::DirectoryEntry& entry);

  Connection& conn_;
};

// The service search's query, exposed so a test can check that SQLite answers it from indexes
// (sqlite_directory_repository_test.cpp). ?1 service, ?2 the codes (JSON array), ?3 limit.
extern const Query kDirectoryFindCoverage;

}  // namespace sinergi::storage::sqlite
