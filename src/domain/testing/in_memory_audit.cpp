// TEST DOUBLE: the hash-chained audit trail in memory (ports/audit_repository.hpp). Entries are kept in seq
// order; Append links each to the one before, exactly as a backend must.
#include <string>
#include <utility>

#include "domain/testing/in_memory_repositories.hpp"

namespace sinergi::domain::test_doubles::detail {
namespace {

bool Matches(const AuditEntry& e, const ports::AuditFilter& f) {
  if (f.actor_id && e.actor_id != *f.actor_id) return false;
  if (f.entity_type && e.entity_type != *f.entity_type) return false;
  if (f.entity_id && e.entity_id != *f.entity_id) return false;
  if (f.action && e.action != *f.action) return false;
  if (f.from && e.at < *f.from) return false;
  if (f.to && e.at >= *f.to) return false;
  return true;
}

}  // namespace

core::Result<AuditEntry> InMemoryAuditRepository::Append(AuditEntry entry) {
  entry.seq = static_cast<std::int64_t>(s_.audit.size()) + 1;
  entry.prev_hash = s_.audit.empty() ? kAuditGenesisHash : s_.audit.back().hash;
  entry.hash = ComputeAuditHash(entry);
  s_.audit.push_back(entry);
  return entry;
}

// Newest first; `after` is the seq (decimal) of the last entry of the previous page.
core::Result<ports::Page<AuditEntry>> InMemoryAuditRepository::List(const ports::AuditFilter& filter,
                                                                    const ports::PageRequest& page) {
  std::int64_t before = static_cast<std::int64_t>(s_.audit.size()) + 1;
  if (page.after) {
    try {
      before = std::stoll(*page.after);
    } catch (const std::exception&) {
      return core::Error::Invalid("audit.invalid_cursor", "The cursor is not an audit sequence number.");
    }
  }
  ports::Page<AuditEntry> out;
  const std::size_t limit = static_cast<std::size_t>(std::max(page.limit, 1));
  for (auto it = s_.audit.rbegin(); it != s_.audit.rend(); ++it) {
    if (it->seq >= before || !Matches(*it, filter)) continue;
    if (out.items.size() == limit) {
      out.next_after = std::to_string(out.items.back().seq);
      break;
    }
    out.items.push_back(*it);
  }
  return out;
}

core::Status InMemoryAuditRepository::Scan(const std::function<bool(const AuditEntry&)>& visit) {
  for (const AuditEntry& e : s_.audit) {
    if (!visit(e)) break;
  }
  return core::Ok();
}

}  // namespace sinergi::domain::test_doubles::detail
