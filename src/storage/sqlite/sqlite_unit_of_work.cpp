#include "storage/sqlite/sqlite_unit_of_work.hpp"

namespace sinergi::storage::sqlite {
namespace {

constexpr Query kBeginRead{"tx.begin_read", "BEGIN"};
constexpr Query kBeginWrite{"tx.begin_write", "BEGIN IMMEDIATE"};
constexpr Query kCommit{"tx.commit", "COMMIT"};
constexpr Query kRollback{"tx.rollback", "ROLLBACK"};
constexpr Query kQueryOnly{"tx.query_only_on", "PRAGMA query_only = 1"};
constexpr Query kQueryWritable{"tx.query_only_off", "PRAGMA query_only = 0"};

core::Status Run(Connection& conn, const Query& query) {
  SINERGI_TRY(auto stmt, conn.Prepare(query));
  return stmt->Exec();
}

}  // namespace

SqliteUnitOfWork::SqliteUnitOfWork(ConnectionPool::Lease lease, domain::ports::TxMode mode, const core::KeyRing* keys)
    : lease_(std::move(lease)),
      mode_(mode),
      sealer_(keys),
      persons_(*lease_, sealer_),
      journeys_(*lease_),
      history_(*lease_, sealer_),
      reference_(*lease_),
      idempotency_(*lease_, sealer_),
      identity_(*lease_),
      audit_(*lease_),
      access_(*lease_),
      pdp_(*lease_, sealer_),
      data_keys_(*lease_, sealer_),
      retention_(*lease_),
      cases_(*lease_, sealer_),
      referrals_(*lease_, sealer_),
      directory_(*lease_),
      coordination_(*lease_, sealer_),
      case_work_(*lease_, sealer_),
      tasks_(*lease_),
      restitutions_(*lease_, sealer_),
      training_(*lease_),
      outreach_(*lease_, sealer_),
      stats_(*lease_) {}

core::Result<std::unique_ptr<domain::ports::UnitOfWork>> SqliteUnitOfWork::Begin(ConnectionPool::Lease lease,
                                                                                 domain::ports::TxMode mode,
                                                                                 const core::KeyRing* keys) {
  Connection& conn = *lease;
  // A connection comes back to the pool outside any transaction; anything else is a bug upstream.
  SINERGI_CHECK(!conn.InTransaction());
  const bool read = mode == domain::ports::TxMode::kRead;
  if (read) SINERGI_TRY_STATUS(Run(conn, kQueryOnly));
  if (auto st = Run(conn, read ? kBeginRead : kBeginWrite); !st) {
    if (read) static_cast<void>(Run(conn, kQueryWritable));
    return st.error();
  }
  return std::unique_ptr<domain::ports::UnitOfWork>(new SqliteUnitOfWork(std::move(lease), mode, keys));
}

SqliteUnitOfWork::~SqliteUnitOfWork() {
  if (!finished_ && lease_->InTransaction()) {
    // Best effort: if ROLLBACK itself fails the connection is unusable, and the CHECK on the next Begin
    // reports it loudly rather than letting a half transaction leak into another request.
    static_cast<void>(Run(*lease_, kRollback));
  }
  Finish();
}

core::Status SqliteUnitOfWork::Commit() {
  SINERGI_CHECK(!finished_);
  // On failure (busy) the transaction stays open and the destructor rolls it back.
  SINERGI_TRY_STATUS(Run(*lease_, kCommit));
  Finish();
  return core::Ok();
}

void SqliteUnitOfWork::Finish() {
  if (finished_) return;
  finished_ = true;
  if (mode_ == domain::ports::TxMode::kRead) static_cast<void>(Run(*lease_, kQueryWritable));
}

}  // namespace sinergi::storage::sqlite
