#include "domain/detail/service_support.hpp"

#include <algorithm>
#include <utility>

namespace sinergi::domain::detail {

ChangeRecord NewChangeRecord(core::IdGenerator& ids, core::Timestamp at, const Actor& actor, std::string entity_type,
                             std::string entity_id, std::string action, std::vector<FieldChange> changes,
                             std::optional<std::string> reason) {
  ChangeRecord record;
  record.id = ids.NewId();
  record.entity_type = std::move(entity_type);
  record.entity_id = std::move(entity_id);
  record.action = std::move(action);
  record.at = at;
  record.actor = actor.id;
  record.changes = std::move(changes);
  record.reason = std::move(reason);
  return record;
}

core::Status RecordChange(ports::UnitOfWork& uow, const core::Clock& clock, core::IdGenerator& ids, const Actor& actor,
                          ChangeRecord record, std::string audit_detail) {
  AuditEvent event;
  event.action = record.action;
  event.entity_type = record.entity_type;
  event.entity_id = record.entity_id;
  event.fields = FieldNames(record.changes);
  event.detail = std::move(audit_detail);
  SINERGI_TRY_STATUS(uow.history().Append(record));
  return AppendAudit(uow, clock, ids, actor, std::move(event));
}

std::vector<std::string> FieldNames(const std::vector<FieldChange>& changes) {
  std::vector<std::string> names;
  for (const FieldChange& change : changes) {
    if (std::find(names.begin(), names.end(), change.field) == names.end()) names.push_back(change.field);
  }
  return names;
}

std::string FilterDetail(const std::vector<std::pair<const char*, bool>>& filters) {
  std::string detail;
  for (const auto& [name, present] : filters) {
    if (!present) continue;
    detail += detail.empty() ? "filters: " : ", ";
    detail += name;
  }
  return detail;
}

std::vector<FieldChange> AsCreation(std::vector<FieldChange> changes) {
  for (FieldChange& change : changes) change.before.reset();
  return changes;
}

core::Error PersonNotFound(const std::string& id, const std::string& field) {
  std::vector<core::FieldError> fields;
  if (!field.empty()) fields.push_back({field, "not_found", "No such person."});
  return {core::ErrorCode::kNotFound, "person.not_found", "Person " + id + " does not exist.", std::move(fields)};
}

core::Result<Person> GetLivePerson(ports::PersonRepository& persons, const std::string& id, const std::string& field) {
  core::Result<Person> person = persons.Get(id);
  if (!person) {
    if (person.error().code() == core::ErrorCode::kNotFound) return PersonNotFound(id, field);
    return person.error();
  }
  if (person->deleted()) return PersonNotFound(id, field);
  return person;
}

}  // namespace sinergi::domain::detail
