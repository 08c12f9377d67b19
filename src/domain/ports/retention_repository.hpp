#pragma once
// What the retention job (domain/retention_job.hpp) needs from storage: counting and removing records past their
// retention cutoff, and the persons due for anonymisation.
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/retention.hpp"

namespace sinergi::domain::ports {

class RetentionRepository {
 public:
  virtual ~RetentionRepository() = default;
  // Records of `kind` that became eligible before `cutoff`: persons soft-deleted before it and not yet
  // anonymised; sessions revoked, expired or last seen before it; idempotency records and notifications created
  // before it.
  virtual core::Result<std::int64_t> CountDue(RetentionKind kind, core::Timestamp cutoff) = 0;
  // Deletes up to `limit` due records of a purged kind; returns how many. Errors: kInvalid for kDeletedPersons
  // (persons are anonymised, never purged).
  virtual core::Result<int> PurgeDue(RetentionKind kind, core::Timestamp cutoff, int limit) = 0;
  // Up to `limit` ids of persons due for anonymisation, oldest deletion first.
  virtual core::Result<std::vector<std::string>> DuePersons(core::Timestamp cutoff, int limit) = 0;
  // After the person's data was replaced by its anonymised form: removes its family links and change history
  // and marks it anonymised at `at`. Errors: kNotFound "person.not_found".
  virtual core::Status FinishAnonymisation(const std::string& person_id, core::Timestamp at) = 0;
};

}  // namespace sinergi::domain::ports
