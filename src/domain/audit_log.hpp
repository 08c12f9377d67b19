#pragma once
// Builds audit entries and appends them through the AuditRepository of a write unit of work, so a write and
// its audit entry commit together. Reads are audited in their own short write unit right after the read
// (RecordRead), and a read whose audit entry cannot be stored fails: no data leaves unaudited.
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/audit.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::domain {

struct AuditEvent {
  std::string action;  // codelist audit_action
  std::string entity_type;
  std::string entity_id;
  std::vector<std::string> record_ids;
  std::vector<std::string> fields;
  std::string detail;
};

// Appends inside an open kWrite unit of work.
core::Status AppendAudit(ports::UnitOfWork& uow, const core::Clock& clock, core::IdGenerator& ids, const Actor& actor,
                         AuditEvent event);
// Opens a kWrite unit, appends, commits. For reads and other events that write nothing else.
core::Status RecordAudit(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids, const Actor& actor,
                         AuditEvent event);
// Walks the whole chain: recomputes every hash and checks every link and the seq sequence.
core::Result<AuditVerification> VerifyAuditChain(ports::Database& db);

}  // namespace sinergi::domain
