// ReferralService: the receiver's answers (accept, decline, complete) and the sender's revocation. Accepting
// grants the receiving agency access to the case and the referred persons (detail/case_access.hpp,
// detail/access_support.hpp); declining, revoking (and forwarding) ends it.
#include <utility>

#include "domain/detail/referral_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/policy.hpp"
#include "domain/referral_service.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::Result;
using ports::TxMode;
using ports::UnitOfWork;

constexpr std::size_t kMaxTextChars = 4000;
const std::vector<std::string> kNotifiedRoles{"CASE_WORKER", "SUPERVISOR"};

enum class Side { kReceiver, kSender };

// Reads the referral for an answer by `side`: visible, the actor on that side, the version the client saw.
Result<Referral> LoadForAnswer(UnitOfWork& uow, const Actor& actor, const std::string& id, Side side,
                               std::int64_t expected_version) {
  SINERGI_TRY(Referral r, detail::GetVisibleReferral(uow, actor, id));
  if (side == Side::kReceiver && actor.agency_id != r.data.to_agency_id) {
    return Error(core::ErrorCode::kForbidden, "referral.not_receiver",
                 "Only a user of the receiving agency may answer this referral.");
  }
  if (side == Side::kSender && actor.agency_id != r.from_agency_id) {
    return Error(core::ErrorCode::kForbidden, "referral.not_sender",
                 "Only a user of the sending agency may revoke this referral.");
  }
  if (r.version != expected_version) return Error::StaleVersion();
  return r;
}

// A required free text (reason, outcome), trimmed.
Result<std::string> RequiredText(const std::string& text, const std::string& field) {
  std::string trimmed = detail::Trim(text);
  if (trimmed.empty()) return Error::Validation({{field, "required", "Required."}});
  if (detail::CodePointCount(trimmed) > kMaxTextChars) {
    return Error::Validation({{field, "too_long", "At most " + std::to_string(kMaxTextChars) + " characters."}});
  }
  return trimmed;
}

// Stores the answered referral with its history, audit entry and the other side's notification; commits.
// Shared by the four answers below.
Result<Referral> StoreAnswer(UnitOfWork& uow, const core::Clock& clock, core::IdGenerator& ids, const Actor& actor,
                             core::Timestamp now, const Referral& before, Referral after,
                             const std::string& audit_detail, const std::string& notify_agency,
                             const std::string& message) {
  after.version = before.version + 1;
  SINERGI_TRY_STATUS(uow.referrals().Update(after, before.version));
  SINERGI_TRY_STATUS(
      detail::RecordReferralChange(uow, clock, ids, actor, now, before, after, "transition", audit_detail));
  SINERGI_TRY_STATUS(
      detail::NotifyAgency(uow, ids, now, actor, after, notify_agency, kNotifiedRoles, "REFERRAL_ANSWERED", message));
  SINERGI_TRY_STATUS(uow.Commit());
  detail::MaskReferral(actor, after);
  return after;
}

}  // namespace

Result<Referral> ReferralService::Accept(const Actor& actor, const std::string& id, std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Referral r, LoadForAnswer(*uow, actor, id, Side::kReceiver, expected_version));
  if (r.status != ReferralStatus::kPending) {
    return Error::Conflict("referral.not_pending", "Only a pending referral can be accepted or declined.");
  }
  Referral after = r;
  after.status = ReferralStatus::kAccepted;
  after.responded_at = now;
  after.responded_by = actor.id;
  return StoreAnswer(*uow, clock_, ids_, actor, now, r, std::move(after), "accept", r.from_agency_id,
                     "Your referral was accepted (DITERIMA).");
}

Result<Referral> ReferralService::Decline(const Actor& actor, const std::string& id, const std::string& reason,
                                          std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  SINERGI_TRY(std::string text, RequiredText(reason, "reason"));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Referral r, LoadForAnswer(*uow, actor, id, Side::kReceiver, expected_version));
  if (r.status != ReferralStatus::kPending) {
    return Error::Conflict("referral.not_pending", "Only a pending referral can be accepted or declined.");
  }
  Referral after = r;
  after.status = ReferralStatus::kDeclined;
  after.responded_at = now;
  after.responded_by = actor.id;
  after.decline_reason = std::move(text);
  return StoreAnswer(*uow, clock_, ids_, actor, now, r, std::move(after), "decline", r.from_agency_id,
                     "Your referral was declined (DITOLAK); the reason is on the referral.");
}

Result<Referral> ReferralService::Complete(const Actor& actor, const std::string& id, const std::string& outcome,
                                           std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  SINERGI_TRY(std::string text, RequiredText(outcome, "outcome"));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Referral r, LoadForAnswer(*uow, actor, id, Side::kReceiver, expected_version));
  if (r.status != ReferralStatus::kAccepted) {
    return Error::Conflict("referral.not_accepted", "Only an accepted referral can be completed.");
  }
  Referral after = r;
  after.status = ReferralStatus::kCompleted;
  after.completed_at = now;
  after.completed_by = actor.id;
  after.outcome = std::move(text);
  return StoreAnswer(*uow, clock_, ids_, actor, now, r, std::move(after), "complete", r.from_agency_id,
                     "Your referral was completed (SELESAI); the outcome is on the referral.");
}

Result<Referral> ReferralService::Revoke(const Actor& actor, const std::string& id, const std::string& reason,
                                         std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  SINERGI_TRY(std::string text, RequiredText(reason, "reason"));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Referral r, LoadForAnswer(*uow, actor, id, Side::kSender, expected_version));
  if (r.status != ReferralStatus::kPending && r.status != ReferralStatus::kAccepted) {
    return Error::Conflict("referral.not_open", "Only a pending or accepted referral can be revoked.");
  }
  Referral after = r;
  after.status = ReferralStatus::kRevoked;
  after.revoked_at = now;
  after.revoked_by = actor.id;
  after.revoke_reason = std::move(text);
  return StoreAnswer(*uow, clock_, ids_, actor, now, r, std::move(after), "revoke", r.data.to_agency_id,
                     "A referral to your agency was revoked by the sender (DICABUT); access to it has ended.");
}

}  // namespace sinergi::domain
