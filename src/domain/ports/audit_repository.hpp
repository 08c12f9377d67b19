#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "core/result.hpp"
#include "domain/audit.hpp"
#include "domain/ports/page.hpp"

namespace sinergi::domain::ports {

struct AuditFilter {
  std::optional<std::string> actor_id;
  std::optional<std::string> entity_type;
  std::optional<std::string> entity_id;
  std::optional<std::string> action;
  std::optional<core::Timestamp> from;  // inclusive
  std::optional<core::Timestamp> to;    // exclusive
};

// Append-only. Must be used inside a kWrite unit of work for Append (the chain needs the writer lock so two
// appends never link to the same predecessor). The backend forbids UPDATE/DELETE of stored rows.
class AuditRepository {
 public:
  virtual ~AuditRepository() = default;
  // Assigns entry.seq (last + 1) and entry.prev_hash (last hash or genesis), computes entry.hash with
  // domain::ComputeAuditHash, stores it, and returns the stored entry.
  virtual core::Result<AuditEntry> Append(AuditEntry entry) = 0;
  // Newest first; PageRequest.after is a seq (decimal text).
  virtual core::Result<Page<AuditEntry>> List(const AuditFilter& filter, const PageRequest& page) = 0;
  // Calls visit for every entry in seq order until it returns false.
  virtual core::Status Scan(const std::function<bool(const AuditEntry&)>& visit) = 0;
};

}  // namespace sinergi::domain::ports
