// The canonical form of an audit entry, its chained hash, and the entry-by-entry check of a stored chain.
//
// Why length prefixes: with plain concatenation ("ab" + "c" == "a" + "bc") an attacker could move bytes between
// adjacent fields without changing the hash. Every field is therefore written as its byte length (8 bytes,
// big-endian) followed by its bytes; lists as their item count followed by each item so written. The form starts
// with a version tag so a later change of the form can be told apart from tampering.
#include "domain/audit.hpp"

#include <string_view>
#include <utility>

#include "core/crypto.hpp"

namespace sinergi::domain {
namespace {

constexpr std::string_view kFormTag = "sinergi.audit.v1";

void AppendLength(std::string& out, std::uint64_t n) {
  for (int shift = 56; shift >= 0; shift -= 8) {
    out.push_back(static_cast<char>((n >> static_cast<unsigned>(shift)) & 0xFFU));
  }
}

void AppendField(std::string& out, std::string_view value) {
  AppendLength(out, value.size());
  out.append(value);
}

void AppendList(std::string& out, const std::vector<std::string>& items) {
  AppendLength(out, items.size());
  for (const std::string& item : items) AppendField(out, item);
}

// Checks one stored entry against its predecessor; returns the problem, or "" when it verifies.
// The order matters for the report: a missing or reordered entry is named as such before its hash is checked.
std::string CheckEntry(const AuditEntry& e, std::int64_t previous_seq, const std::string& previous_hash) {
  const std::int64_t expected_seq = previous_seq + 1;
  if (e.seq != expected_seq) {
    if (e.seq == expected_seq + 1)
      return "entry " + std::to_string(expected_seq) + " is missing (deleted from the trail)";
    if (e.seq > expected_seq) {
      return "entries " + std::to_string(expected_seq) + " to " + std::to_string(e.seq - 1) +
             " are missing (deleted from the trail)";
    }
    return "sequence goes back from " + std::to_string(previous_seq) + " to " + std::to_string(e.seq) +
           " (entries reordered or duplicated)";
  }
  if (e.prev_hash != previous_hash) {
    return previous_seq == 0 ? std::string("the first entry does not start from the genesis hash")
                             : "prev_hash does not match the hash of entry " + std::to_string(previous_seq) +
                                   " (an earlier entry was replaced)";
  }
  if (ComputeAuditHash(e) != e.hash) return "stored hash does not match the entry's contents (the entry was altered)";
  return {};
}

}  // namespace

std::string CanonicalAuditBytes(const AuditEntry& e) {
  std::string out;
  out.reserve(256 + e.detail.size() + 32 * (e.record_ids.size() + e.fields.size()));
  AppendField(out, kFormTag);
  AppendField(out, std::to_string(e.seq));
  AppendField(out, e.id);
  AppendField(out, std::to_string(e.at.time_since_epoch().count()));  // milliseconds since the epoch
  AppendField(out, e.actor_id);
  AppendField(out, e.agency_id);
  AppendField(out, e.ip);
  AppendField(out, e.action);
  AppendField(out, e.entity_type);
  AppendField(out, e.entity_id);
  AppendList(out, e.record_ids);
  AppendList(out, e.fields);
  AppendField(out, e.detail);
  AppendField(out, e.prev_hash);
  return out;
}

std::string ComputeAuditHash(const AuditEntry& e) {
  return core::Blake2bHex(CanonicalAuditBytes(e), 32);
}

AuditChainCheck::AuditChainCheck() {
  result_.head_hash = kAuditGenesisHash;
}

bool AuditChainCheck::Add(const AuditEntry& e) {
  ++result_.entries;
  if (!result_.ok) return false;
  std::string problem = CheckEntry(e, previous_seq_, result_.head_hash);
  if (!problem.empty()) {
    result_.ok = false;
    result_.first_broken_seq = e.seq;
    result_.problem = std::move(problem);
    return false;
  }
  previous_seq_ = e.seq;
  result_.head_hash = e.hash;
  return true;
}

}  // namespace sinergi::domain
