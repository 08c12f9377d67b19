#pragma once
// Pieces shared by the use-case services (registry_service*.cpp, journey_service.cpp). Internal to src/domain.
#include <optional>
#include <string>
#include <vector>

#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/history.hpp"
#include "domain/person.hpp"
#include "domain/ports/person_repository.hpp"

namespace sinergi::domain::detail {

// A history record with a fresh id, stamped with `at` and the actor's id.
ChangeRecord NewChangeRecord(core::IdGenerator& ids, core::Timestamp at, const Actor& actor, std::string entity_type,
                             std::string entity_id, std::string action, std::vector<FieldChange> changes,
                             std::optional<std::string> reason = std::nullopt);

// The diff of a freshly created record, with every "before" absent: nothing existed before.
std::vector<FieldChange> AsCreation(std::vector<FieldChange> changes);

// kNotFound "person.not_found"; with a FieldError on `field` when it is not empty (e.g. "person_id").
core::Error PersonNotFound(const std::string& id, const std::string& field = {});

// The person if it exists and is not soft-deleted; otherwise PersonNotFound(id, field). Other repository
// errors (kUnavailable, kInternal) pass through unchanged.
core::Result<Person> GetLivePerson(ports::PersonRepository& persons, const std::string& id,
                                   const std::string& field = {});

}  // namespace sinergi::domain::detail
