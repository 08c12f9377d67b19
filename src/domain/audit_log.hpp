#pragma once
// Builds audit entries and appends them through the AuditRepository of a write unit of work, so a write and
// its audit entry commit together. Reads are audited in their own short write unit right after the read
// (RecordRead), and a read whose audit entry cannot be stored fails: no data leaves unaudited.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/audit.hpp"
#include "domain/audit_anchor.hpp"
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

// What one walk of the chain should find besides verifying it (audit_anchor.hpp).
struct AuditWalkRequest {
  std::optional<AnchorPeriod> heads;  // collect the head of every period of this length
  std::vector<AuditAnchor> anchors;   // compare these anchors (e.g. an anchor file) with the chain
};
struct AuditWalk {
  AuditVerification chain;
  std::int64_t last_seq = 0;                      // seq of the last entry stored (0 for an empty trail)
  std::vector<AuditAnchor> closed_heads;          // in period order; only when heads were asked for
  std::optional<AuditAnchor> open_head;           // the current head, its period still open
  std::optional<AnchorMismatch> anchor_mismatch;  // the first anchor (in request order) the chain contradicts
};
// Walks the whole chain once in one read unit of work (a consistent snapshot). Unlike VerifyAuditChain it reads
// on past a broken entry, so the anchors are compared with everything stored; heads past a break are collected
// too, and the caller must not export them while chain.ok is false. Reading the trail is not itself audited
// (nor is VerifyAuditChain): the walk yields hashes, sequence numbers, entry ids and times, no personal data,
// and an entry per walk would move the head that a timer's walk is about to anchor.
// Errors: kUnavailable / kInternal from storage.
core::Result<AuditWalk> WalkAuditChain(ports::Database& db, AuditWalkRequest request);

}  // namespace sinergi::domain
