#pragma once
// Reading the audit trail (issue #3): who may read it is the policy's decision (Permission::kAuditRead:
// system administrators and supervisors), never the caller's. Thread-safe; each call is its own read unit.
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/audit.hpp"
#include "domain/ports/audit_repository.hpp"
#include "domain/ports/database.hpp"
#include "domain/ports/page.hpp"

namespace sinergi::domain {

// Newest first; page.after is a seq (decimal text) as the repository defines it.
// Errors: kUnauthenticated / kForbidden from Authorize; kUnavailable from storage.
core::Result<ports::Page<AuditEntry>> ListAudit(ports::Database& db, const Actor& actor,
                                                const ports::AuditFilter& filter, const ports::PageRequest& page);

}  // namespace sinergi::domain
