#pragma once
// sqlite_pdp_repository.cpp: consents and data-subject requests (migration 0005_pdp.sql). Works on the connection
// of the unit of work that owns it; not thread-safe.
#include "domain/ports/pdp_repository.hpp"
#include "storage/common/sealed_fields.hpp"
#include "storage/sqlite/connection.hpp"

namespace sinergi::storage::sqlite {

class SqlitePdpRepository final : public domain::ports::PdpRepository {
 public:
  SqlitePdpRepository(Connection& conn, const Sealer& sealer) : conn_(conn), sealer_(sealer) {}

  core::Status InsertConsent(const domain::Consent& consent) override;
  core::Result<domain::Consent> GetConsent(const std::string& id) override;
  core::Status UpdateConsentWithdrawal(const domain::Consent& consent) override;
  core::Result<std::vector<domain::Consent>> ListConsents(const std::string& person_id) override;

  core::Status InsertRequest(const domain::DataSubjectRequest& request) override;
  core::Result<domain::DataSubjectRequest> GetRequest(const std::string& id) override;
  core::Status UpdateRequestOutcome(const domain::DataSubjectRequest& request) override;
  core::Result<domain::ports::Page<domain::DataSubjectRequest>> ListRequests(
      const domain::ports::RequestFilter& filter, const domain::ports::PageRequest& page) override;

 private:
  Connection& conn_;
  const Sealer& sealer_;
};

}  // namespace sinergi::storage::sqlite
