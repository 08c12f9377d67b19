// The parties, TPPO screenings and workflow transitions of SqliteCaseRepository (migration 0008_cases.sql), each
// listed oldest first. Transitions are append-only; of a screening only the determination ever changes.
#include <string>
#include <utility>

#include "storage/common/json_text.hpp"
#include "storage/sqlite/sqlite_repositories.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::CaseParty;
using domain::CaseScreening;
using domain::CaseTransition;

constexpr Query kInsertParty{"case.insert_party",
                             "INSERT INTO case_parties (id, case_id, person_id, role, relationship_to_victim, note, "
                             "added_at, added_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"};
constexpr Query kDeleteParty{"case.delete_party", "DELETE FROM case_parties WHERE id = ?1 AND case_id = ?2"};
constexpr Query kListParties{"case.list_parties",
                             "SELECT id, case_id, person_id, role, relationship_to_victim, note, added_at, added_by "
                             "FROM case_parties WHERE case_id = ?1 ORDER BY added_at, id"};

#define SINERGI_SCREENING_COLUMNS                                                                        \
  "id, case_id, person_id, input, result, screened_at, screened_by, determination, determination_note, " \
  "determined_at, determined_by"
constexpr Query kInsertScreening{"case.insert_screening", "INSERT INTO case_screenings (" SINERGI_SCREENING_COLUMNS
                                                          ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"};
constexpr Query kGetScreening{"case.get_screening",
                              "SELECT " SINERGI_SCREENING_COLUMNS " FROM case_screenings WHERE id = ?1"};
constexpr Query kListScreenings{"case.list_screenings", "SELECT " SINERGI_SCREENING_COLUMNS
                                                        " FROM case_screenings WHERE case_id = ?1 "
                                                        "ORDER BY screened_at, id"};
constexpr Query kDetermine{"case.update_screening_determination",
                           "UPDATE case_screenings SET determination = ?2, determination_note = ?3, "
                           "determined_at = ?4, determined_by = ?5 WHERE id = ?1"};
#undef SINERGI_SCREENING_COLUMNS

constexpr Query kInsertTransition{
    "case.insert_transition",
    "INSERT INTO case_transitions (id, case_id, from_status, to_status, effective_date, at, actor, reason, "
    "closure_reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"};
// Ordered by recording time; the id breaks ties between transitions recorded in the same millisecond.
constexpr Query kListTransitions{
    "case.list_transitions",
    "SELECT id, case_id, from_status, to_status, effective_date, at, actor, reason, closure_reason "
    "FROM case_transitions WHERE case_id = ?1 ORDER BY at, id"};

// Both foreign keys report "person.not_found"; ExplainMissing tells a missing case apart.
const ConstraintReasons kPartyWrite =
    ConstraintReasons()
        .Unique({"case_party.exists", "The person already holds this role in this case."})
        .PrimaryKey({"case_party.exists", "A case party with this id already exists."})
        .ForeignKey({"person.not_found", "No person has this id."});
const ConstraintReasons kScreeningWrite =
    ConstraintReasons()
        .PrimaryKey({"case_screening.exists", "A case screening with this id already exists."})
        .ForeignKey({"person.not_found", "No person has this id."});
const ConstraintReasons kTransitionWrite =
    ConstraintReasons()
        .PrimaryKey({"case_transition.exists", "A transition with this id already exists."})
        .ForeignKey({"case.not_found", "No case has this id."});

core::Error ScreeningNotFound() {
  return core::Error::NotFound("case_screening.not_found", "No case screening has this id.");
}

core::Result<domain::CaseStatus> ParseStatus(const std::string& text) {
  auto status = domain::ParseCaseStatus(text);
  if (!status) return core::Error::Internal("a stored case transition has an unknown status");
  return *status;
}

core::Result<CaseScreening> ReadScreening(const Statement& s, const Sealer& sealer) {
  CaseScreening sc;
  sc.id = s.Text(0);
  sc.case_id = s.Text(1);
  sc.person_id = s.Text(2);
  SINERGI_TRY(sc.input, DecodeTppoInput(s.Text(3)));
  SINERGI_TRY(sc.result, DecodeTppoResult(s.Text(4)));
  sc.screened_at = s.Time(5);
  sc.screened_by = s.Text(6);
  sc.determination = s.OptText(7);
  SINERGI_TRY(sc.determination_note, sealer.Open(s.OptText(8)));
  sc.determined_at = s.OptTime(9);
  sc.determined_by = s.OptText(10);
  return sc;
}

}  // namespace

core::Status SqliteCaseRepository::InsertParty(const CaseParty& party) {
  core::Status inserted = core::Ok();
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kInsertParty));
    stmt->BindText(1, party.id);
    stmt->BindText(2, party.case_id);
    stmt->BindText(3, party.person_id);
    stmt->BindText(4, party.role);
    stmt->BindOptText(5, party.relationship_to_victim);
    stmt->BindOptText(6, party.note);
    stmt->BindTime(7, party.added_at);
    stmt->BindText(8, party.added_by);
    inserted = stmt->Exec(kPartyWrite);
  }
  return ExplainMissing(std::move(inserted), party.case_id);
}

core::Status SqliteCaseRepository::DeleteParty(const std::string& case_id, const std::string& party_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kDeleteParty));
  stmt->BindText(1, party_id);
  stmt->BindText(2, case_id);
  SINERGI_TRY_STATUS(stmt->Exec());
  if (stmt->Changes() == 0) return core::Error::NotFound("case_party.not_found", "The case has no party with this id.");
  return core::Ok();
}

core::Result<std::vector<CaseParty>> SqliteCaseRepository::ListParties(const std::string& case_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListParties));
  stmt->BindText(1, case_id);
  std::vector<CaseParty> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    CaseParty p;
    p.id = stmt->Text(0);
    p.case_id = stmt->Text(1);
    p.person_id = stmt->Text(2);
    p.role = stmt->Text(3);
    p.relationship_to_victim = stmt->OptText(4);
    p.note = stmt->OptText(5);
    p.added_at = stmt->Time(6);
    p.added_by = stmt->Text(7);
    out.push_back(std::move(p));
  }
}

core::Status SqliteCaseRepository::InsertScreening(const CaseScreening& sc) {
  SINERGI_TRY(auto note, sealer_.Seal(sc.determination_note));
  core::Status inserted = core::Ok();
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kInsertScreening));
    stmt->BindText(1, sc.id);
    stmt->BindText(2, sc.case_id);
    stmt->BindText(3, sc.person_id);
    stmt->BindText(4, EncodeTppoInput(sc.input));
    stmt->BindText(5, EncodeTppoResult(sc.result));
    stmt->BindTime(6, sc.screened_at);
    stmt->BindText(7, sc.screened_by);
    stmt->BindOptText(8, sc.determination);
    stmt->BindOptText(9, note);
    stmt->BindOptTime(10, sc.determined_at);
    stmt->BindOptText(11, sc.determined_by);
    inserted = stmt->Exec(kScreeningWrite);
  }
  return ExplainMissing(std::move(inserted), sc.case_id);
}

core::Result<CaseScreening> SqliteCaseRepository::GetScreening(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetScreening));
  stmt->BindText(1, id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return ScreeningNotFound();
  return ReadScreening(*stmt, sealer_);
}

core::Status SqliteCaseRepository::UpdateScreeningDetermination(const CaseScreening& sc) {
  SINERGI_TRY(auto note, sealer_.Seal(sc.determination_note));
  SINERGI_TRY(auto stmt, conn_.Prepare(kDetermine));
  stmt->BindText(1, sc.id);
  stmt->BindOptText(2, sc.determination);
  stmt->BindOptText(3, note);
  stmt->BindOptTime(4, sc.determined_at);
  stmt->BindOptText(5, sc.determined_by);
  SINERGI_TRY_STATUS(stmt->Exec());
  if (stmt->Changes() == 0) return ScreeningNotFound();
  return core::Ok();
}

core::Result<std::vector<CaseScreening>> SqliteCaseRepository::ListScreenings(const std::string& case_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListScreenings));
  stmt->BindText(1, case_id);
  std::vector<CaseScreening> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    SINERGI_TRY(auto sc, ReadScreening(*stmt, sealer_));
    out.push_back(std::move(sc));
  }
}

core::Status SqliteCaseRepository::InsertTransition(const CaseTransition& t) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertTransition));
  stmt->BindText(1, t.id);
  stmt->BindText(2, t.case_id);
  stmt->BindText(3, domain::ToString(t.from));
  stmt->BindText(4, domain::ToString(t.to));
  stmt->BindDate(5, t.effective_date);
  stmt->BindTime(6, t.at);
  stmt->BindText(7, t.actor);
  stmt->BindOptText(8, t.reason);
  stmt->BindOptText(9, t.closure_reason);
  return stmt->Exec(kTransitionWrite);
}

core::Result<std::vector<CaseTransition>> SqliteCaseRepository::ListTransitions(const std::string& case_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListTransitions));
  stmt->BindText(1, case_id);
  std::vector<CaseTransition> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    CaseTransition t;
    t.id = stmt->Text(0);
    t.case_id = stmt->Text(1);
    SINERGI_TRY(t.from, ParseStatus(stmt->Text(2)));
    SINERGI_TRY(t.to, ParseStatus(stmt->Text(3)));
    t.effective_date = stmt->Date(4);
    t.at = stmt->Time(5);
    t.actor = stmt->Text(6);
    t.reason = stmt->OptText(7);
    t.closure_reason = stmt->OptText(8);
    out.push_back(std::move(t));
  }
}

}  // namespace sinergi::storage::sqlite
