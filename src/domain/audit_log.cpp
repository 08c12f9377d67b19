// Writing audit entries and verifying the chain (see audit_log.hpp for the contract).
#include "domain/audit_log.hpp"

#include <utility>

namespace sinergi::domain {

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
  AuditChainCheck check;
  SINERGI_TRY_STATUS(uow->audit().Scan([&](const AuditEntry& e) { return check.Add(e); }));
  return check.result();
}

core::Result<AuditWalk> WalkAuditChain(ports::Database& db, AuditWalkRequest request) {
  SINERGI_TRY(auto uow, db.Begin(ports::TxMode::kRead));
  AuditChainCheck chain;
  AnchorCheck anchors(std::move(request.anchors));
  std::optional<PeriodHeads> heads;
  if (request.heads) heads.emplace(*request.heads);
  AuditWalk walk;
  SINERGI_TRY_STATUS(uow->audit().Scan([&](const AuditEntry& e) {
    chain.Add(e);
    anchors.Add(e);
    if (heads) {
      if (auto closed = heads->Add(e)) walk.closed_heads.push_back(std::move(*closed));
    }
    walk.last_seq = e.seq;
    return true;
  }));
  walk.chain = chain.result();
  if (heads) walk.open_head = heads->OpenHead();
  walk.anchor_mismatch = anchors.Finish(walk.last_seq);
  return walk;
}

}  // namespace sinergi::domain
