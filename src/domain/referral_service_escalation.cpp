// ReferralService::EscalateOverdue: a referral left MENUNGGU past the limit is escalated once to the receiving
// agency's supervisors. Runs in one write unit per batch, so several app servers running it at once escalate each
// referral once (the write lock serialises them, and the second finds escalated_at set).
#include <utility>

#include "domain/detail/referral_support.hpp"
#include "domain/policy.hpp"
#include "domain/referral_service.hpp"

namespace sinergi::domain {
namespace {

constexpr int kBatch = 100;
constexpr int kMaxBatches = 100;

}  // namespace

core::Result<int> ReferralService::EscalateOverdue(const Actor& system_actor) {
  SINERGI_TRY_STATUS(Authorize(system_actor, Permission::kCaseWrite));
  int escalated = 0;
  for (int batch = 0; batch < kMaxBatches; ++batch) {
    const core::Timestamp now = clock_.Now();
    const core::Timestamp cutoff = now - std::chrono::hours(options_.escalate_after_hours);
    SINERGI_TRY(auto uow, db_.Begin(ports::TxMode::kWrite));
    SINERGI_TRY(std::vector<Referral> overdue, uow->referrals().PendingUnescalated(cutoff, kBatch));
    for (const Referral& r : overdue) {
      Referral after = r;
      after.escalated_at = now;  // a system mark, not an answer: the version (and the client's ETag) stays
      SINERGI_TRY_STATUS(uow->referrals().Update(after, r.version));
      SINERGI_TRY_STATUS(
          detail::RecordReferralChange(*uow, clock_, ids_, system_actor, now, r, after, "flag", "overdue"));
      SINERGI_TRY_STATUS(detail::NotifyAgency(
          *uow, ids_, now, system_actor, after, r.data.to_agency_id, {"SUPERVISOR"}, "REFERRAL_OVERDUE",
          "A referral to your agency has waited more than " + std::to_string(options_.escalate_after_hours) +
              " hours for an answer (sent " + core::FormatTimestamp(r.created_at) + ")."));
    }
    SINERGI_TRY_STATUS(uow->Commit());
    escalated += static_cast<int>(overdue.size());
    if (static_cast<int>(overdue.size()) < kBatch) break;
  }
  return escalated;
}

}  // namespace sinergi::domain
