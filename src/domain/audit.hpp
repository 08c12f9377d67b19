#pragma once
// The tamper-evident audit trail (issue #3): append-only entries, each carrying a BLAKE2b hash chained to the
// previous entry's hash. Editing, deleting or reordering any stored entry breaks the chain from that entry on.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace sinergi::domain {

struct AuditEntry {
  std::int64_t seq = 0;  // 1, 2, 3 ... assigned by storage at append, gap-free
  std::string id;
  core::Timestamp at{};
  std::string actor_id;  // user id or "system:<job>"; "anonymous" for failed sign-ins
  std::string agency_id;
  std::string ip;
  std::string action;       // codelist audit_action: read, list, create, update, delete, transition, login,
                            // login_failed, logout, export, break_glass, permission_change, ...
  std::string entity_type;  // "person", "journey", "user", "agency", "session", ... ("" when none)
  std::string entity_id;
  std::vector<std::string> record_ids;  // for list reads: the ids returned
  std::vector<std::string> fields;      // for writes: the fields changed
  std::string detail;                   // short free text (never passwords or tokens)
  std::string prev_hash;                // hex; 64 zeros for the first entry
  std::string hash;                     // hex BLAKE2b-256 of prev_hash + canonical form of this entry
};

// The canonical byte form hashed into the chain: every field above except `hash`, length-prefixed, in order.
std::string CanonicalAuditBytes(const AuditEntry& e);
// hex BLAKE2b-256(CanonicalAuditBytes(e)) — includes e.prev_hash.
std::string ComputeAuditHash(const AuditEntry& e);
inline const std::string kAuditGenesisHash(64, '0');

// Result of walking the whole chain in seq order.
struct AuditVerification {
  bool ok = true;
  std::int64_t entries = 0;
  std::optional<std::int64_t> first_broken_seq;  // the first entry whose hash or link does not verify
  std::string problem;                           // what is wrong with it
  std::string head_hash;                         // hash of the last entry (for external anchoring)
};

// Checks a chain one entry at a time, fed in seq order (pure; VerifyAuditChain feeds it from storage, so the
// trail is never loaded whole). Not thread-safe.
class AuditChainCheck {
 public:
  AuditChainCheck();
  // Counts e and checks it against its predecessor. Returns false from the first entry that does not verify on;
  // entries after a break are counted but not checked (the break is what the operator must see).
  bool Add(const AuditEntry& e);
  // entries: how many were fed; head_hash: the hash of the last entry that verified (genesis when none).
  const AuditVerification& result() const { return result_; }

 private:
  AuditVerification result_;
  std::int64_t previous_seq_ = 0;
};

}  // namespace sinergi::domain
