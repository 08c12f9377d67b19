// CaseService: intake, data updates, the list and the case view. Parties, screenings and the workflow are in
// case_service_parties.cpp, case_service_screening.cpp and case_service_workflow.cpp; the access rules in
// detail/case_access.hpp.
#include "domain/case_service.hpp"

#include <algorithm>
#include <utility>

#include "domain/audit_log.hpp"
#include "domain/case_rules.hpp"
#include "domain/detail/access_support.hpp"
#include "domain/detail/case_access.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::Result;
using ports::TxMode;
using ports::UnitOfWork;

// Whether a reference lookup found the code. Only "not found" means no: a database failure must surface as such,
// not as a validation error.
template <typename T>
Result<bool> Found(const Result<T>& lookup) {
  if (lookup) return true;
  if (lookup.error().code() == core::ErrorCode::kNotFound) return false;
  return lookup.error();
}

// Villages (level 4) may be absent from the reference data (often loaded without them), so a village code is
// accepted when its district exists, as for a person's address (person_rules.cpp).
Result<bool> RegionExists(UnitOfWork& uow, const std::string& code) {
  SINERGI_TRY(bool found, Found(uow.reference().GetRegion(code)));
  constexpr std::size_t kDistrictCodeLength = 8;  // "33.73.04"
  if (found || code.size() != kDistrictCodeLength + 5) return found;
  return Found(uow.reference().GetRegion(code.substr(0, kDistrictCodeLength)));
}

Result<CaseReferenceFacts> LookUpPlace(UnitOfWork& uow, const CaseData& data) {
  CaseReferenceFacts facts;
  if (data.occurrence_country) {
    SINERGI_TRY(facts.country_known, Found(uow.reference().GetCountry(*data.occurrence_country)));
  }
  if (data.occurrence_region_code) {
    SINERGI_TRY(facts.region_known, RegionExists(uow, *data.occurrence_region_code));
  }
  return facts;
}

// Normalises and validates client data inside the unit that will write it (the reference lookups read there).
core::Status CheckData(UnitOfWork& uow, CaseData& data, core::Date today) {
  NormaliseCaseData(data);
  SINERGI_TRY(CaseReferenceFacts facts, LookUpPlace(uow, data));
  std::vector<core::FieldError> errors = ValidateCaseData(data, facts, today);
  if (!errors.empty()) return Error::Validation(std::move(errors));
  return core::Ok();
}

// A client that may not see the sensitive fields sends them back empty (it read them masked): keep the stored
// values rather than erasing them. reporter_confidential goes with the reporter it protects.
void KeepHiddenFields(const CaseData& current, CaseData& data) {
  data.summary = current.summary;
  data.reporter_name = current.reporter_name;
  data.reporter_contact = current.reporter_contact;
  data.reporter_confidential = current.reporter_confidential;
}

Result<ports::Page<Case>> ReadCases(ports::Database& db, const Actor& actor, ports::CaseFilter filter,
                                    const ports::PageRequest& page) {
  SINERGI_TRY(auto uow, db.Begin(TxMode::kRead));
  detail::CaseGate gate(*uow, actor);
  SINERGI_TRY(filter.scope, gate.ListRestrictionWithReferrals());
  SINERGI_TRY(auto cases, uow->cases().List(filter, page));
  SINERGI_TRY(cases.items, gate.AdmitListed(std::move(cases.items)));
  return cases;
}

// The parties with their persons as the actor may see them. A person outside the actor's scope, or deleted, is
// not shown (the party still shows that someone holds the role).
Result<std::vector<CaseService::PartyView>> ReadParties(UnitOfWork& uow, const Actor& actor, core::Timestamp now,
                                                        const std::string& case_id) {
  SINERGI_TRY(std::vector<CaseParty> parties, uow.cases().ListParties(case_id));
  std::vector<std::string> person_ids;
  for (const CaseParty& p : parties) person_ids.push_back(p.person_id);
  SINERGI_TRY(std::vector<Person> persons, uow.persons().GetMany(person_ids));
  detail::RecordGate gate(uow, actor, now);
  std::vector<CaseService::PartyView> views;
  for (CaseParty& party : parties) {
    CaseService::PartyView view{std::move(party), std::nullopt};
    auto person =
        std::find_if(persons.begin(), persons.end(), [&view](const Person& p) { return p.id == view.party.person_id; });
    if (person != persons.end() && !person->deleted()) {
      Person shown = *person;
      SINERGI_TRY(bool admitted, gate.Admit(shown));
      if (admitted) view.person = std::move(shown);
    }
    views.push_back(std::move(view));
  }
  return views;
}

Result<CaseService::CaseDetail> ReadDetail(ports::Database& db, const Actor& actor, core::Timestamp now,
                                           const std::string& id) {
  // One read unit: the parts are consistent with each other, and visibility is decided once.
  SINERGI_TRY(auto uow, db.Begin(TxMode::kRead));
  CaseService::CaseDetail detail;
  SINERGI_TRY(detail.case_record, detail::GetVisibleCase(*uow, actor, id));
  detail::CaseGate gate(*uow, actor);
  SINERGI_TRY(bool sensitive, gate.SeesSensitive(detail.case_record));
  if (!sensitive) detail::MaskSensitiveCaseFields(detail.case_record);
  Result<ViolenceClassification> classification = ClassifyViolence(detail.case_record.data.violence_acts);
  if (!classification) {
    // Stored acts were valid when written; a code list that lost a code is a deployment fault, not bad input.
    return Error::Internal("The stored violence acts of case " + id + " are not in the code list.");
  }
  detail.classification = std::move(*classification);
  SINERGI_TRY(detail.parties, ReadParties(*uow, actor, now, id));
  if (sensitive) {
    SINERGI_TRY(detail.screenings, uow->cases().ListScreenings(id));
  }
  // Seen only through a referral: exactly what was shared, the referred persons (parties and screenings); the
  // other parties (perpetrators, other victims) are left out entirely.
  SINERGI_TRY(bool only_referred, gate.VisibleOnlyByReferral(detail.case_record));
  if (only_referred) {
    SINERGI_TRY(std::vector<std::string> shared, uow->referrals().SharedPersonIdsOfCase(actor.agency_id, id));
    auto not_shared = [&shared](const std::string& person_id) {
      return std::find(shared.begin(), shared.end(), person_id) == shared.end();
    };
    std::erase_if(detail.parties, [&](const CaseService::PartyView& v) { return not_shared(v.party.person_id); });
    std::erase_if(detail.screenings, [&](const CaseScreening& s) { return not_shared(s.person_id); });
  }
  SINERGI_TRY(detail.transitions, uow->cases().ListTransitions(id));
  return detail;
}

}  // namespace

Result<Case> CaseService::CreateCase(const Actor& actor, CaseData data) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY_STATUS(CheckData(*uow, data, core::DateOf(now)));

  Case c;
  c.id = ids_.NewId();
  c.version = 1;
  c.status = CaseStatus::kIntake;
  c.data = std::move(data);
  c.owner_agency_id = actor.agency_id;
  c.created_at = c.updated_at = now;
  c.created_by = c.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->cases().Insert(c));
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, "case", c.id, "create",
                                                   detail::AsCreation(DiffCaseData(NoCaseData(), c.data)))));
  detail::CaseGate gate(*uow, actor);
  SINERGI_TRY_STATUS(gate.Admit(c));  // the answer is masked like a read
  SINERGI_TRY_STATUS(uow->Commit());
  return c;
}

Result<Case> CaseService::PatchCase(const Actor& actor, const std::string& id, const CaseDataPatch& apply,
                                    std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  Case base;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY(base, detail::GetVisibleCase(*uow, actor, id, /*for_write=*/true));
    detail::CaseGate gate(*uow, actor);
    SINERGI_TRY(bool sensitive, gate.SeesSensitive(base));
    if (!sensitive) detail::MaskSensitiveCaseFields(base);
  }
  SINERGI_TRY(CaseData data, apply(base.data));
  return UpdateCase(actor, id, std::move(data), expected_version);
}

Result<Case> CaseService::UpdateCase(const Actor& actor, const std::string& id, CaseData data,
                                     std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Case current, detail::GetVisibleCase(*uow, actor, id, /*for_write=*/true));
  SINERGI_TRY_STATUS(detail::RequireOpen(current));
  if (current.version != expected_version) return Error::StaleVersion();
  detail::CaseGate gate(*uow, actor);
  SINERGI_TRY(bool sensitive, gate.SeesSensitive(current));
  if (!sensitive) KeepHiddenFields(current.data, data);
  SINERGI_TRY_STATUS(CheckData(*uow, data, core::DateOf(now)));
  std::vector<FieldChange> changes = DiffCaseData(current.data, data);
  if (changes.empty()) {
    // Nothing to write and the version stays; the caller still receives the record, so the call is audited.
    SINERGI_TRY_STATUS(AppendAudit(*uow, clock_, ids_, actor, {"update", "case", id, {}, {}, "no changes"}));
    SINERGI_TRY_STATUS(gate.Admit(current));
    SINERGI_TRY_STATUS(uow->Commit());
    return current;
  }

  Case updated = current;
  updated.data = std::move(data);
  updated.version = current.version + 1;
  updated.updated_at = now;
  updated.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->cases().Update(updated, expected_version));
  SINERGI_TRY_STATUS(detail::RecordChange(
      *uow, clock_, ids_, actor, detail::NewChangeRecord(ids_, now, actor, "case", id, "update", std::move(changes))));
  SINERGI_TRY_STATUS(gate.Admit(updated));
  SINERGI_TRY_STATUS(uow->Commit());
  return updated;
}

Result<ports::Page<Case>> CaseService::ListCases(const Actor& actor, ports::CaseFilter filter,
                                                 const ports::PageRequest& page) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseRead));
  AuditEvent event{"list", "case", {}, {}, {}, {}};
  event.detail = detail::FilterDetail({{"status", filter.status.has_value()},
                                       {"case_type", filter.case_type.has_value()},
                                       {"owner_agency_id", filter.owner_agency_id.has_value()},
                                       {"person_id", filter.person_id.has_value()},
                                       {"region", filter.region.has_value()}});
  SINERGI_TRY(auto cases, ReadCases(db_, actor, std::move(filter), page));
  for (const Case& c : cases.items) event.record_ids.push_back(c.id);
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return cases;
}

Result<CaseService::CaseDetail> CaseService::GetCase(const Actor& actor, const std::string& id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseRead));
  SINERGI_TRY(CaseDetail detail, ReadDetail(db_, actor, clock_.Now(), id));
  // One read of the case; the persons shown with it are named, so the trail tells whose data left too.
  AuditEvent event{"read", "case", id, {}, {}, "detail"};
  for (const PartyView& view : detail.parties) {
    if (view.person &&
        std::find(event.record_ids.begin(), event.record_ids.end(), view.person->id) == event.record_ids.end()) {
      event.record_ids.push_back(view.person->id);
    }
  }
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return detail;
}

}  // namespace sinergi::domain
