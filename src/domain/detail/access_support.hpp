#pragma once
// Applies the record-level policy (domain/policy.hpp) to persons read by the services. Internal to src/domain.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/date.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/list_scope.hpp"
#include "domain/person.hpp"
#include "domain/policy.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::domain::detail {

// The region of owning agencies, loaded once per agency within one unit of work: both gates (persons here, cases
// in case_access.hpp) judge a record's region scope by its owning agency's region. Not thread-safe.
class AgencyRegions {
 public:
  explicit AgencyRegions(ports::UnitOfWork& uow) : uow_(uow) {}
  // The agency's dotted region code; "" when it has none or no longer exists. Other storage errors pass through.
  core::Result<std::string> Of(const std::string& agency_id);

 private:
  ports::UnitOfWork& uow_;
  std::map<std::string, std::string> regions_;  // agency id -> region code ("" if none)
};

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
  // The restriction for list and search queries (policy ListScopeFor), built from the same grants Visible() and
  // Admit() use, so what a restricted query returns and what the gate admits agree.
  core::Result<ListScope> ListRestriction();
  // Admit() for persons a query restricted by ListRestriction() returned; keeps them in order, masked as needed.
  // Each one must be admitted: a refusal means the query and the policy disagree, a SINERGI_BUG (abort in debug;
  // in release it is counted in sinergi_bugs_total and the record is left out, never shown).
  core::Result<std::vector<Person>> AdmitListed(std::vector<Person> persons);
  // Visible() for the person of a listed record (a journey): as AdmitListed, a refusal is a SINERGI_BUG.
  core::Result<bool> VisibleListed(const Person& person);

 private:
  core::Status LoadGrants();

  ports::UnitOfWork& uow_;
  const Actor& actor_;
  core::Timestamp now_;
  std::optional<std::set<std::string>> granted_;  // person ids with an active grant
  AgencyRegions agency_regions_{uow_};
};

// Reads a live person (or also a deleted one) in its own read unit (closed when this returns), admitted and masked
// like any read, for a use case that records its own single audit entry. A missing person is kNotFound
// "person.not_found"; one outside the actor's scope gets the same answer, and the refused attempt is audited
// ("read", detail "refused: out_of_scope") since the call records nothing else. An admitted read is not audited
// here. Opens a write unit only for that refusal entry, after the read unit is closed.
core::Result<Person> ReadAdmittedPerson(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids,
                                        const Actor& actor, const std::string& id, bool include_deleted = false);

// Reads a live person (or also a deleted one) and requires it to be visible to the actor: an out-of-scope person
// is kNotFound "person.not_found" (with a FieldError on `field` if set), exactly like a missing one.
core::Result<Person> GetVisiblePerson(ports::UnitOfWork& uow, const Actor& actor, core::Timestamp now,
                                      const std::string& id, const std::string& field = {},
                                      bool include_deleted = false);

}  // namespace sinergi::domain::detail
