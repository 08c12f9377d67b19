// RegistryService: create, read, update and soft-delete persons; lists and history. Every record passes the
// record-level policy (detail::RecordGate) before it leaves the service.
#include <algorithm>
#include <optional>
#include <utility>

#include "domain/audit_log.hpp"
#include "domain/detail/access_support.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/person_rules.hpp"
#include "domain/policy.hpp"
#include "domain/registry_service.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::Result;
using ports::TxMode;

// One page of the persons the actor may see. The policy's restriction (ListScopeFor) goes into the query, so
// storage returns full pages of in-scope persons and the cursor walks over them only; the gate then checks each
// one again (defence in depth: it never drops one unless the query and the policy disagree) and masks.
Result<ports::Page<Person>> ReadPersons(ports::Database& db, const Actor& actor, core::Timestamp now,
                                        ports::PersonFilter filter, const ports::PageRequest& page) {
  SINERGI_TRY(auto uow, db.Begin(TxMode::kRead));
  detail::RecordGate gate(*uow, actor, now);
  SINERGI_TRY(filter.scope, gate.ListRestriction());
  SINERGI_TRY(auto persons, uow->persons().List(filter, page));
  SINERGI_TRY(persons.items, gate.AdmitListed(std::move(persons.items)));
  return persons;
}

// The history of a record the actor may see; a person's sensitive field values are left out for actors who may
// not see them (the change itself, with its field name, stays). A journey is judged by its person.
Result<ports::Page<ChangeRecord>> ReadHistory(ports::Database& db, const Actor& actor, core::Timestamp now,
                                              const std::string& entity_type, const std::string& entity_id,
                                              const ports::PageRequest& page) {
  SINERGI_TRY(auto uow, db.Begin(TxMode::kRead));
  std::string person_id = entity_id;
  if (entity_type == "journey") {
    core::Result<Journey> journey = uow->journeys().Get(entity_id);
    if (journey) {
      person_id = journey->person_id;
    } else if (journey.error().code() != core::ErrorCode::kNotFound) {
      return journey.error();
    }
  }
  bool masked = false;
  if (entity_type == "person" || entity_type == "journey") {
    core::Result<Person> person = uow->persons().Get(person_id);
    if (person) {
      detail::RecordGate gate(*uow, actor, now);
      SINERGI_TRY(bool admitted, gate.Admit(*person));
      if (!admitted) {
        return Error::NotFound(entity_type + ".not_found", "No " + entity_type + " has this id.");
      }
      masked = entity_type == "person" && !person->masked_fields.empty();
    } else if (person.error().code() != core::ErrorCode::kNotFound) {
      return person.error();
    }
  }
  SINERGI_TRY(auto records, uow->history().List(entity_type, entity_id, page));
  if (masked) {
    for (ChangeRecord& record : records.items) {
      for (FieldChange& change : record.changes) {
        if (std::find(kSensitivePersonFields.begin(), kSensitivePersonFields.end(), change.field) !=
            kSensitivePersonFields.end()) {
          change.before.reset();
          change.after.reset();
        }
      }
    }
  }
  return records;
}

// A client that may not see the sensitive fields sends them back empty (it read them masked): keep the stored
// values, and the protection mark, rather than erasing them.
void KeepHiddenFields(const PersonData& current, PersonData& data) {
  data.address_line = current.address_line;
  data.address_region_code = current.address_region_code;
  data.phone = current.phone;
  data.birth_place = current.birth_place;
  data.passport_number = current.passport_number;
  data.protected_identity = current.protected_identity;
}

}  // namespace

Result<Person> RegistryService::CreatePerson(const Actor& actor, PersonData data) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryWrite));
  const core::Timestamp now = clock_.Now();
  const core::Date today = core::DateOf(now);
  std::vector<core::FieldError> errors = NormaliseAndValidate(data, regions_, today);
  if (!errors.empty()) return Error::Validation(std::move(errors));

  Person person;
  person.id = ids_.NewId();
  person.version = 1;
  person.warnings = PersonWarnings(data, regions_, today);
  person.data = std::move(data);
  person.created_at = person.updated_at = now;
  person.created_by = person.updated_by = actor.id;
  if (!actor.agency_id.empty()) person.owner_agency_id = actor.agency_id;

  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY_STATUS(uow->persons().Insert(person, PersonNameKeys(person.data)));
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, "person", person.id, "create",
                                                   detail::AsCreation(DiffPersonData({}, person.data)))));
  SINERGI_TRY_STATUS(uow->Commit());
  return person;
}

Result<Person> RegistryService::GetPerson(const Actor& actor, const std::string& id, bool include_deleted) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryRead));
  // A refused read is audited inside ReadAdmittedPerson; an admitted one here, after the read unit is closed.
  SINERGI_TRY(Person person, detail::ReadAdmittedPerson(db_, clock_, ids_, actor, id, include_deleted));
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor,
                                 {"read", "person", person.id, {}, {}, include_deleted ? "include_deleted" : ""}));
  return person;
}

Result<Person> RegistryService::UpdatePerson(const Actor& actor, const std::string& id, PersonData data,
                                             std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryWrite));
  const core::Timestamp now = clock_.Now();
  const core::Date today = core::DateOf(now);
  std::vector<core::FieldError> errors = NormaliseAndValidate(data, regions_, today);
  if (!errors.empty()) return Error::Validation(std::move(errors));

  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Person current, detail::GetLivePerson(uow->persons(), id));
  detail::RecordGate gate(*uow, actor, now);
  SINERGI_TRY(RecordScope scope, gate.ScopeOf(current));
  if (!CanSeeRecord(actor, scope)) return detail::PersonNotFound(id);
  if (!CanSeeSensitive(actor, scope, IsProtectedPerson(current.data, today))) KeepHiddenFields(current.data, data);
  // The repository checks the version too (and is authoritative under concurrency); checking here gives the
  // clear error before any work, and keeps "nothing changed" answers honest about staleness.
  if (current.version != expected_version) return Error::StaleVersion();
  std::vector<FieldChange> changes = DiffPersonData(current.data, data);
  if (changes.empty()) {
    // Nothing to write and the version stays; the caller still receives the record, so the call is audited.
    SINERGI_TRY_STATUS(AppendAudit(*uow, clock_, ids_, actor, {"update", "person", current.id, {}, {}, "no changes"}));
    SINERGI_TRY_STATUS(gate.Admit(current));  // the answer is masked like a read
    SINERGI_TRY_STATUS(uow->Commit());
    return current;
  }

  Person updated = current;
  updated.data = std::move(data);
  updated.warnings = PersonWarnings(updated.data, regions_, today);
  updated.version = current.version + 1;
  updated.updated_at = now;
  updated.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->persons().Update(updated, expected_version, PersonNameKeys(updated.data)));
  SINERGI_TRY_STATUS(detail::RecordChange(
      *uow, clock_, ids_, actor,
      detail::NewChangeRecord(ids_, now, actor, "person", updated.id, "update", std::move(changes))));
  SINERGI_TRY_STATUS(gate.Admit(updated));  // the answer is masked like a read
  SINERGI_TRY_STATUS(uow->Commit());
  return updated;
}

Result<Person> RegistryService::DeletePerson(const Actor& actor, const std::string& id, const std::string& reason,
                                             std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryWrite));
  const std::string trimmed_reason = detail::Trim(reason);
  if (trimmed_reason.empty()) {
    return Error::Validation({{"reason", "required", "Say why the person is deleted."}});
  }
  const core::Timestamp now = clock_.Now();

  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Person current, detail::GetVisiblePerson(*uow, actor, now, id));
  if (current.version != expected_version) return Error::StaleVersion();

  Person deleted = current;
  deleted.deleted_at = now;
  deleted.delete_reason = trimmed_reason;
  deleted.version = current.version + 1;
  deleted.updated_at = now;
  deleted.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->persons().Update(deleted, expected_version, PersonNameKeys(deleted.data)));
  std::vector<FieldChange> changes{
      {"deleted_at", std::nullopt, detail::JsonString(core::FormatTimestamp(now))},
      {"delete_reason", std::nullopt, detail::JsonString(trimmed_reason)},
  };
  // The reason is free text about the person: it stays in the history, out of the audit trail.
  SINERGI_TRY_STATUS(detail::RecordChange(
      *uow, clock_, ids_, actor,
      detail::NewChangeRecord(ids_, now, actor, "person", deleted.id, "delete", std::move(changes), trimmed_reason)));
  detail::RecordGate gate(*uow, actor, now);
  SINERGI_TRY_STATUS(gate.Admit(deleted));  // the answer is masked like a read
  SINERGI_TRY_STATUS(uow->Commit());
  return deleted;
}

Result<ports::Page<Person>> RegistryService::ListPersons(const Actor& actor, const ports::PersonFilter& filter,
                                                         const ports::PageRequest& page) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryRead));
  SINERGI_TRY(auto persons, ReadPersons(db_, actor, clock_.Now(), filter, page));
  AuditEvent event{"list", "person", {}, {}, {}, {}};
  for (const Person& p : persons.items) event.record_ids.push_back(p.id);
  // Filter names only: a NIK or passport number filter value is personal data.
  event.detail = detail::FilterDetail({{"nik", filter.nik.has_value()},
                                       {"passport_number", filter.passport_number.has_value()},
                                       {"sex", filter.sex.has_value()},
                                       {"pmi_status", filter.pmi_status.has_value()},
                                       {"region", filter.region_prefix.has_value()},
                                       {"include_deleted", filter.include_deleted}});
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return persons;
}

Result<ports::Page<ChangeRecord>> RegistryService::History(const Actor& actor, const std::string& entity_type,
                                                           const std::string& entity_id,
                                                           const ports::PageRequest& page) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryRead));
  SINERGI_TRY(auto records, ReadHistory(db_, actor, clock_.Now(), entity_type, entity_id, page));
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, {"read", entity_type, entity_id, {}, {}, "history"}));
  return records;
}

}  // namespace sinergi::domain
