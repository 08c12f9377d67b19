#pragma once
// Retention of personal data (UU 27/2022 Ps 43-44; issue #3): periods per record type, and what happens to a
// record past its period. Persons are never purged (journeys, cases and statistics refer to them): a person
// soft-deleted longer ago than the period is anonymised — identifying fields cleared, name keys, family links
// and change history removed — keeping only what statistics need (sex, birth year, regency, PMI status).
// Ended sessions, idempotency replay bodies and notifications are purged. The audit trail is never purged: it
// is the record of processing (Ps 31) and holds field names and ids, not personal values.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "domain/person.hpp"

namespace sinergi::domain {

enum class RetentionKind {
  kDeletedPersons,   // anonymised
  kSessions,         // ended sessions (revoked, expired or idle): purged
  kIdempotencyKeys,  // replay records of idempotent creates (they repeat the created record): purged
  kNotifications,    // in-app notifications: purged
};
inline constexpr RetentionKind kRetentionKinds[] = {RetentionKind::kDeletedPersons, RetentionKind::kSessions,
                                                    RetentionKind::kIdempotencyKeys, RetentionKind::kNotifications};

// "deleted_persons", "sessions", "idempotency_keys", "notifications" (the retention.* configuration keys).
std::string_view ToString(RetentionKind kind);

// Days a record is kept past the moment it became eligible (deletion, end of session, creation); 0 = forever.
struct RetentionPolicy {
  int deleted_person_days = 365;
  int session_days = 90;
  int idempotency_key_days = 2;
  int notification_days = 180;

  int DaysFor(RetentionKind kind) const;
};

// The anonymised form of a person's data: keeps sex, the birth year (as 1 July), the region down to the regency,
// and the PMI status; clears everything else. The name becomes kAnonymisedName.
inline constexpr std::string_view kAnonymisedName = "ANONIM";
PersonData AnonymisedData(const PersonData& data);

struct RetentionLine {
  RetentionKind kind{};
  int days = 0;                // 0: kept forever (nothing is due)
  core::Timestamp cutoff{};    // records that became eligible before this are due
  std::int64_t due = 0;        // found due (before acting)
  std::int64_t processed = 0;  // anonymised or purged (0 in a report)
};

}  // namespace sinergi::domain
