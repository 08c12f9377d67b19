#pragma once
// Applies the record-level policy (domain/policy.hpp) to cases, and the pieces the case service files share.
// Internal to src/domain.
//
// A case is judged on itself (not on its persons): its RecordScope is
//   owner_agency_id     = Case::owner_agency_id (empty: owned nationally),
//   owner_agency_region = that agency's region_code (empty if it has none or the agency is not found),
//   created_by          = Case::created_by,
//   address_region_code = data.occurrence_region_code (empty if absent),
//   has_active_grant    = the case is shared with the actor's agency by a referral that grants access (accepted
//                         or completed: ports::ReferralRepository::SharedCaseIds); for lists
//                         ListScope::granted_person_ids holds those case ids.
// A case is always "protected": its sensitive fields (kSensitiveCaseFields) need CanSeeSensitive(actor, scope,
// true); lists mask them for everyone.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/case.hpp"
#include "domain/detail/access_support.hpp"
#include "domain/list_scope.hpp"
#include "domain/policy.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::domain::detail {

// Works inside one unit of work and caches the region of every owning agency met. Not thread-safe; lives for one
// service call.
class CaseGate {
 public:
  CaseGate(ports::UnitOfWork& uow, const Actor& actor) : uow_(uow), actor_(actor) {}

  core::Result<RecordScope> ScopeOf(const Case& c);
  // Whether the actor may know the case exists.
  core::Result<bool> Visible(const Case& c);
  // Whether the actor may see the case's sensitive fields (and its screenings). The case must be visible.
  core::Result<bool> SeesSensitive(const Case& c);
  // Visible() and, when the actor may not see the sensitive fields, masks them in place (Case::masked_fields).
  core::Result<bool> Admit(Case& c);
  // Whether the actor sees the case only because a referral shares it with their agency (not by their own scope):
  // such an actor sees only the shared persons of the case and may not change it.
  core::Result<bool> VisibleOnlyByReferral(const Case& c);
  // The restriction for list queries (policy ListScopeFor with the referral-shared case ids as grants): what the
  // case list uses.
  core::Result<ListScope> ListRestrictionWithReferrals();
  // The actor's own scope only, without referral-shared cases (queries that cover only the actor's own cases).
  ListScope ListRestriction() const;
  // For cases a query restricted by ListRestriction() returned: each must be visible (a refusal means query and
  // policy disagree, a SINERGI_BUG; the case is left out), and every case's sensitive fields are masked, whoever
  // asks: lists never carry them.
  core::Result<std::vector<Case>> AdmitListed(std::vector<Case> cases);

 private:
  core::Status LoadShared();

  ports::UnitOfWork& uow_;
  const Actor& actor_;
  AgencyRegions agency_regions_{uow_};
  std::optional<std::set<std::string>> shared_cases_;  // case ids shared with the actor's agency, loaded once
};

// Empties the sensitive fields of the case and lists them all in masked_fields (also the empty ones, so a reader
// cannot tell a masked field from an unknown one).
void MaskSensitiveCaseFields(Case& c);

// kNotFound "case.not_found".
core::Error CaseNotFound();

// Reads the case and requires it to be visible to the actor; one outside the actor's scope is CaseNotFound(),
// exactly like a missing one. The case is returned unmasked (for the service's own use). Other storage errors
// pass through. `for_write`: a case the actor sees only through a referral is read-only for them (kForbidden
// "case.referral_read_only").
core::Result<Case> GetVisibleCase(ports::UnitOfWork& uow, const Actor& actor, const std::string& id,
                                  bool for_write = false);

// DITUTUP or DITUTUP_DIRUJUK.
bool IsClosed(CaseStatus status);
// kConflict "case.closed" for a closed case (read-only until reopened); Ok otherwise.
core::Status RequireOpen(const Case& c);

// Screenings are sensitive like the case's summary: writing them needs the same right as seeing them.
// kForbidden "forbidden" when the actor may not see the case's sensitive fields.
core::Status RequireSensitive(CaseGate& gate, const Case& c);

}  // namespace sinergi::domain::detail
