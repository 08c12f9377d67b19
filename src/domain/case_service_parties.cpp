// CaseService: the persons of a case in their roles.
#include <algorithm>
#include <utility>

#include "domain/case_rules.hpp"
#include "domain/case_service.hpp"
#include "domain/detail/access_support.hpp"
#include "domain/detail/case_access.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/person_rules.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::Result;
using ports::TxMode;
using ports::UnitOfWork;

constexpr std::string_view kVictimRole = "KORBAN";

// The JSON text history keeps for a party (no note: free text stays in the party itself).
std::string PartyJson(const CaseParty& party) {
  std::string json = "{\"id\":" + detail::JsonString(party.id) +
                     ",\"person_id\":" + detail::JsonString(party.person_id) +
                     ",\"role\":" + detail::JsonString(party.role);
  if (party.relationship_to_victim) {
    json += ",\"relationship_to_victim\":" + detail::JsonString(*party.relationship_to_victim);
  }
  return json + "}";
}

// A victim's identity is protected (UU 21/2007 Ps 44): marking the person so is written like any person update,
// with the person's own history and audit entry.
core::Status ProtectVictim(UnitOfWork& uow, const core::Clock& clock, core::IdGenerator& ids, core::Timestamp now,
                           const Actor& actor, const Person& person, const std::string& case_id) {
  if (person.data.protected_identity) return core::Ok();
  Person updated = person;
  updated.data.protected_identity = true;
  updated.version = person.version + 1;
  updated.updated_at = now;
  updated.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow.persons().Update(updated, person.version, PersonNameKeys(updated.data)));
  std::vector<FieldChange> changes{{"protected_identity", detail::JsonBool(false), detail::JsonBool(true)}};
  return detail::RecordChange(
      uow, clock, ids, actor,
      detail::NewChangeRecord(ids, now, actor, "person", person.id, "update", std::move(changes), "case " + case_id),
      "case " + case_id);
}

}  // namespace

Result<CaseParty> CaseService::AddParty(const Actor& actor, const std::string& case_id, CaseParty party) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  const core::Timestamp now = clock_.Now();
  std::vector<core::FieldError> errors = NormaliseAndValidateParty(party);
  if (!errors.empty()) return Error::Validation(std::move(errors));

  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Case c, detail::GetVisibleCase(*uow, actor, case_id, /*for_write=*/true));
  SINERGI_TRY_STATUS(detail::RequireOpen(c));
  SINERGI_TRY(Person person, detail::GetVisiblePerson(*uow, actor, now, party.person_id, "person_id"));
  party.id = ids_.NewId();
  party.case_id = case_id;
  party.added_at = now;
  party.added_by = actor.id;
  SINERGI_TRY_STATUS(uow->cases().InsertParty(party));
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, "case", case_id, "link",
                                                   {FieldChange{"parties", std::nullopt, PartyJson(party)}}),
                           "party " + party.id + " (" + party.role + ")"));
  if (party.role == kVictimRole) {
    SINERGI_TRY_STATUS(ProtectVictim(*uow, clock_, ids_, now, actor, person, case_id));
  }
  SINERGI_TRY_STATUS(uow->Commit());
  return party;
}

core::Status CaseService::RemoveParty(const Actor& actor, const std::string& case_id, const std::string& party_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Case c, detail::GetVisibleCase(*uow, actor, case_id, /*for_write=*/true));
  SINERGI_TRY_STATUS(detail::RequireOpen(c));
  SINERGI_TRY(std::vector<CaseParty> parties, uow->cases().ListParties(case_id));
  auto party = std::find_if(parties.begin(), parties.end(), [&](const CaseParty& p) { return p.id == party_id; });
  if (party == parties.end()) {
    return Error::NotFound("case_party.not_found", "Case " + case_id + " has no party with this id.");
  }
  if (party->role == kVictimRole) {
    SINERGI_TRY(std::vector<CaseScreening> screenings, uow->cases().ListScreenings(case_id));
    const bool screened = std::any_of(screenings.begin(), screenings.end(),
                                      [&](const CaseScreening& s) { return s.person_id == party->person_id; });
    if (screened) {
      return Error::Conflict("case_party.screened",
                             "This victim has a TPPO screening in this case; the screening needs its victim.");
    }
  }
  SINERGI_TRY_STATUS(uow->cases().DeleteParty(case_id, party_id));
  // The person keeps the protection a victim role gave them: it was their identity that was exposed.
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, "case", case_id, "unlink",
                                                   {FieldChange{"parties", PartyJson(*party), std::nullopt}}),
                           "party " + party_id + " (" + party->role + ")"));
  return uow->Commit();
}

}  // namespace sinergi::domain
