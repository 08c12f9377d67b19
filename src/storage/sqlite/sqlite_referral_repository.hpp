#pragma once
// sqlite_referral_repository.cpp: referrals between agencies and the persons they refer (migration
// 0009_referrals.sql). Works on the connection of the unit of work that owns it; not thread-safe.
#include "domain/ports/referral_repository.hpp"
#include "storage/common/sealed_fields.hpp"
#include "storage/sqlite/connection.hpp"

namespace sinergi::storage::sqlite {

class SqliteReferralRepository final : public domain::ports::ReferralRepository {
 public:
  SqliteReferralRepository(Connection& conn, const Sealer& sealer) : conn_(conn), sealer_(sealer) {}

  core::Status Insert(const domain::Referral& referral) override;
  core::Result<domain::Referral> Get(const std::string& id) override;
  core::Status Update(const domain::Referral& referral, std::int64_t expected_version) override;
  core::Result<domain::ports::Page<domain::Referral>> List(const domain::ports::ReferralFilter& filter,
                                                           const domain::ports::PageRequest& page) override;
  core::Result<std::vector<std::string>> SharedCaseIds(const std::string& agency_id) override;
  core::Result<std::vector<std::string>> SharedPersonIds(const std::string& agency_id) override;
  core::Result<std::vector<std::string>> SharedPersonIdsOfCase(const std::string& agency_id,
                                                               const std::string& case_id) override;
  core::Result<std::vector<domain::Referral>> PendingUnescalated(core::Timestamp created_before, int limit) override;

 private:
  // A foreign-key failure does not name the table: finds which of the case and the agencies is missing.
  core::Status ExplainMissing(core::Status failed, const domain::Referral& referral);

  Connection& conn_;
  const Sealer& sealer_;
};

}  // namespace sinergi::storage::sqlite
