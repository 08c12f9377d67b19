// CaseService: the TPPO screening of a case's victims and the officer's determination.
#include <algorithm>
#include <utility>

#include "domain/case_rules.hpp"
#include "domain/case_service.hpp"
#include "domain/codelists.hpp"
#include "domain/detail/case_access.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::Result;
using ports::TxMode;
using ports::UnitOfWork;

Result<bool> IsVictimOf(UnitOfWork& uow, const std::string& case_id, const std::string& person_id) {
  SINERGI_TRY(std::vector<CaseParty> parties, uow.cases().ListParties(case_id));
  return std::any_of(parties.begin(), parties.end(),
                     [&](const CaseParty& p) { return p.person_id == person_id && p.role == "KORBAN"; });
}

// The victim's age on the day the case was reported, when the registry knows the birth date.
Result<std::optional<int>> AgeAtReport(UnitOfWork& uow, const Case& c, const std::string& person_id) {
  SINERGI_TRY(Person person, uow.persons().Get(person_id));
  if (!person.data.birth_date) return std::optional<int>();
  return std::optional<int>(core::AgeOn(*person.data.birth_date, c.data.reported_on));
}

std::vector<core::FieldError> ValidateDetermination(std::string& determination, std::string& note) {
  std::vector<core::FieldError> errors;
  determination = detail::ToUpperAscii(detail::Trim(determination));
  note = detail::Trim(note);
  if (determination.empty()) {
    errors.push_back({"determination", "required", "A code of the list penetapan_tppo is required."});
  } else if (!IsValidCode("penetapan_tppo", determination)) {
    errors.push_back({"determination", "unknown_code", "Not a code of the list penetapan_tppo."});
  }
  if (note.empty()) {
    errors.push_back({"note", "required", "Say on what the determination rests."});
  } else if (detail::CodePointCount(note) > kMaxCaseNoteChars) {
    errors.push_back({"note", "too_long", "At most " + std::to_string(kMaxCaseNoteChars) + " characters."});
  }
  return errors;
}

}  // namespace

Result<CaseScreening> CaseService::ScreenVictim(const Actor& actor, const std::string& case_id,
                                                const std::string& person_id, TppoScreeningInput input) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Case c, detail::GetVisibleCase(*uow, actor, case_id, /*for_write=*/true));
  SINERGI_TRY_STATUS(detail::RequireOpen(c));
  detail::CaseGate gate(*uow, actor);
  SINERGI_TRY_STATUS(detail::RequireSensitive(gate, c));
  SINERGI_TRY(bool victim, IsVictimOf(*uow, case_id, person_id));
  if (!victim) {
    return Error::Validation({{"person_id", "not_a_victim", "The person is not a victim (KORBAN) of this case."}});
  }
  if (!input.victim_age) {
    SINERGI_TRY(input.victim_age, AgeAtReport(*uow, c, person_id));
  }
  SINERGI_TRY(TppoScreeningResult result, ScreenTppo(input));

  CaseScreening screening;
  screening.id = ids_.NewId();
  screening.case_id = case_id;
  screening.person_id = person_id;
  screening.input = std::move(input);
  screening.result = std::move(result);
  screening.screened_at = now;
  screening.screened_by = actor.id;
  SINERGI_TRY_STATUS(uow->cases().InsertScreening(screening));
  const std::string json = "{\"id\":" + detail::JsonString(screening.id) +
                           ",\"person_id\":" + detail::JsonString(person_id) +
                           ",\"result\":" + detail::JsonString(screening.result.result) + "}";
  SINERGI_TRY_STATUS(detail::RecordChange(*uow, clock_, ids_, actor,
                                          detail::NewChangeRecord(ids_, now, actor, "case", case_id, "update",
                                                                  {FieldChange{"screenings", std::nullopt, json}}),
                                          "screening " + screening.id));
  SINERGI_TRY_STATUS(uow->Commit());
  return screening;
}

Result<CaseScreening> CaseService::Determine(const Actor& actor, const std::string& case_id,
                                             const std::string& screening_id, const std::string& determination,
                                             const std::string& note) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  const core::Timestamp now = clock_.Now();
  std::string code = determination;
  std::string text = note;
  std::vector<core::FieldError> errors = ValidateDetermination(code, text);
  if (!errors.empty()) return Error::Validation(std::move(errors));

  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Case c, detail::GetVisibleCase(*uow, actor, case_id, /*for_write=*/true));
  SINERGI_TRY_STATUS(detail::RequireOpen(c));
  detail::CaseGate gate(*uow, actor);
  SINERGI_TRY_STATUS(detail::RequireSensitive(gate, c));
  SINERGI_TRY(CaseScreening screening, uow->cases().GetScreening(screening_id));
  if (screening.case_id != case_id) {
    // Addressed through another case: not a screening of this one.
    return Error::NotFound("case_screening.not_found", "Case " + case_id + " has no screening with this id.");
  }
  const CaseScreening before = screening;
  screening.determination = std::move(code);
  screening.determination_note = std::move(text);
  screening.determined_at = now;
  screening.determined_by = actor.id;
  SINERGI_TRY_STATUS(uow->cases().UpdateScreeningDetermination(screening));
  const std::string prefix = "screenings." + screening_id + ".";
  std::vector<FieldChange> changes{
      {prefix + "determination", detail::JsonOptional(before.determination),
       detail::JsonOptional(screening.determination)},
      {prefix + "determination_note", detail::JsonOptional(before.determination_note),
       detail::JsonOptional(screening.determination_note)},
  };
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, "case", case_id, "update", std::move(changes)),
                           "screening " + screening_id));
  SINERGI_TRY_STATUS(uow->Commit());
  return screening;
}

}  // namespace sinergi::domain
