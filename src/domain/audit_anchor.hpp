#pragma once
// External anchoring of the audit chain (issue #3). The chain alone cannot expose someone who holds the database
// file, edits an entry and recomputes every hash after it, or cuts off the newest entries: the result is again
// a valid chain. Copies of chain heads kept where that person cannot write (an anchor file copied off the
// machine) can: a rewritten entry no longer has its anchored hash, and a cut chain ends before its last anchor.
//
// Everything here is pure and fed in seq order, one entry at a time, so the trail is never loaded whole
// (domain/audit_log.hpp walks storage). Periods are UTC days or hours.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/audit.hpp"

namespace sinergi::domain {

enum class AnchorPeriod { kDay, kHour };

// The chain head at the end of a period: its last entry.
struct AuditAnchor {
  std::string period;  // UTC: "2026-11-22" (day) or "2026-11-22T13Z" (hour)
  std::int64_t seq = 0;
  std::string entry_id;
  core::Timestamp at{};
  std::string hash;
  std::int64_t entries = 0;  // entries in the chain up to and including this one
  // The period had not ended when this head was taken (`sinergi audit anchor`): later entries may still join it,
  // so only its seq and hash are facts, not "this is where the period ends".
  bool open = false;

  bool operator==(const AuditAnchor&) const = default;
};

// The key of the period holding `at`.
std::string AnchorPeriodKey(core::Timestamp at, AnchorPeriod period);
// The start of the period a key names; nullopt unless `key` is exactly a day or hour key as written above.
std::optional<core::Timestamp> AnchorPeriodStart(std::string_view key);

// Finds the head of every period. A period is closed once an entry of a later period exists, never by the
// clock, so the heads depend on the chain alone: a closed period's head can never change without tampering.
// An entry whose timestamp goes back (a clock stepped backwards) stays in the latest period seen, so periods
// only move forward along the chain.
class PeriodHeads {
 public:
  explicit PeriodHeads(AnchorPeriod period) : period_(period) {}
  // Feed entries in seq order. Returns the head of the period that `e` closes, if it starts a later one.
  std::optional<AuditAnchor> Add(const AuditEntry& e);
  // The head of the last period, still open (marked so); nullopt for an empty chain.
  std::optional<AuditAnchor> OpenHead() const;

 private:
  AnchorPeriod period_;
  std::optional<AuditAnchor> current_;
  core::Timestamp current_start_{};
  std::int64_t entries_ = 0;
};

// The heads whose period starts on or after `since` (UTC midnight).
std::vector<AuditAnchor> AnchorsSince(std::vector<AuditAnchor> anchors, const core::Date& since);

// An anchor that the chain contradicts.
struct AnchorMismatch {
  std::size_t index = 0;  // position in the list given to AnchorCheck
  AuditAnchor anchor;
  std::string problem;
};

// Compares anchors with the chain: each anchored seq must still exist with the anchored hash, entry id and
// time. Feed the chain in seq order, then ask Finish. Holds one slot per anchor (a few per day), not the trail.
class AnchorCheck {
 public:
  explicit AnchorCheck(std::vector<AuditAnchor> anchors);
  void Add(const AuditEntry& e);
  // The first anchor, in list order, that the chain contradicts; nullopt when every anchor holds.
  // `last_seq`: the seq of the chain's last entry (0 when empty), to tell a cut tail from a gap.
  std::optional<AnchorMismatch> Finish(std::int64_t last_seq) const;

 private:
  std::vector<AuditAnchor> anchors_;
  std::vector<std::string> problems_;  // per anchor; "" = the entry was seen and agrees
  std::vector<bool> seen_;
  std::vector<std::pair<std::int64_t, std::size_t>> by_seq_;  // (seq, anchor index), sorted; seqs may repeat
  std::int64_t entries_ = 0;                                  // entries fed so far
};

// The `computed` anchors not yet in `existing` (an anchor file), in order. A closed head is present when the
// file holds a closed head of the same period with the same seq and hash; an open head when the file holds any
// head with its seq and hash. Errors: kConflict "audit.anchor_conflict" naming the period when the file
// holds a head of one of these periods that the chain now contradicts: a closed head other than the period's
// head, or an open head beyond the end of its period. Both are evidence that the trail (or the file) changed.
core::Result<std::vector<AuditAnchor>> AnchorsToAppend(const std::vector<AuditAnchor>& existing,
                                                       const std::vector<AuditAnchor>& computed);

}  // namespace sinergi::domain
