// RecordGate: the policy's inputs for a person (owning agency's region, grants) loaded once per call.
#include "domain/detail/access_support.hpp"

#include <utility>

#include "core/assert.hpp"
#include "domain/audit_log.hpp"
#include "domain/detail/service_support.hpp"

namespace sinergi::domain::detail {

core::Result<std::string> AgencyRegions::Of(const std::string& agency_id) {
  auto cached = regions_.find(agency_id);
  if (cached != regions_.end()) return cached->second;
  core::Result<Agency> agency = uow_.identity().GetAgency(agency_id);
  std::string region;
  if (agency) {
    region = agency->region_code.value_or("");
  } else if (agency.error().code() != core::ErrorCode::kNotFound) {
    return agency.error();
  }
  return regions_.emplace(agency_id, std::move(region)).first->second;
}

core::Result<RecordScope> RecordGate::ScopeOf(const Person& person) {
  RecordScope scope;
  scope.owner_agency_id = person.owner_agency_id.value_or("");
  scope.created_by = person.created_by;
  scope.address_region_code = person.data.address_region_code.value_or("");
  if (!scope.owner_agency_id.empty()) {
    SINERGI_TRY(scope.owner_agency_region, agency_regions_.Of(scope.owner_agency_id));
  }
  SINERGI_TRY_STATUS(LoadGrants());
  scope.has_active_grant = granted_->contains(person.id);
  return scope;
}

// System actors and an actor without id hold no grants (and need none: the policy decides without them). A user's
// grants are their own unexpired break-the-glass grants and the persons referrals share with their agency
// (accepted or completed referrals: ports::ReferralRepository::SharedPersonIds).
core::Status RecordGate::LoadGrants() {
  if (granted_) return core::Ok();
  if (actor_.IsSystem() || actor_.id.empty()) {
    granted_.emplace();
    return core::Ok();
  }
  SINERGI_TRY(auto ids, uow_.access().ActiveGrantPersonIds(actor_.id, now_));
  granted_.emplace(ids.begin(), ids.end());
  if (!actor_.agency_id.empty()) {
    SINERGI_TRY(auto shared, uow_.referrals().SharedPersonIds(actor_.agency_id));
    granted_->insert(shared.begin(), shared.end());
  }
  return core::Ok();
}

core::Result<ListScope> RecordGate::ListRestriction() {
  SINERGI_TRY_STATUS(LoadGrants());
  return ListScopeFor(actor_, std::vector<std::string>(granted_->begin(), granted_->end()));
}

core::Result<bool> RecordGate::Visible(const Person& person) {
  SINERGI_TRY(RecordScope scope, ScopeOf(person));
  return CanSeeRecord(actor_, scope);
}

core::Result<bool> RecordGate::Admit(Person& person) {
  SINERGI_TRY(RecordScope scope, ScopeOf(person));
  if (!CanSeeRecord(actor_, scope)) return false;
  if (!CanSeeSensitive(actor_, scope, IsProtectedPerson(person.data, core::DateOf(now_)))) {
    MaskSensitiveFields(person);
  }
  return true;
}

core::Result<std::vector<Person>> RecordGate::AdmitListed(std::vector<Person> persons) {
  std::vector<Person> kept;
  for (Person& p : persons) {
    SINERGI_TRY(bool admitted, Admit(p));
    if (!admitted) {
      SINERGI_BUG("a scope-restricted list returned a person the policy refuses (ListScopeFor vs CanSeeRecord)");
      continue;
    }
    kept.push_back(std::move(p));
  }
  return kept;
}

core::Result<bool> RecordGate::VisibleListed(const Person& person) {
  SINERGI_TRY(bool visible, Visible(person));
  if (!visible) {
    SINERGI_BUG("a scope-restricted list returned a record the policy refuses (ListScopeFor vs CanSeeRecord)");
  }
  return visible;
}

namespace {

// The person as the actor may see it; nullopt when it exists but lies outside the actor's scope.
core::Result<std::optional<Person>> ReadIfAdmitted(ports::Database& db, const Actor& actor, core::Timestamp now,
                                                   const std::string& id, bool include_deleted) {
  SINERGI_TRY(auto uow, db.Begin(ports::TxMode::kRead));
  SINERGI_TRY(Person person, include_deleted ? uow->persons().Get(id) : GetLivePerson(uow->persons(), id));
  RecordGate gate(*uow, actor, now);
  SINERGI_TRY(bool admitted, gate.Admit(person));
  if (!admitted) return std::optional<Person>();
  return std::optional<Person>(std::move(person));
}

}  // namespace

core::Result<Person> ReadAdmittedPerson(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids,
                                        const Actor& actor, const std::string& id, bool include_deleted) {
  // The read unit is gone before the refusal is audited in a write unit: a thread never holds two units at once
  // (sqlite_database.hpp).
  SINERGI_TRY(std::optional<Person> person, ReadIfAdmitted(db, actor, clock.Now(), id, include_deleted));
  if (!person) {
    // Answered exactly like a missing person, so existence does not leak; the trail still shows the attempt.
    SINERGI_TRY_STATUS(RecordAudit(db, clock, ids, actor, {"read", "person", id, {}, {}, "refused: out_of_scope"}));
    return PersonNotFound(id);
  }
  return std::move(*person);
}

core::Result<Person> GetVisiblePerson(ports::UnitOfWork& uow, const Actor& actor, core::Timestamp now,
                                      const std::string& id, const std::string& field, bool include_deleted) {
  core::Result<Person> person = include_deleted ? uow.persons().Get(id) : GetLivePerson(uow.persons(), id, field);
  if (!person) {
    if (person.error().code() == core::ErrorCode::kNotFound) return PersonNotFound(id, field);
    return person.error();
  }
  RecordGate gate(uow, actor, now);
  SINERGI_TRY(bool visible, gate.Visible(*person));
  if (!visible) return PersonNotFound(id, field);
  return person;
}

}  // namespace sinergi::domain::detail
