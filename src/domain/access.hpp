#pragma once
// Break-the-glass grants and in-app notifications (issue #3, "Access control"). A grant lets one user see one
// person outside their scope for a few hours; its creation notifies the owning agency's supervisors.
#include <optional>
#include <string>

#include "core/date.hpp"

namespace sinergi::domain {

struct AccessGrant {
  std::string id;
  std::string person_id;
  std::string user_id;
  std::string kind = "BREAK_GLASS";
  std::string reason;  // free text stated by the user; kept here, never in the audit trail
  core::Timestamp granted_at{};
  core::Timestamp expires_at{};
};

// A message for every user of `agency_id` holding `recipient_role`. message holds no personal data beyond the
// record id (the reader follows the link and is audited there).
struct Notification {
  std::string id;
  std::string agency_id;
  std::string recipient_role;
  std::string kind;  // "BREAK_GLASS", "REFERRAL_RECEIVED", "REFERRAL_ANSWERED", "REFERRAL_OVERDUE"
  std::optional<std::string> person_id;
  std::string actor_id;
  std::string message;
  core::Timestamp created_at{};
  std::optional<core::Timestamp> read_at;
  std::optional<std::string> referral_id;  // the referral a REFERRAL_* notification is about (link target)
  std::optional<std::string> case_id;      // and its case
};

}  // namespace sinergi::domain
