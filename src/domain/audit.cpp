// The canonical form of an audit entry and its chained hash.
//
// Why length prefixes: with plain concatenation ("ab" + "c" == "a" + "bc") an attacker could move bytes between
// adjacent fields without changing the hash. Every field is therefore written as its byte length (8 bytes,
// big-endian) followed by its bytes; lists as their item count followed by each item so written. The form starts
// with a version tag so a later change of the form can be told apart from tampering.
#include "domain/audit.hpp"

#include <string_view>

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

}  // namespace sinergi::domain
