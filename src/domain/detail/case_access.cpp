// CaseGate: the policy's inputs for a case (its owning agency's region) loaded once per call.
#include "domain/detail/case_access.hpp"

#include <utility>

#include "core/assert.hpp"

namespace sinergi::domain::detail {

core::Result<RecordScope> CaseGate::ScopeOf(const Case& c) {
  RecordScope scope;
  scope.owner_agency_id = c.owner_agency_id;
  scope.created_by = c.created_by;
  scope.address_region_code = c.data.occurrence_region_code.value_or("");
  if (!scope.owner_agency_id.empty()) {
    SINERGI_TRY(scope.owner_agency_region, agency_regions_.Of(scope.owner_agency_id));
  }
  SINERGI_TRY_STATUS(LoadShared());
  scope.has_active_grant = shared_cases_->contains(c.id);
  return scope;
}

// System actors and users without an agency hold no referral grants (and system actors need none).
core::Status CaseGate::LoadShared() {
  if (shared_cases_) return core::Ok();
  if (actor_.IsSystem() || actor_.agency_id.empty()) {
    shared_cases_.emplace();
    return core::Ok();
  }
  SINERGI_TRY(auto ids, uow_.referrals().SharedCaseIds(actor_.agency_id));
  shared_cases_.emplace(ids.begin(), ids.end());
  return core::Ok();
}

core::Result<bool> CaseGate::VisibleOnlyByReferral(const Case& c) {
  SINERGI_TRY(RecordScope scope, ScopeOf(c));
  if (!scope.has_active_grant) return false;
  scope.has_active_grant = false;
  return !CanSeeRecord(actor_, scope);
}

core::Result<bool> CaseGate::Visible(const Case& c) {
  SINERGI_TRY(RecordScope scope, ScopeOf(c));
  return CanSeeRecord(actor_, scope);
}

core::Result<bool> CaseGate::SeesSensitive(const Case& c) {
  SINERGI_TRY(RecordScope scope, ScopeOf(c));
  return CanSeeSensitive(actor_, scope, /*protected_identity=*/true);
}

core::Result<bool> CaseGate::Admit(Case& c) {
  SINERGI_TRY(RecordScope scope, ScopeOf(c));
  if (!CanSeeRecord(actor_, scope)) return false;
  if (!CanSeeSensitive(actor_, scope, /*protected_identity=*/true)) MaskSensitiveCaseFields(c);
  return true;
}

ListScope CaseGate::ListRestriction() const {
  return ListScopeFor(actor_, {});
}

core::Result<ListScope> CaseGate::ListRestrictionWithReferrals() {
  SINERGI_TRY_STATUS(LoadShared());
  return ListScopeFor(actor_, std::vector<std::string>(shared_cases_->begin(), shared_cases_->end()));
}

core::Result<std::vector<Case>> CaseGate::AdmitListed(std::vector<Case> cases) {
  std::vector<Case> kept;
  kept.reserve(cases.size());
  for (Case& c : cases) {
    SINERGI_TRY(bool visible, Visible(c));
    if (!visible) {
      SINERGI_BUG("a scope-restricted list returned a case the policy refuses (ListScopeFor vs CanSeeRecord)");
      continue;
    }
    MaskSensitiveCaseFields(c);
    kept.push_back(std::move(c));
  }
  return kept;
}

void MaskSensitiveCaseFields(Case& c) {
  c.data.summary.clear();
  c.data.reporter_name.reset();
  c.data.reporter_contact.reset();
  c.masked_fields.assign(kSensitiveCaseFields.begin(), kSensitiveCaseFields.end());
}

core::Error CaseNotFound() {
  return core::Error::NotFound("case.not_found", "No case has this id.");
}

core::Result<Case> GetVisibleCase(ports::UnitOfWork& uow, const Actor& actor, const std::string& id, bool for_write) {
  core::Result<Case> c = uow.cases().Get(id);
  if (!c) {
    if (c.error().code() == core::ErrorCode::kNotFound) return CaseNotFound();
    return c.error();
  }
  CaseGate gate(uow, actor);
  SINERGI_TRY(bool visible, gate.Visible(*c));
  if (!visible) return CaseNotFound();
  if (for_write) {
    SINERGI_TRY(bool only_referred, gate.VisibleOnlyByReferral(*c));
    if (only_referred) {
      return core::Error(core::ErrorCode::kForbidden, "case.referral_read_only",
                         "This case is shared with your agency by a referral: you may read it, not change it.");
    }
  }
  return c;
}

bool IsClosed(CaseStatus status) {
  return status == CaseStatus::kClosed || status == CaseStatus::kClosedReferred;
}

core::Status RequireOpen(const Case& c) {
  if (!IsClosed(c.status)) return core::Ok();
  return core::Error::Conflict("case.closed", "Case " + c.id + " is closed; reopen it before changing it.");
}

core::Status RequireSensitive(CaseGate& gate, const Case& c) {
  SINERGI_TRY(bool sees, gate.SeesSensitive(c));
  if (sees) return core::Ok();
  return core::Error(core::ErrorCode::kForbidden, "forbidden",
                     "Screenings of a case need access to its sensitive fields (owning agency or national scope).");
}

}  // namespace sinergi::domain::detail
