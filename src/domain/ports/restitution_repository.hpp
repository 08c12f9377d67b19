#pragma once
// The restitution claims of the victims of cases (domain/restitution.hpp). Used inside one UnitOfWork; not
// thread-safe. Backends seal the amounts at rest (the components with their amounts and paid_idr;
// storage/common/sealed_fields.hpp) and keep the dates in plain columns for the task list's timers
// (ports/task_repository.hpp). They store no derived field (stage, totals, due days): reads leave them empty.
#include <cstdint>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/restitution.hpp"

namespace sinergi::domain::ports {

class RestitutionRepository {
 public:
  virtual ~RestitutionRepository() = default;

  // Errors: kNotFound "case.not_found" (no such case) / "person.not_found"; kConflict "case_restitution.exists"
  // for a duplicate id or a second claim of the same person in the same case.
  virtual core::Status Insert(const CaseRestitution& restitution) = 0;
  // Errors: kNotFound "case_restitution.not_found".
  virtual core::Result<CaseRestitution> Get(const std::string& id) = 0;
  // Replaces data (but person_id), version, updated_at and updated_by (case_id, person_id, created_at and
  // created_by never change). Errors: kNotFound "case_restitution.not_found"; kPreconditionFailed
  // "version_mismatch".
  virtual core::Status Update(const CaseRestitution& restitution, std::int64_t expected_version) = 0;
  // The claims of a case, ordered by claimed_on, then id.
  virtual core::Result<std::vector<CaseRestitution>> List(const std::string& case_id) = 0;
};

}  // namespace sinergi::domain::ports
