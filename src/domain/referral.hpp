#pragma once
// Referrals (penanganan terpadu, issue #4): an agency refers victims of a case to another agency for named services,
// after the victims' consent for that kind of recipient (DOMAIN.md §6.3, UU 27/2022 Ps 20, 25); the receiver accepts
// (and so gains access to exactly what was shared: the case and the referred victims), declines with a reason, or
// completes it with the outcome; the sender may revoke it; the receiver may forward it up the referral ladder
// (regency -> province -> national, and to and from posts abroad; Perpres 55/2024 Ps 28-30) with the chain kept.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace sinergi::domain {

// Codes of the code list status_rujukan.
enum class ReferralStatus {
  kPending,    // MENUNGGU: sent, not answered yet
  kAccepted,   // DITERIMA: the receiver handles it (access granted)
  kDeclined,   // DITOLAK: with a reason (no access)
  kCompleted,  // SELESAI: the receiver recorded the outcome (access kept, read-only history of what it did)
  kRevoked,    // DICABUT: the sender withdrew it (no access)
  kForwarded,  // DITERUSKAN: the receiver passed it on up the ladder; see forwarded_to_referral_id (no access)
};

std::string_view ToString(ReferralStatus s);
std::optional<ReferralStatus> ParseReferralStatus(std::string_view code);

// Whether a referral in this status lets the receiving agency see what it shares (accepted or completed).
bool GrantsAccess(ReferralStatus s);

// What the sender writes.
struct ReferralInput {
  std::string to_agency_id;
  std::vector<std::string> person_ids;  // victims (KORBAN parties) of the case; at least one, no repeats
  std::vector<std::string> services;    // codelist layanan_kasus; at least one, no repeats
  std::string message;                  // to the receiver: why, what is needed; required; sealed at rest
  std::string urgency = "SEDANG";       // codelist urgensi_kasus
  // Without a recorded consent (or other lawful basis) for every referred victim covering the receiver's agency
  // type, a user with the override right (SUPERVISOR) may still refer, stating why (e.g. the victim's life is at
  // risk). Kept on the referral, shown to the receiver, audited.
  std::optional<std::string> consent_override_reason;
};

struct Referral {
  std::string id;
  std::int64_t version = 1;
  std::string case_id;
  std::string from_agency_id;
  ReferralInput data;
  ReferralStatus status = ReferralStatus::kPending;
  // The consent records relied on, one per referred person (same order as data.person_ids); empty when overridden.
  std::vector<std::string> consent_ids;
  std::optional<std::string> forwarded_from_referral_id;  // the previous step of the ladder
  std::optional<std::string> forwarded_to_referral_id;    // set when this one was forwarded
  core::Timestamp created_at{};
  std::string created_by;
  std::optional<core::Timestamp> responded_at;  // accepted or declined (the response time ends here)
  std::optional<std::string> responded_by;
  std::optional<std::string> decline_reason;
  std::optional<core::Timestamp> completed_at;
  std::optional<std::string> completed_by;
  std::optional<std::string> outcome;  // required on completion; sealed at rest
  std::optional<core::Timestamp> revoked_at;
  std::optional<std::string> revoked_by;
  std::optional<std::string> revoke_reason;
  std::optional<core::Timestamp> forwarded_at;
  std::optional<std::string> forwarded_by;
  // Set once when the referral stayed MENUNGGU past the configured limit and the receiving agency's supervisors
  // were notified.
  std::optional<core::Timestamp> escalated_at;
  // Filled on read by the service: fields the actor may not see (message, outcome, person_ids for a receiver who
  // has not accepted yet), emptied.
  std::vector<std::string> masked_fields;
};

// Response times of one receiving agency over a set of referrals (hours; nullopt when none answered/completed).
struct ReferralResponseTimes {
  std::string agency_id;
  int referrals = 0;
  int answered = 0;  // accepted or declined (also later completed/forwarded after an answer)
  int completed = 0;
  int pending = 0;
  std::optional<double> median_hours_to_answer;
  std::optional<double> p90_hours_to_answer;
  std::optional<double> median_hours_to_complete;
  std::optional<double> p90_hours_to_complete;
};

}  // namespace sinergi::domain
