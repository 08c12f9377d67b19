// Restitution claims in SQLite (migration 0012_case_restitutions.sql). The amounts are sealed
// (storage/common/sealed_fields.hpp): the components as JSON text (storage/common/json_text.hpp) and paid_idr as
// decimal text; paid_in_full is written beside them so the task list's partial indexes can stop the timers.
#include "storage/sqlite/sqlite_restitution_repository.hpp"

#include <charconv>
#include <string>
#include <utility>

#include "domain/restitution_rules.hpp"
#include "storage/common/json_text.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::CaseRestitution;

#define SINERGI_RESTITUTION_COLUMNS                                                                           \
  "id, case_id, person_id, version, components, court_case_number, claimed_on, verdict_on, final_notice_on, " \
  "paid_on, paid_idr, paid_in_full, unpaid_reported_on, warning_on, seizure_on, substitute_detention_on, "    \
  "created_at, updated_at, created_by, updated_by"
constexpr Query kInsert{"restitutions.insert",
                        "INSERT INTO case_restitutions (" SINERGI_RESTITUTION_COLUMNS
                        ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
                        "?19, ?20)"};
constexpr Query kGet{"restitutions.get", "SELECT " SINERGI_RESTITUTION_COLUMNS " FROM case_restitutions WHERE id = ?1"};
constexpr Query kList{"restitutions.list", "SELECT " SINERGI_RESTITUTION_COLUMNS
                                           " FROM case_restitutions WHERE case_id = ?1 ORDER BY claimed_on, id"};
// ?1..?20 as SINERGI_RESTITUTION_COLUMNS; ?21 the expected version. The fixed columns are not written.
constexpr Query kUpdate{"restitutions.update",
                        "UPDATE case_restitutions SET version = ?4, components = ?5, court_case_number = ?6, "
                        "claimed_on = ?7, verdict_on = ?8, final_notice_on = ?9, paid_on = ?10, paid_idr = ?11, "
                        "paid_in_full = ?12, unpaid_reported_on = ?13, warning_on = ?14, seizure_on = ?15, "
                        "substitute_detention_on = ?16, updated_at = ?18, updated_by = ?20 "
                        "WHERE id = ?1 AND version = ?21"};
constexpr Query kExists{"restitutions.exists", "SELECT 1 FROM case_restitutions WHERE id = ?1"};
constexpr Query kCaseExists{"restitutions.case_exists", "SELECT 1 FROM cases WHERE id = ?1"};
#undef SINERGI_RESTITUTION_COLUMNS

const ConstraintReasons kWrite =
    ConstraintReasons()
        .Unique({"case_restitution.exists", "This victim already has a restitution claim in this case."})
        .PrimaryKey({"case_restitution.exists", "A restitution claim with this id already exists."})
        .ForeignKey({"person.not_found", "No person has this id."});

core::Error NotFound() {
  return core::Error::NotFound("case_restitution.not_found", "No restitution claim has this id.");
}

core::Status Bind(Statement& s, const CaseRestitution& r, const Sealer& sealer) {
  const domain::RestitutionData& d = r.data;
  SINERGI_TRY(std::string components, sealer.Seal(EncodeRestitutionComponents(d.components)));
  std::optional<std::string> paid;
  if (d.paid_idr) paid = std::to_string(*d.paid_idr);
  SINERGI_TRY(paid, sealer.Seal(paid));
  s.BindText(1, r.id);
  s.BindText(2, r.case_id);
  s.BindText(3, d.person_id);
  s.BindInt(4, r.version);
  s.BindText(5, components);
  s.BindOptText(6, d.court_case_number);
  s.BindDate(7, d.claimed_on);
  s.BindOptDate(8, d.verdict_on);
  s.BindOptDate(9, d.final_notice_on);
  s.BindOptDate(10, d.paid_on);
  s.BindOptText(11, paid);
  s.BindBool(12, domain::RestitutionPaidInFull(d));
  s.BindOptDate(13, d.unpaid_reported_on);
  s.BindOptDate(14, d.warning_on);
  s.BindOptDate(15, d.seizure_on);
  s.BindOptDate(16, d.substitute_detention_on);
  s.BindTime(17, r.created_at);
  s.BindTime(18, r.updated_at);
  s.BindText(19, r.created_by);
  s.BindText(20, r.updated_by);
  return core::Ok();
}

core::Result<std::int64_t> ParseAmount(const std::string& text) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) {
    return core::Error::Internal("stored restitution amount is malformed");
  }
  return value;
}

core::Result<CaseRestitution> Read(const Statement& s, const Sealer& sealer) {
  CaseRestitution r;
  domain::RestitutionData& d = r.data;
  r.id = s.Text(0);
  r.case_id = s.Text(1);
  d.person_id = s.Text(2);
  r.version = s.Int(3);
  SINERGI_TRY(std::string components, sealer.Open(s.Text(4)));
  SINERGI_TRY(d.components, DecodeRestitutionComponents(components));
  d.court_case_number = s.OptText(5);
  d.claimed_on = s.Date(6);
  d.verdict_on = s.OptDate(7);
  d.final_notice_on = s.OptDate(8);
  d.paid_on = s.OptDate(9);
  SINERGI_TRY(std::optional<std::string> paid, sealer.Open(s.OptText(10)));
  if (paid) {
    SINERGI_TRY(d.paid_idr, ParseAmount(*paid));
  }
  d.unpaid_reported_on = s.OptDate(12);
  d.warning_on = s.OptDate(13);
  d.seizure_on = s.OptDate(14);
  d.substitute_detention_on = s.OptDate(15);
  r.created_at = s.Time(16);
  r.updated_at = s.Time(17);
  r.created_by = s.Text(18);
  r.updated_by = s.Text(19);
  return r;
}

}  // namespace

core::Status SqliteRestitutionRepository::Insert(const CaseRestitution& restitution) {
  core::Status inserted = core::Ok();
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kInsert));
    SINERGI_TRY_STATUS(Bind(*stmt, restitution, sealer_));
    inserted = stmt->Exec(kWrite);
  }
  return ExplainMissing(std::move(inserted), restitution.case_id);
}

core::Result<CaseRestitution> SqliteRestitutionRepository::Get(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGet));
  stmt->BindText(1, id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return NotFound();
  return Read(*stmt, sealer_);
}

core::Status SqliteRestitutionRepository::Update(const CaseRestitution& restitution, std::int64_t expected_version) {
  int changed = 0;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kUpdate));
    SINERGI_TRY_STATUS(Bind(*stmt, restitution, sealer_));
    stmt->BindInt(21, expected_version);
    SINERGI_TRY_STATUS(stmt->Exec(kWrite));
    changed = stmt->Changes();
  }
  if (changed > 0) return core::Ok();
  SINERGI_TRY(auto stmt, conn_.Prepare(kExists));
  stmt->BindText(1, restitution.id);
  SINERGI_TRY(bool exists, stmt->Step());
  if (!exists) return NotFound();
  return core::Error::StaleVersion();
}

core::Result<std::vector<CaseRestitution>> SqliteRestitutionRepository::List(const std::string& case_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kList));
  stmt->BindText(1, case_id);
  std::vector<CaseRestitution> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    SINERGI_TRY(auto r, Read(*stmt, sealer_));
    out.push_back(std::move(r));
  }
}

core::Status SqliteRestitutionRepository::ExplainMissing(core::Status failed, const std::string& case_id) {
  if (failed.ok() || failed.error().reason() != "person.not_found") return failed;
  SINERGI_TRY(auto stmt, conn_.Prepare(kCaseExists));
  stmt->BindText(1, case_id);
  SINERGI_TRY(bool exists, stmt->Step());
  if (!exists) return core::Error::NotFound("case.not_found", "No case has this id.");
  return failed;
}

}  // namespace sinergi::storage::sqlite
