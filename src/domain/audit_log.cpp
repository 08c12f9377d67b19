// Writing audit entries and verifying the chain (see audit_log.hpp for the contract).
#include "domain/audit_log.hpp"

#include <utility>

namespace sinergi::domain {
namespace {

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

core::Status AppendAudit(ports::UnitOfWork& uow, const core::Clock& clock, core::IdGenerator& ids, const Actor& actor,
                         AuditEvent event) {
  AuditEntry entry;
  entry.id = ids.NewId();
  entry.at = clock.Now();
  entry.actor_id = actor.id;
  entry.agency_id = actor.agency_id;
  entry.ip = actor.ip;
  entry.action = std::move(event.action);
  entry.entity_type = std::move(event.entity_type);
  entry.entity_id = std::move(event.entity_id);
  entry.record_ids = std::move(event.record_ids);
  entry.fields = std::move(event.fields);
  entry.detail = std::move(event.detail);
  SINERGI_TRY_STATUS(uow.audit().Append(std::move(entry)));
  return core::Ok();
}

core::Status RecordAudit(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids, const Actor& actor,
                         AuditEvent event) {
  SINERGI_TRY(auto uow, db.Begin(ports::TxMode::kWrite));
  SINERGI_TRY_STATUS(AppendAudit(*uow, clock, ids, actor, std::move(event)));
  return uow->Commit();
}

core::Result<AuditVerification> VerifyAuditChain(ports::Database& db) {
  SINERGI_TRY(auto uow, db.Begin(ports::TxMode::kRead));
  AuditVerification result;
  result.head_hash = kAuditGenesisHash;
  std::int64_t previous_seq = 0;
  SINERGI_TRY_STATUS(uow->audit().Scan([&](const AuditEntry& e) {
    ++result.entries;
    std::string problem = CheckEntry(e, previous_seq, result.head_hash);
    if (!problem.empty()) {
      result.ok = false;
      result.first_broken_seq = e.seq;
      result.problem = std::move(problem);
      return false;
    }
    previous_seq = e.seq;
    result.head_hash = e.hash;
    return true;
  }));
  return result;
}

}  // namespace sinergi::domain
