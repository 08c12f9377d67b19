#pragma once
// One SQLite transaction on a leased connection. kRead: BEGIN (deferred) with PRAGMA query_only, so a write in
// a read unit fails instead of silently taking the write lock; kWrite: BEGIN IMMEDIATE, which takes the write
// lock up front (waiting up to busy_timeout), so later statements never fail on a lock upgrade.
// Dropped without Commit(): ROLLBACK. Not thread-safe.
#include <memory>

#include "domain/ports/database.hpp"
#include "storage/sqlite/connection_pool.hpp"
#include "storage/sqlite/sqlite_case_work.hpp"
#include "storage/sqlite/sqlite_coordination_repository.hpp"
#include "storage/sqlite/sqlite_directory_repository.hpp"
#include "storage/sqlite/sqlite_outreach_repository.hpp"
#include "storage/sqlite/sqlite_pdp_repository.hpp"
#include "storage/sqlite/sqlite_referral_repository.hpp"
#include "storage/sqlite/sqlite_repositories.hpp"
#include "storage/sqlite/sqlite_restitution_repository.hpp"
#include "storage/sqlite/sqlite_stats_repository.hpp"
#include "storage/sqlite/sqlite_training_repository.hpp"

namespace sinergi::storage::sqlite {

class SqliteUnitOfWork final : public domain::ports::UnitOfWork {
 public:
  // Errors: kUnavailable (the write lock was not had within busy_timeout), kInternal.
  // `keys` (may be null: sealed fields then can be neither written nor read) must outlive the unit.
  static core::Result<std::unique_ptr<domain::ports::UnitOfWork>> Begin(ConnectionPool::Lease lease,
                                                                        domain::ports::TxMode mode,
                                                                        const core::KeyRing* keys);
  ~SqliteUnitOfWork() override;

  domain::ports::PersonRepository& persons() override { return persons_; }
  domain::ports::JourneyRepository& journeys() override { return journeys_; }
  domain::ports::HistoryRepository& history() override { return history_; }
  domain::ports::ReferenceRepository& reference() override { return reference_; }
  domain::ports::IdempotencyRepository& idempotency() override { return idempotency_; }
  domain::ports::IdentityRepository& identity() override { return identity_; }
  domain::ports::AuditRepository& audit() override { return audit_; }
  domain::ports::AccessRepository& access() override { return access_; }
  domain::ports::PdpRepository& pdp() override { return pdp_; }
  domain::ports::DataKeyRepository& data_keys() override { return data_keys_; }
  domain::ports::RetentionRepository& retention() override { return retention_; }
  domain::ports::CaseRepository& cases() override { return cases_; }
  domain::ports::ReferralRepository& referrals() override { return referrals_; }
  domain::ports::DirectoryRepository& directory() override { return directory_; }
  domain::ports::CoordinationRepository& coordination() override { return coordination_; }
  domain::ports::CaseWorkRepository& case_work() override { return case_work_; }
  domain::ports::TaskRepository& tasks() override { return tasks_; }
  domain::ports::RestitutionRepository& restitutions() override { return restitutions_; }
  domain::ports::TrainingRepository& training() override { return training_; }
  domain::ports::OutreachRepository& outreach() override { return outreach_; }
  domain::ports::StatsRepository& stats() override { return stats_; }
  core::Status Commit() override;

 private:
  SqliteUnitOfWork(ConnectionPool::Lease lease, domain::ports::TxMode mode, const core::KeyRing* keys);
  void Finish();

  ConnectionPool::Lease lease_;
  domain::ports::TxMode mode_;
  bool finished_ = false;
  Sealer sealer_;  // before the repositories, which hold a reference to it
  SqlitePersonRepository persons_;
  SqliteJourneyRepository journeys_;
  SqliteHistoryRepository history_;
  SqliteReferenceRepository reference_;
  SqliteIdempotencyRepository idempotency_;
  SqliteIdentityRepository identity_;
  SqliteAuditRepository audit_;
  SqliteAccessRepository access_;
  SqlitePdpRepository pdp_;
  SqliteDataKeyRepository data_keys_;
  SqliteRetentionRepository retention_;
  SqliteCaseRepository cases_;
  SqliteReferralRepository referrals_;
  SqliteDirectoryRepository directory_;
  SqliteCoordinationRepository coordination_;
  SqliteCaseWorkRepository case_work_;
  SqliteTaskRepository tasks_;
  SqliteRestitutionRepository restitutions_;
  SqliteTrainingRepository training_;
  SqliteOutreachRepository outreach_;
  SqliteStatsRepository stats_;
};

}  // namespace sinergi::storage::sqlite
