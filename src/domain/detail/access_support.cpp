// RecordGate: the policy's inputs for a person (owning agency's region, grants) loaded once per call.
#include "domain/detail/access_support.hpp"

#include <utility>

#include "domain/detail/service_support.hpp"

namespace sinergi::domain::detail {

core::Result<RecordScope> RecordGate::ScopeOf(const Person& person) {
  RecordScope scope;
  scope.owner_agency_id = person.owner_agency_id.value_or("");
  scope.created_by = person.created_by;
  scope.address_region_code = person.data.address_region_code.value_or("");
  if (!scope.owner_agency_id.empty()) {
    auto cached = agency_regions_.find(scope.owner_agency_id);
    if (cached == agency_regions_.end()) {
      core::Result<Agency> agency = uow_.identity().GetAgency(scope.owner_agency_id);
      std::string region;
      if (agency) {
        region = agency->region_code.value_or("");
      } else if (agency.error().code() != core::ErrorCode::kNotFound) {
        return agency.error();
      }
      cached = agency_regions_.emplace(scope.owner_agency_id, std::move(region)).first;
    }
    scope.owner_agency_region = cached->second;
  }
  if (!actor_.IsSystem() && !actor_.id.empty()) {
    if (!granted_) {
      SINERGI_TRY(auto ids, uow_.access().ActiveGrantPersonIds(actor_.id, now_));
      granted_.emplace(ids.begin(), ids.end());
    }
    scope.has_active_grant = granted_->contains(person.id);
  }
  return scope;
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

core::Result<std::vector<Person>> RecordGate::Filter(std::vector<Person> persons) {
  std::vector<Person> kept;
  for (Person& p : persons) {
    SINERGI_TRY(bool admitted, Admit(p));
    if (admitted) kept.push_back(std::move(p));
  }
  return kept;
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
