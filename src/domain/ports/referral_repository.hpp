#pragma once
// Referrals (domain/referral.hpp). Used inside one UnitOfWork; not thread-safe. Backends seal
// ReferralInput::message, Referral::outcome, decline_reason and revoke_reason at rest (storage/common/sealed_fields.hpp).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/ports/page.hpp"
#include "domain/referral.hpp"

namespace sinergi::domain::ports {

struct ReferralFilter {
  std::optional<std::string> to_agency_id;    // the inbox of an agency
  std::optional<std::string> from_agency_id;  // the outbox of an agency
  std::optional<std::string> case_id;
  std::optional<ReferralStatus> status;
  // Only referrals whose from_agency_id or to_agency_id is one of these (the agencies the actor may see referrals
  // of); nullopt: no restriction (system jobs, NATIONAL scope).
  std::optional<std::vector<std::string>> involving_agency_ids;
  std::optional<core::Timestamp> created_from;  // created_at >= this
  std::optional<core::Timestamp> created_to;    // created_at < this
};

class ReferralRepository {
 public:
  virtual ~ReferralRepository() = default;

  // Errors: kNotFound "case.not_found" / "agency.not_found" (to or from) / "person.not_found"; kConflict
  // "referral.exists" for a duplicate id.
  virtual core::Status Insert(const Referral& referral) = 0;
  // Errors: kNotFound "referral.not_found".
  virtual core::Result<Referral> Get(const std::string& id) = 0;
  // Stores the status and every response field (responded_*, decline_reason, completed_*, outcome, revoked_*,
  // forwarded_*, escalated_at); the input data, case and agencies never change.
  // Errors: kNotFound "referral.not_found"; kPreconditionFailed "version_mismatch".
  virtual core::Status Update(const Referral& referral, std::int64_t expected_version) = 0;
  // Newest first (id descending); PageRequest.after is an id (items with a smaller id follow).
  virtual core::Result<Page<Referral>> List(const ReferralFilter& filter, const PageRequest& page) = 0;

  // Access granted by referrals: the case ids and the person ids of every referral to `agency_id` in a status
  // that GrantsAccess (accepted or completed). No duplicates, any order.
  virtual core::Result<std::vector<std::string>> SharedCaseIds(const std::string& agency_id) = 0;
  virtual core::Result<std::vector<std::string>> SharedPersonIds(const std::string& agency_id) = 0;
  // The person ids shared with `agency_id` within one case (for showing exactly what was shared).
  virtual core::Result<std::vector<std::string>> SharedPersonIdsOfCase(const std::string& agency_id,
                                                                       const std::string& case_id) = 0;

  // Pending referrals created before `created_before` and not escalated yet, oldest first, at most `limit`.
  virtual core::Result<std::vector<Referral>> PendingUnescalated(core::Timestamp created_before, int limit) = 0;
};

}  // namespace sinergi::domain::ports
