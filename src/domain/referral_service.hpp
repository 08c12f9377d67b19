#pragma once
// Use cases of referrals (domain/referral.hpp). Thread-safe; each call is one unit of work.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/ports/database.hpp"
#include "domain/ports/referral_repository.hpp"
#include "domain/referral.hpp"

namespace sinergi::domain {

struct ReferralOptions {
  // A referral still MENUNGGU this long after it was sent is escalated: the receiving agency's supervisors are
  // notified once (config referral.escalate_after_hours).
  int escalate_after_hours = 72;
};

// Every method takes the acting user first and asks the policy first (reads: Permission::kCaseRead; writes:
// kCaseWrite). Who may see a referral: users of the sending or the receiving agency (or NATIONAL scope / system);
// anyone else gets kNotFound "referral.not_found", exactly like a missing one. A receiver that has not accepted sees
// the referral without the victims' identities and without the case (masked_fields names what was withheld); the
// sender needs to see the case (case scope) to refer from it.
// Access granted: while a referral is DITERIMA or SELESAI, users of the receiving agency see the case and the
// referred persons (and only those parties of the case), as if within their scope, sensitive fields included;
// declining, revoking or forwarding ends it (CaseGate and RecordGate ask ReferralRepository::Shared*).
// Every write stores its history ("referral" entity) and audit entry in the same unit of work, and notifies in-app:
// a new referral the receiving agency (CASE_WORKER and SUPERVISOR), an answer or completion the sending agency.
// Errors of every method, in addition to those listed: kUnauthenticated "auth.required", kForbidden "forbidden",
// kUnavailable/kInternal from storage.
class ReferralService {
 public:
  ReferralService(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids, ReferralOptions options = {})
      : db_(db), clock_(clock), ids_(ids), options_(options) {}

  // Refers victims of a case the actor may see and write. Each person must be a KORBAN party of the case, and
  // each must have a consent record (any lawful basis) with purpose RUJUKAN_LAYANAN, not withdrawn, whose
  // recipient_types contain the receiving agency's type; otherwise kInvalid "validation_failed" with
  // "person_ids[i]" code "consent_missing" — unless consent_override_reason is given by a SUPERVISOR (a non-
  // supervisor giving it: kForbidden "referral.override_not_allowed"). Errors: kNotFound "case.not_found";
  // kInvalid naming each field (to_agency_id not_found / same_agency, services unknown_code, message required,
  // person_ids not_a_victim / duplicate / required); kConflict "case.closed".
  core::Result<Referral> Create(const Actor& actor, const std::string& case_id, ReferralInput input);
  core::Result<Referral> Get(const Actor& actor, const std::string& id);
  // The actor's view: filter.involving_agency_ids is set by the service from the actor's agency (unless NATIONAL
  // scope or system). Errors: kInvalid for a bad filter.
  core::Result<ports::Page<Referral>> List(const Actor& actor, ports::ReferralFilter filter,
                                           const ports::PageRequest& page);

  // By a user of the receiving agency, while MENUNGGU. Errors: kNotFound "referral.not_found"; kConflict
  // "referral.not_pending"; kForbidden "referral.not_receiver"; kPreconditionFailed "version_mismatch".
  core::Result<Referral> Accept(const Actor& actor, const std::string& id, std::int64_t expected_version);
  // As Accept; a reason is required (kInvalid "reason" required).
  core::Result<Referral> Decline(const Actor& actor, const std::string& id, const std::string& reason,
                                 std::int64_t expected_version);
  // By a user of the receiving agency, while DITERIMA; the outcome is required. kConflict "referral.not_accepted".
  core::Result<Referral> Complete(const Actor& actor, const std::string& id, const std::string& outcome,
                                  std::int64_t expected_version);
  // By a user of the sending agency, while MENUNGGU or DITERIMA; a reason is required. kForbidden
  // "referral.not_sender"; kConflict "referral.not_open".
  core::Result<Referral> Revoke(const Actor& actor, const std::string& id, const std::string& reason,
                                std::int64_t expected_version);
  // By a user of the receiving agency, while MENUNGGU or DITERIMA: a new referral from the actor's agency to
  // `to_agency_id` for the same case, persons and services (consent checked again for the new receiver; the
  // override rule as in Create), with forwarded_from_referral_id set; this one becomes DITERUSKAN (and counts as
  // answered). Returns the new referral.
  core::Result<Referral> Forward(const Actor& actor, const std::string& id, const std::string& to_agency_id,
                                 const std::string& message, std::optional<std::string> consent_override_reason,
                                 std::int64_t expected_version);

  // The referrals of a case (those the actor may see), oldest first: the case view's referral section.
  core::Result<std::vector<Referral>> ListForCase(const Actor& actor, const std::string& case_id);

  // Response times per receiving agency over the referrals created in [from, to) that the actor may see.
  core::Result<std::vector<ReferralResponseTimes>> ResponseTimes(const Actor& actor, core::Timestamp from,
                                                                 core::Timestamp to);

  // A system job (the server runs it every few minutes; safe on several app servers at once): escalates every
  // referral MENUNGGU for longer than options.escalate_after_hours — notifies the receiving agency's supervisors
  // and sets escalated_at, once. Returns how many were escalated.
  core::Result<int> EscalateOverdue(const Actor& system_actor);

 private:
  ports::Database& db_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
  ReferralOptions options_;
};

}  // namespace sinergi::domain
