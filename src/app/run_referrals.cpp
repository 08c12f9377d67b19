// `sinergi referrals escalate` and the serve command's periodic check: referrals left unanswered longer than
// referral.escalate_after_hours are escalated once to the receiving agency's supervisors, by the system actor
// "system:referrals" so every escalation is in the audit trail.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "app/run_commands.hpp"
#include "app/runtime.hpp"

namespace sinergi::app {
namespace {

const domain::Actor kReferralJobActor{"system:referrals", "Referral escalation", "job", "", {}, "", "", "", ""};

}  // namespace

void EscalateReferralsNow(Runtime& rt) {
  auto escalated = rt.referrals->EscalateOverdue(kReferralJobActor);
  if (!escalated) {
    spdlog::warn("referral escalation failed (retried next run): {}", escalated.error().message());
  } else if (*escalated > 0) {
    spdlog::info("referrals escalated: {}", *escalated);
  }
}

int RunReferralsEscalate(const cli::ReferralsEscalateCommand& cmd) {
  auto booted = Boot(cmd.common, nullptr);
  if (!booted) return Fail(booted.error());
  Runtime& rt = **booted;
  auto escalated = rt.referrals->EscalateOverdue(kReferralJobActor);
  if (!escalated) return Fail(escalated.error());
  fmt::print("referrals escalated: {} (unanswered for more than {} hours)\n", *escalated,
             rt.config.referral_escalate_after_hours);
  return 0;
}

}  // namespace sinergi::app
