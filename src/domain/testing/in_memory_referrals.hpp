#pragma once
// TEST DOUBLE, internal to src/domain/testing: the referral repository of the in-memory database
// (in_memory_referrals.cpp). Works on the state copy of its unit of work, like the other in-memory repositories.
#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain::test_doubles::detail {

// Referrals (ports/referral_repository.hpp): the same errors, orders and foreign keys (case, agencies, persons) as
// the SQLite backend; the storage contract suite runs against both (tests/contract/referral_contract.cpp).
class InMemoryReferralRepository final : public ports::ReferralRepository {
 public:
  explicit InMemoryReferralRepository(InMemoryState& s) : s_(s) {}

  core::Status Insert(const Referral& referral) override;
  core::Result<Referral> Get(const std::string& id) override;
  core::Status Update(const Referral& referral, std::int64_t expected_version) override;
  core::Result<ports::Page<Referral>> List(const ports::ReferralFilter& filter,
                                           const ports::PageRequest& page) override;
  core::Result<std::vector<std::string>> SharedCaseIds(const std::string& agency_id) override;
  core::Result<std::vector<std::string>> SharedPersonIds(const std::string& agency_id) override;
  core::Result<std::vector<std::string>> SharedPersonIdsOfCase(const std::string& agency_id,
                                                               const std::string& case_id) override;
  core::Result<std::vector<Referral>> PendingUnescalated(core::Timestamp created_before, int limit) override;

 private:
  InMemoryState& s_;
};

}  // namespace sinergi::domain::test_doubles::detail
