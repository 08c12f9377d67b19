#pragma once
// The retention job behind `sinergi retention run` (domain/retention.hpp): reports what is past its retention
// period and, when told to apply, anonymises or purges it in small transactions, each with its audit entry.
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/ports/database.hpp"
#include "domain/retention.hpp"

namespace sinergi::domain {

class RetentionJob {
 public:
  RetentionJob(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids, RetentionPolicy policy)
      : db_(db), clock_(clock), ids_(ids), policy_(policy) {}

  // One line per kind, in kRetentionKinds order; nothing changes.
  core::Result<std::vector<RetentionLine>> Report();
  // Anonymises every due person (one write unit and one audit entry "retention" per person, naming the fields
  // cleared) and purges every due record of the other kinds (write units of `batch` records, each audited with
  // its count). Safe to interrupt and run again. Errors: storage errors; kInvalid for batch < 1.
  core::Result<std::vector<RetentionLine>> Apply(const Actor& actor, int batch = 500);

 private:
  core::Timestamp CutoffFor(RetentionKind kind) const;
  core::Status AnonymisePerson(const Actor& actor, const std::string& person_id, int days);

  ports::Database& db_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
  RetentionPolicy policy_;
};

}  // namespace sinergi::domain
