#pragma once
// The storage seam (STYLE.md §2): the domain opens a unit of work, uses repositories inside it, commits.
// Backends (storage/sqlite, later storage/postgres) implement these; only src/app names the concrete ones.
#include <memory>

#include "core/result.hpp"
#include "domain/ports/access_repository.hpp"
#include "domain/ports/audit_repository.hpp"
#include "domain/ports/case_repository.hpp"
#include "domain/ports/case_work_repository.hpp"
#include "domain/ports/coordination_repository.hpp"
#include "domain/ports/data_key_repository.hpp"
#include "domain/ports/directory_repository.hpp"
#include "domain/ports/history_repository.hpp"
#include "domain/ports/idempotency_repository.hpp"
#include "domain/ports/identity_repository.hpp"
#include "domain/ports/journey_repository.hpp"
#include "domain/ports/outreach_repository.hpp"
#include "domain/ports/pdp_repository.hpp"
#include "domain/ports/person_repository.hpp"
#include "domain/ports/reference_repository.hpp"
#include "domain/ports/referral_repository.hpp"
#include "domain/ports/restitution_repository.hpp"
#include "domain/ports/retention_repository.hpp"
#include "domain/ports/stats_repository.hpp"
#include "domain/ports/task_repository.hpp"
#include "domain/ports/training_repository.hpp"

namespace sinergi::domain::ports {

enum class TxMode {
  kRead,   // a consistent snapshot; writes are a bug
  kWrite,  // takes the write lock at begin (SQLite BEGIN IMMEDIATE), so it cannot fail later on upgrade
};

// One transaction. Not thread-safe: one thread uses it, then commits or drops it.
// Destroying it without Commit() rolls back: nothing half-written survives an error path.
class UnitOfWork {
 public:
  virtual ~UnitOfWork() = default;
  virtual PersonRepository& persons() = 0;
  virtual JourneyRepository& journeys() = 0;
  virtual HistoryRepository& history() = 0;
  virtual ReferenceRepository& reference() = 0;
  virtual IdempotencyRepository& idempotency() = 0;
  virtual IdentityRepository& identity() = 0;
  virtual AuditRepository& audit() = 0;
  virtual AccessRepository& access() = 0;
  virtual PdpRepository& pdp() = 0;
  virtual DataKeyRepository& data_keys() = 0;
  virtual RetentionRepository& retention() = 0;
  virtual CaseRepository& cases() = 0;
  virtual CaseWorkRepository& case_work() = 0;  // services delivered and notes of cases
  virtual TaskRepository& tasks() = 0;          // the facts the task list is computed from
  virtual ReferralRepository& referrals() = 0;
  virtual DirectoryRepository& directory() = 0;        // the agency and service directory (issue #5)
  virtual CoordinationRepository& coordination() = 0;  // forums, meetings and commitments (issue #5)
  virtual RestitutionRepository& restitutions() = 0;   // restitution claims of the victims of cases
  virtual TrainingRepository& training() = 0;          // training programmes, sessions and enrolments (issue #5)
  virtual StatsRepository& stats() = 0;                // case and victim figures (issue #6)
  virtual OutreachRepository& outreach() = 0;          // outreach events and their follow-ups (issue #5)
  // Errors: kUnavailable (busy/locked or connection lost; safe to retry the whole unit), kInternal.
  virtual core::Status Commit() = 0;
};

struct DatabaseStats {
  int connections_total = 0;
  int connections_in_use = 0;
};

// Thread-safe: many threads may Begin() at once; the backend pools connections.
class Database {
 public:
  virtual ~Database() = default;
  // Errors: kUnavailable if no connection can be had within the configured timeout.
  virtual core::Result<std::unique_ptr<UnitOfWork>> Begin(TxMode mode) = 0;
  // Cheap round trip for /readyz.
  virtual core::Status Ping() = 0;
  virtual DatabaseStats Stats() const = 0;
};

}  // namespace sinergi::domain::ports
