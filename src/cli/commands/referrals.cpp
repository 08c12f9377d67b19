#include "cli/commands/commands.hpp"

namespace sinergi::cli {

CLI::App* AddReferralCommands(CLI::App& app, ReferralsEscalateCommand& escalate) {
  auto* referrals = app.add_subcommand("referrals", "Referrals between agencies (penanganan terpadu)");
  referrals->require_subcommand(1);
  auto* sub = referrals->add_subcommand(
      "escalate",
      "Notify the receiving agency's supervisors of referrals unanswered past referral.escalate_after_hours");
  AddCommonFlags(*sub, escalate.common);
  return sub;
}

}  // namespace sinergi::cli
