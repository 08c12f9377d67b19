#include "domain/audit_query.hpp"

#include "domain/policy.hpp"

namespace sinergi::domain {

core::Result<ports::Page<AuditEntry>> ListAudit(ports::Database& db, const Actor& actor,
                                                const ports::AuditFilter& filter, const ports::PageRequest& page) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kAuditRead));
  SINERGI_TRY(auto uow, db.Begin(ports::TxMode::kRead));
  return uow->audit().List(filter, page);
}

}  // namespace sinergi::domain
