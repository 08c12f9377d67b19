#include "domain/retention_job.hpp"

#include <chrono>

#include "domain/audit_log.hpp"
#include "domain/person_rules.hpp"

namespace sinergi::domain {

core::Timestamp RetentionJob::CutoffFor(RetentionKind kind) const {
  return clock_.Now() - std::chrono::days(policy_.DaysFor(kind));
}

core::Result<std::vector<RetentionLine>> RetentionJob::Report() {
  std::vector<RetentionLine> lines;
  SINERGI_TRY(auto uow, db_.Begin(ports::TxMode::kRead));
  for (RetentionKind kind : kRetentionKinds) {
    RetentionLine line;
    line.kind = kind;
    line.days = policy_.DaysFor(kind);
    line.cutoff = CutoffFor(kind);
    if (line.days > 0) {
      SINERGI_TRY(line.due, uow->retention().CountDue(kind, line.cutoff));
    }
    lines.push_back(line);
  }
  return lines;
}

core::Status RetentionJob::AnonymisePerson(const Actor& actor, const std::string& person_id, int days) {
  SINERGI_TRY(auto uow, db_.Begin(ports::TxMode::kWrite));
  SINERGI_TRY(Person person, uow->persons().Get(person_id));
  Person anonymised = person;
  anonymised.data = AnonymisedData(person.data);
  anonymised.warnings.clear();
  anonymised.delete_reason.reset();  // free text that may name the person
  anonymised.version = person.version + 1;
  anonymised.updated_at = clock_.Now();
  anonymised.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->persons().Update(anonymised, person.version, {}));
  SINERGI_TRY_STATUS(uow->retention().FinishAnonymisation(person_id, clock_.Now()));
  AuditEvent event;
  event.action = "retention";
  event.entity_type = "person";
  event.entity_id = person_id;
  for (const FieldChange& change : DiffPersonData(person.data, anonymised.data)) event.fields.push_back(change.field);
  event.detail = "anonymised: deleted more than " + std::to_string(days) +
                 " days ago; name keys, family links and change history removed";
  SINERGI_TRY_STATUS(AppendAudit(*uow, clock_, ids_, actor, std::move(event)));
  return uow->Commit();
}

core::Result<std::vector<RetentionLine>> RetentionJob::Apply(const Actor& actor, int batch) {
  if (batch < 1) return core::Error::Invalid("retention.batch", "The batch size must be at least 1.");
  SINERGI_TRY(std::vector<RetentionLine> lines, Report());
  for (RetentionLine& line : lines) {
    if (line.days == 0) continue;
    if (line.kind == RetentionKind::kDeletedPersons) {
      while (true) {
        std::vector<std::string> ids;
        {
          SINERGI_TRY(auto uow, db_.Begin(ports::TxMode::kRead));
          SINERGI_TRY(ids, uow->retention().DuePersons(line.cutoff, batch));
        }
        if (ids.empty()) break;
        for (const std::string& id : ids) {
          SINERGI_TRY_STATUS(AnonymisePerson(actor, id, line.days));
          ++line.processed;
        }
      }
      continue;
    }
    while (true) {
      SINERGI_TRY(auto uow, db_.Begin(ports::TxMode::kWrite));
      SINERGI_TRY(int purged, uow->retention().PurgeDue(line.kind, line.cutoff, batch));
      if (purged == 0) break;
      AuditEvent event;
      event.action = "retention";
      event.entity_type = std::string(ToString(line.kind));
      event.detail = "purged " + std::to_string(purged) + " " + std::string(ToString(line.kind)) + " older than " +
                     std::to_string(line.days) + " days";
      SINERGI_TRY_STATUS(AppendAudit(*uow, clock_, ids_, actor, std::move(event)));
      SINERGI_TRY_STATUS(uow->Commit());
      line.processed += purged;
    }
  }
  return lines;
}

}  // namespace sinergi::domain
