#pragma once
// One SQLite transaction on a leased connection. kRead: BEGIN (deferred) with PRAGMA query_only, so a write in
// a read unit fails instead of silently taking the write lock; kWrite: BEGIN IMMEDIATE, which takes the write
// lock up front (waiting up to busy_timeout), so later statements never fail on a lock upgrade.
// Dropped without Commit(): ROLLBACK. Not thread-safe.
#include <memory>

#include "domain/ports/database.hpp"
#include "storage/sqlite/connection_pool.hpp"
#include "storage/sqlite/sqlite_pdp_repository.hpp"
#include "storage/sqlite/sqlite_repositories.hpp"

namespace sinergi::storage::sqlite {

class SqliteUnitOfWork final : public domain::ports::UnitOfWork {
 public:
  // Errors: kUnavailable (the write lock was not had within busy_timeout), kInternal.
  static core::Result<std::unique_ptr<domain::ports::UnitOfWork>> Begin(ConnectionPool::Lease lease,
                                                                        domain::ports::TxMode mode);
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
  core::Status Commit() override;

 private:
  SqliteUnitOfWork(ConnectionPool::Lease lease, domain::ports::TxMode mode);
  void Finish();

  ConnectionPool::Lease lease_;
  domain::ports::TxMode mode_;
  bool finished_ = false;
  SqlitePersonRepository persons_;
  SqliteJourneyRepository journeys_;
  SqliteHistoryRepository history_;
  SqliteReferenceRepository reference_;
  SqliteIdempotencyRepository idempotency_;
  SqliteIdentityRepository identity_;
  SqliteAuditRepository audit_;
  SqliteAccessRepository access_;
  SqlitePdpRepository pdp_;
};

}  // namespace sinergi::storage::sqlite
