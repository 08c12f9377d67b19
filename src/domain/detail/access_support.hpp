#pragma once
// Applies the record-level policy (domain/policy.hpp) to persons read by the services. Internal to src/domain.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/person.hpp"
#include "domain/policy.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::domain::detail {

// Works inside one unit of work (read or write) and caches what it loads: the actor's active grants (once) and
// the region of every owning agency met. Not thread-safe; lives for one service call.
class RecordGate {
 public:
  RecordGate(ports::UnitOfWork& uow, const Actor& actor, core::Timestamp now) : uow_(uow), actor_(actor), now_(now) {}

  core::Result<RecordScope> ScopeOf(const Person& person);
  // Whether the actor may know the person exists.
  core::Result<bool> Visible(const Person& person);
  // Visible() and, when the actor may not see the sensitive fields, masks them in place (Person::masked_fields).
  core::Result<bool> Admit(Person& person);
  // Keeps the admitted persons (masked as needed), in order.
  core::Result<std::vector<Person>> Filter(std::vector<Person> persons);

 private:
  ports::UnitOfWork& uow_;
  const Actor& actor_;
  core::Timestamp now_;
  std::optional<std::set<std::string>> granted_;       // person ids with an active grant
  std::map<std::string, std::string> agency_regions_;  // agency id -> region code ("" if none)
};

// Reads a live person (or also a deleted one) and requires it to be visible to the actor: an out-of-scope person
// is kNotFound "person.not_found" (with a FieldError on `field` if set), exactly like a missing one.
core::Result<Person> GetVisiblePerson(ports::UnitOfWork& uow, const Actor& actor, core::Timestamp now,
                                      const std::string& id, const std::string& field = {},
                                      bool include_deleted = false);

}  // namespace sinergi::domain::detail
