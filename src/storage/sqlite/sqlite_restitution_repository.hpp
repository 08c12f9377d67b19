#pragma once
// sqlite_restitution_repository.cpp: the restitution claims of the victims of cases (migration
// 0012_case_restitutions.sql). Works on the connection of the unit of work that owns it; not thread-safe.
#include "domain/ports/restitution_repository.hpp"
#include "storage/common/sealed_fields.hpp"
#include "storage/sqlite/connection.hpp"

namespace sinergi::storage::sqlite {

class SqliteRestitutionRepository final : public domain::ports::RestitutionRepository {
 public:
  SqliteRestitutionRepository(Connection& conn, const Sealer& sealer) : conn_(conn), sealer_(sealer) {}

  core::Status Insert(const domain::CaseRestitution& restitution) override;
  core::Result<domain::CaseRestitution> Get(const std::string& id) override;
  core::Status Update(const domain::CaseRestitution& restitution, std::int64_t expected_version) override;
  core::Result<std::vector<domain::CaseRestitution>> List(const std::string& case_id) override;

 private:
  // A foreign-key failure does not name the table: "case.not_found" when the case is missing, else the person.
  core::Status ExplainMissing(core::Status failed, const std::string& case_id);

  Connection& conn_;
  const Sealer& sealer_;
};

}  // namespace sinergi::storage::sqlite
