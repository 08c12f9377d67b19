#pragma once
// Use cases of cases (issue #4): intake, classification, persons in roles, TPPO screening per victim with the
// officer's determination, and the workflow (domain/case_workflow.hpp). Thread-safe; each call is one unit of work.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/case.hpp"
#include "domain/person.hpp"
#include "domain/ports/case_repository.hpp"
#include "domain/ports/database.hpp"
#include "domain/violence_classification.hpp"

namespace sinergi::domain {

// Every method takes the acting user first and asks the policy first (reads: Permission::kCaseRead; writes:
// kCaseWrite). Need-to-know is judged on the case itself (detail/case_access.hpp): CanSeeRecord on a RecordScope of
// the owning agency (Case::owner_agency_id), that agency's region, the occurrence region as the address region,
// the creator, and grants (none yet: referrals will grant cases to other agencies). A case outside the actor's
// scope is kNotFound "case.not_found", exactly like a missing one. A case is always treated as protected: its
// sensitive fields (kSensitiveCaseFields) are emptied and listed in Case::masked_fields unless CanSeeSensitive
// allows them (case roles of the owning agency, NATIONAL scope, system actors); lists mask them for everyone.
// Every Case a method returns, writes included, is masked like a read.
// Writes store the change history ("case" entity; history holds values, sealed at rest) and the audit entry (field
// names only, never the summary's or reporter's values) in their own unit of work; reads are audited right after
// the read ("read" of the case; "list" with the returned ids).
// Errors of every method, in addition to those listed: kUnauthenticated "auth.required", kForbidden "forbidden",
// kUnavailable/kInternal from storage.
class CaseService {
 public:
  CaseService(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids)
      : db_(db), clock_(clock), ids_(ids) {}

  // Opens a case in status INTAKE, version 1, owned by the actor's agency (nationally owned for an actor without
  // one). Texts are trimmed and codes upper-cased first (case_rules.hpp). Errors: kInvalid "validation_failed"
  // naming each field (codes unknown_code / required / duplicate / in_future / after_reported_on (occurred_on) /
  // too_long / not_found for an unknown country or region / invalid_format for a malformed region code /
  // region_outside_indonesia when a region is given with a country other than ID).
  core::Result<Case> CreateCase(const Actor& actor, CaseData data);
  // Replaces the client fields. An actor who may not see the sensitive fields read them masked and sends them back
  // empty: the stored summary, reporter and reporter_confidential are kept. No change: the version stays and the
  // call is audited ("no changes"). Errors: kNotFound "case.not_found"; kConflict "case.closed" (closed cases are
  // read-only until reopened); kPreconditionFailed "version_mismatch"; kInvalid as CreateCase.
  core::Result<Case> UpdateCase(const Actor& actor, const std::string& id, CaseData data,
                                std::int64_t expected_version);
  // A merge patch (PATCH /cases/{id}): `apply` gets the client fields as the actor sees them (sensitive ones masked
  // when the actor may not see them) and returns the new fields, which go to UpdateCase. Reading the base is part
  // of the write, not a read of its own: only the update is audited (a refused update: nothing left the server).
  // Errors: those of `apply`, then as UpdateCase.
  using CaseDataPatch = std::function<core::Result<CaseData>(const CaseData& visible)>;
  core::Result<Case> PatchCase(const Actor& actor, const std::string& id, const CaseDataPatch& apply,
                               std::int64_t expected_version);
  // filter.scope is set here from the policy (ListScopeFor); every listed case is checked again (a disagreement
  // is a SINERGI_BUG and the case is left out).
  core::Result<ports::Page<Case>> ListCases(const Actor& actor, ports::CaseFilter filter,
                                            const ports::PageRequest& page);

  // A party as shown in the case view: the party and its person as the actor may see it (masked as any person
  // read), or nullopt when the person is outside the actor's scope (the party still shows that someone holds the
  // role).
  struct PartyView {
    CaseParty party;
    std::optional<Person> person;
  };
  // The case view, audited as ONE read (its record_ids name the persons shown): the case, its derived
  // classification, parties, screenings and timeline.
  struct CaseDetail {
    Case case_record;
    ViolenceClassification classification;  // derived from data.violence_acts (never stored)
    std::vector<PartyView> parties;
    std::vector<CaseScreening> screenings;    // newest last; empty when the actor may not see sensitive fields
    std::vector<CaseTransition> transitions;  // oldest first
  };
  core::Result<CaseDetail> GetCase(const Actor& actor, const std::string& id);

  // Adds a registry person (visible to the actor, not deleted) in a role; the case's history records "link". Adding
  // a victim (KORBAN) marks the person's identity protected (UU 21/2007 Ps 44), with the person's own history
  // entry; removing the party later leaves the protection in place. The case's version does not change. Errors: kNotFound "case.not_found";
  // kNotFound "person.not_found" (field person_id); kConflict "case_party.exists"; kConflict "case.closed";
  // kInvalid (role, relationship_to_victim only for TERDUGA_PELAKU/PEREKRUT/PEMBERI_KERJA, note length).
  core::Result<CaseParty> AddParty(const Actor& actor, const std::string& case_id, CaseParty party);
  // Errors: kNotFound "case.not_found" / "case_party.not_found"; kConflict "case.closed"; kConflict
  // "case_party.screened" for a victim who has a screening in this case (the screening needs its victim).
  core::Status RemoveParty(const Actor& actor, const std::string& case_id, const std::string& party_id);

  // Screens one victim of the case (ScreenTppo) and stores input and result. When input.victim_age is absent it is
  // taken from the person's birth date on the case's reported_on date (left absent without a birth date).
  // Screenings are sensitive like the summary: ScreenVictim and Determine need CanSeeSensitive on the case, else
  // kForbidden "forbidden". Errors: kNotFound "case.not_found";
  // kInvalid "validation_failed" ("person_id", code "not_a_victim") when the person is not a KORBAN of the case;
  // the errors of ScreenTppo (kInvalid kUnknownCodeReason for unknown codes); kConflict "case.closed".
  core::Result<CaseScreening> ScreenVictim(const Actor& actor, const std::string& case_id, const std::string& person_id,
                                           TppoScreeningInput input);
  // Records the officer's final determination on a screening (codelist penetapan_tppo, a note required) and who
  // made it. Errors: kNotFound "case.not_found" / "case_screening.not_found"; kInvalid; kConflict "case.closed".
  core::Result<CaseScreening> Determine(const Actor& actor, const std::string& case_id, const std::string& screening_id,
                                        const std::string& determination, const std::string& note);

  // Moves the case through the workflow (CheckCaseMove with the case's facts; by_supervisor = the actor holds
  // SUPERVISOR), stores the transition, and keeps the workflow facts: closure_reason and status_before_closure on
  // asking to close, reintegration_started on entering REINTEGRASI, closed_at on closing. A refused closure clears
  // closure_reason and status_before_closure; reopening clears them and closed_at (the timeline keeps them).
  // System actors count as supervisors.
  // Errors: those of CheckCaseMove; kPreconditionFailed "version_mismatch"; kInvalid "validation_failed"
  // ("effective_date", in_future).
  core::Result<Case> Transition(const Actor& actor, const std::string& id, const CaseTransitionRequest& request,
                                std::int64_t expected_version);

 private:
  ports::Database& db_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
};

}  // namespace sinergi::domain
