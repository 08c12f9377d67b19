#pragma once
// Pieces shared by the use-case services (registry_service*.cpp, journey_service.cpp). Internal to src/domain.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/audit_log.hpp"
#include "domain/history.hpp"
#include "domain/person.hpp"
#include "domain/ports/database.hpp"
#include "domain/ports/person_repository.hpp"

namespace sinergi::domain::detail {

// A history record with a fresh id, stamped with `at` and the actor's id.
ChangeRecord NewChangeRecord(core::IdGenerator& ids, core::Timestamp at, const Actor& actor, std::string entity_type,
                             std::string entity_id, std::string action, std::vector<FieldChange> changes,
                             std::optional<std::string> reason = std::nullopt);

// Stores a history record and its audit entry in the same (write) unit of work, so every change is both kept
// and audited or neither. The audit entry carries the action, entity and the names of the changed fields, never
// their values (nor the record's reason, which is free text); `audit_detail` must hold no personal data either.
core::Status RecordChange(ports::UnitOfWork& uow, const core::Clock& clock, core::IdGenerator& ids, const Actor& actor,
                          ChangeRecord record, std::string audit_detail = {});

// The names of the changed fields, in order, without duplicates.
std::vector<std::string> FieldNames(const std::vector<FieldChange>& changes);

// "filters: a, b" for the named filters that are present; "" when none is. For the detail of "list" entries.
std::string FilterDetail(const std::vector<std::pair<const char*, bool>>& filters);

// The diff of a freshly created record, with every "before" absent: nothing existed before.
std::vector<FieldChange> AsCreation(std::vector<FieldChange> changes);

// kNotFound "person.not_found"; with a FieldError on `field` when it is not empty (e.g. "person_id").
core::Error PersonNotFound(const std::string& id, const std::string& field = {});

// The person if it exists and is not soft-deleted; otherwise PersonNotFound(id, field). Other repository
// errors (kUnavailable, kInternal) pass through unchanged.
core::Result<Person> GetLivePerson(ports::PersonRepository& persons, const std::string& id,
                                   const std::string& field = {});

}  // namespace sinergi::domain::detail
