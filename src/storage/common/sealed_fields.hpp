#pragma once
// Field-level encryption at rest (issue #3; core/key_ring.hpp): the columns below hold the most sensitive free
// text and contact data, sealed with the configured data key on write and opened on read. Both backends seal the
// same columns, so a database file (or a dump, a backup, a replica) never shows them in clear text.
//
// Sealed: a victim's current address and phone (persons), every change-history record (its values repeat the
// person's fields), stored replay bodies of idempotent creates (they repeat the created record), and the free-text
// notes of consents and data-subject requests; a case's narrative (what happened: violence details), the reporter
// of a case (UU 21/2007 Ps 33 lets a reporter's identity stay confidential), the note of a TPPO determination,
// the outcome of a service delivered to a case, a case's notes, the file names and descriptions of its
// attachments (the bytes are sealed by the blob store, storage/files/file_blob_store.hpp); the message, outcome and
// the decline and revoke reasons of a referral between agencies; the amounts of a victim's restitution claim (its
// components with the amounts claimed and awarded, and the amount paid); the names and job titles of the officials
// who represented agencies at a coordination meeting, and the file names and descriptions of a meeting's
// attachments; the name, contact and request of a person who asked for help at an outreach event.
// Not sealed, on purpose: names, NIK and passport numbers (searched and kept unique by the database; protected by
// access control, masking and disk encryption, see docs/security.md), and the audit trail (append-only and hashed;
// it records field names, never values).
#include <optional>
#include <string>
#include <string_view>

#include "core/key_ring.hpp"
#include "core/result.hpp"

namespace sinergi::storage {

struct SealedColumn {
  std::string_view table;
  std::string_view column;
  std::string_view key_columns;  // the primary key, for updates during key rotation: "id" or "scope, key"
};

inline constexpr SealedColumn kSealedColumns[] = {
    {"persons", "address_line", "id"},
    {"persons", "phone", "id"},
    {"change_history", "changes", "id"},
    {"idempotency_keys", "response_body", "scope, key"},
    {"consents", "note", "id"},
    {"consents", "withdrawal_reason", "id"},
    {"data_subject_requests", "note", "id"},
    {"data_subject_requests", "outcome_note", "id"},
    {"cases", "summary", "id"},
    {"cases", "reporter_name", "id"},
    {"cases", "reporter_contact", "id"},
    {"case_screenings", "determination_note", "id"},
    {"referrals", "message", "id"},
    {"referrals", "outcome", "id"},
    {"referrals", "decline_reason", "id"},
    {"referrals", "revoke_reason", "id"},
    {"case_services", "outcome", "id"},
    {"case_notes", "text", "id"},
    {"case_attachments", "file_name", "id"},
    {"case_attachments", "description", "id"},
    {"case_restitutions", "components", "id"},
    {"case_restitutions", "paid_idr", "id"},
    {"coordination_meeting_representatives", "name", "meeting_id, participant, position"},
    {"coordination_meeting_representatives", "job_title", "meeting_id, participant, position"},
    {"coordination_meeting_attachments", "file_name", "id"},
    {"coordination_meeting_attachments", "description", "id"},
    {"outreach_follow_ups", "name", "id"},
    {"outreach_follow_ups", "contact", "id"},
    {"outreach_follow_ups", "request", "id"},
};

// Seals and opens column values with an optional key ring (owned elsewhere; it must outlive the Sealer).
// Without a ring, sealing fails with kUnavailable "data_key.missing": sensitive text is never written in clear.
// Opening passes a value that is not sealed through unchanged (rows written before encryption was introduced,
// until `sinergi key rotate` seals them).
class Sealer {
 public:
  explicit Sealer(const core::KeyRing* keys) : keys_(keys) {}

  core::Result<std::string> Seal(std::string_view plain) const;
  core::Result<std::string> Seal(const std::string& plain) const { return Seal(std::string_view(plain)); }
  core::Result<std::optional<std::string>> Seal(const std::optional<std::string>& plain) const;
  // Errors: kUnavailable "data_key.missing" (a sealed value but no ring) or "data_key.unknown", kInternal
  // "data_key.corrupt".
  core::Result<std::string> Open(std::string value) const;
  core::Result<std::optional<std::string>> Open(std::optional<std::string> value) const;

  const core::KeyRing* keys() const { return keys_; }
  // kUnavailable "data_key.missing": what every sealing operation answers without a key ring.
  static core::Error MissingKey();

 private:
  const core::KeyRing* keys_;
};

}  // namespace sinergi::storage
