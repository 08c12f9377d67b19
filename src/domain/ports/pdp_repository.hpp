#pragma once
// Consent records and data-subject requests (domain/pdp.hpp). Used inside one UnitOfWork; not thread-safe.
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/pdp.hpp"
#include "domain/ports/page.hpp"

namespace sinergi::domain::ports {

struct RequestFilter {
  std::optional<std::string> person_id;
  std::optional<RequestStatus> status;
  std::optional<core::Timestamp> due_before;  // only requests with due_at < this
};

class PdpRepository {
 public:
  virtual ~PdpRepository() = default;

  // Errors: kNotFound "person.not_found" if person_id (or guardian_person_id) is unknown;
  // kConflict "consent.exists" for a duplicate id.
  virtual core::Status InsertConsent(const Consent& consent) = 0;
  // Errors: kNotFound "consent.not_found".
  virtual core::Result<Consent> GetConsent(const std::string& id) = 0;
  // Stores withdrawn_at/withdrawn_by/withdrawal_reason; the rest of a consent never changes.
  // Errors: kNotFound "consent.not_found".
  virtual core::Status UpdateConsentWithdrawal(const Consent& consent) = 0;
  // The person's consents, oldest first (ids sort in creation order).
  virtual core::Result<std::vector<Consent>> ListConsents(const std::string& person_id) = 0;

  // Errors: kNotFound "person.not_found"; kConflict "data_subject_request.exists".
  virtual core::Status InsertRequest(const DataSubjectRequest& request) = 0;
  // Errors: kNotFound "data_subject_request.not_found".
  virtual core::Result<DataSubjectRequest> GetRequest(const std::string& id) = 0;
  // Stores status, completed_at, outcome_note and handled_by. Errors: kNotFound.
  virtual core::Status UpdateRequestOutcome(const DataSubjectRequest& request) = 0;
  // Ordered by id; PageRequest.after is an id.
  virtual core::Result<Page<DataSubjectRequest>> ListRequests(const RequestFilter& filter, const PageRequest& page) = 0;
};

}  // namespace sinergi::domain::ports
