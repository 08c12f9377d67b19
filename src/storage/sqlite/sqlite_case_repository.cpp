// Cases in SQLite (migration 0008_cases.sql). Parties, screenings and transitions: sqlite_case_events.cpp.
#include <string>
#include <utility>

#include "storage/common/filtered_query.hpp"
#include "storage/common/json_text.hpp"
#include "storage/common/paging.hpp"
#include "storage/sqlite/sqlite_list_scope.hpp"
#include "storage/sqlite/sqlite_repositories.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::Case;
using domain::CaseData;
using domain::ports::CaseFilter;
using domain::ports::Page;
using domain::ports::PageRequest;

#define SINERGI_CASE_COLUMNS                                                                                       \
  "id, version, status, intake_channel, reported_on, occurred_on, occurrence_country, occurrence_region_code, "    \
  "urgency, immediate_safety_risk, case_types, violence_acts, places, pmi_problems, reporter_name, "               \
  "reporter_contact, reporter_confidential, summary, victim_wants_return, return_assessed_safe, owner_agency_id, " \
  "closure_reason, status_before_closure, reintegration_started, closed_at, created_at, updated_at, created_by, "  \
  "updated_by"
// Every read also counts the case's victims: distinct persons in role KORBAN (served by the parties' unique index).
#define SINERGI_CASE_SELECT                                                                                      \
  "SELECT " SINERGI_CASE_COLUMNS                                                                                 \
  ", (SELECT count(DISTINCT v.person_id) FROM case_parties v WHERE v.case_id = cases.id AND v.role = 'KORBAN') " \
  "FROM cases"

// ?1..?29 follow SINERGI_CASE_COLUMNS; Update adds ?30 = expected version and keeps created_at (?26) and
// created_by (?28).
constexpr Query kInsert{"case.insert", "INSERT INTO cases (" SINERGI_CASE_COLUMNS
                                       ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                                       "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)"};
constexpr Query kUpdate{"case.update",
                        "UPDATE cases SET version = ?2, status = ?3, intake_channel = ?4, reported_on = ?5, "
                        "occurred_on = ?6, occurrence_country = ?7, occurrence_region_code = ?8, urgency = ?9, "
                        "immediate_safety_risk = ?10, case_types = ?11, violence_acts = ?12, places = ?13, "
                        "pmi_problems = ?14, reporter_name = ?15, reporter_contact = ?16, "
                        "reporter_confidential = ?17, summary = ?18, victim_wants_return = ?19, "
                        "return_assessed_safe = ?20, owner_agency_id = ?21, closure_reason = ?22, "
                        "status_before_closure = ?23, reintegration_started = ?24, closed_at = ?25, "
                        "updated_at = ?27, updated_by = ?29 WHERE id = ?1 AND version = ?30"};
constexpr Query kGet{"case.get", SINERGI_CASE_SELECT " WHERE id = ?1"};
constexpr Query kExists{"case.exists", "SELECT 1 FROM cases WHERE id = ?1"};

const ConstraintReasons kCaseWrite =
    ConstraintReasons().PrimaryKey({"case.exists", "A case with this id already exists."});

core::Error CaseNotFound() {
  return core::Error::NotFound("case.not_found", "No case has this id.");
}

core::Result<domain::CaseStatus> ParseStatus(const std::string& id, const std::string& text) {
  auto status = domain::ParseCaseStatus(text);
  if (!status) return core::Error::Internal("case " + id + " has an unknown stored status");
  return *status;
}

// The narrative and the reporter are sealed (storage/common/sealed_fields.hpp). An empty summary stays '': it
// reveals nothing, and the key rotation counts only non-empty values.
core::Status BindCase(Statement& s, const Case& c, const Sealer& sealer) {
  const CaseData& d = c.data;
  std::string summary;
  if (!d.summary.empty()) {
    SINERGI_TRY(summary, sealer.Seal(d.summary));
  }
  SINERGI_TRY(auto reporter_name, sealer.Seal(d.reporter_name));
  SINERGI_TRY(auto reporter_contact, sealer.Seal(d.reporter_contact));
  s.BindText(1, c.id);
  s.BindInt(2, c.version);
  s.BindText(3, domain::ToString(c.status));
  s.BindText(4, d.intake_channel);
  s.BindDate(5, d.reported_on);
  s.BindOptDate(6, d.occurred_on);
  s.BindOptText(7, d.occurrence_country);
  s.BindOptText(8, d.occurrence_region_code);
  s.BindText(9, d.urgency);
  s.BindBool(10, d.immediate_safety_risk);
  s.BindText(11, EncodeStringArray(d.case_types));
  s.BindText(12, EncodeStringArray(d.violence_acts));
  s.BindText(13, EncodeStringArray(d.places));
  s.BindText(14, EncodeStringArray(d.pmi_problems));
  s.BindOptText(15, reporter_name);
  s.BindOptText(16, reporter_contact);
  s.BindBool(17, d.reporter_confidential);
  s.BindText(18, summary);
  s.BindBool(19, d.victim_wants_return);
  s.BindBool(20, d.return_assessed_safe);
  // Empty means owned nationally; stored as NULL like persons.owner_agency_id.
  if (c.owner_agency_id.empty()) {
    s.BindNull(21);
  } else {
    s.BindText(21, c.owner_agency_id);
  }
  s.BindOptText(22, c.closure_reason);
  s.BindOptText(23, c.status_before_closure ? std::optional<std::string>(domain::ToString(*c.status_before_closure))
                                            : std::nullopt);
  s.BindOptDate(24, c.reintegration_started);
  s.BindOptTime(25, c.closed_at);
  s.BindTime(26, c.created_at);
  s.BindTime(27, c.updated_at);
  s.BindText(28, c.created_by);
  s.BindText(29, c.updated_by);
  return core::Ok();
}

core::Result<Case> ReadCase(const Statement& s, const Sealer& sealer) {
  Case c;
  CaseData& d = c.data;
  c.id = s.Text(0);
  c.version = s.Int(1);
  SINERGI_TRY(c.status, ParseStatus(c.id, s.Text(2)));
  d.intake_channel = s.Text(3);
  d.reported_on = s.Date(4);
  d.occurred_on = s.OptDate(5);
  d.occurrence_country = s.OptText(6);
  d.occurrence_region_code = s.OptText(7);
  d.urgency = s.Text(8);
  d.immediate_safety_risk = s.Bool(9);
  SINERGI_TRY(d.case_types, DecodeStringArray(s.Text(10)));
  SINERGI_TRY(d.violence_acts, DecodeStringArray(s.Text(11)));
  SINERGI_TRY(d.places, DecodeStringArray(s.Text(12)));
  SINERGI_TRY(d.pmi_problems, DecodeStringArray(s.Text(13)));
  SINERGI_TRY(d.reporter_name, sealer.Open(s.OptText(14)));
  SINERGI_TRY(d.reporter_contact, sealer.Open(s.OptText(15)));
  d.reporter_confidential = s.Bool(16);
  SINERGI_TRY(d.summary, sealer.Open(s.Text(17)));
  d.victim_wants_return = s.Bool(18);
  d.return_assessed_safe = s.Bool(19);
  c.owner_agency_id = s.OptText(20).value_or("");
  c.closure_reason = s.OptText(21);
  if (auto before = s.OptText(22)) {
    SINERGI_TRY(c.status_before_closure, ParseStatus(c.id, *before));
  }
  c.reintegration_started = s.OptDate(23);
  c.closed_at = s.OptTime(24);
  c.created_at = s.Time(25);
  c.updated_at = s.Time(26);
  c.created_by = s.Text(27);
  c.updated_by = s.Text(28);
  c.victim_count = static_cast<int>(s.Int(29));
  return c;
}

}  // namespace

core::Status SqliteCaseRepository::Insert(const Case& c) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsert));
  SINERGI_TRY_STATUS(BindCase(*stmt, c, sealer_));
  return stmt->Exec(kCaseWrite);
}

core::Result<Case> SqliteCaseRepository::Get(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGet));
  stmt->BindText(1, id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return CaseNotFound();
  return ReadCase(*stmt, sealer_);
}

core::Status SqliteCaseRepository::Update(const Case& c, std::int64_t expected_version) {
  int changed = 0;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kUpdate));
    SINERGI_TRY_STATUS(BindCase(*stmt, c, sealer_));
    stmt->BindInt(30, expected_version);
    SINERGI_TRY_STATUS(stmt->Exec(kCaseWrite));
    changed = stmt->Changes();
  }
  if (changed > 0) return core::Ok();
  SINERGI_TRY(auto stmt, conn_.Prepare(kExists));
  stmt->BindText(1, c.id);
  SINERGI_TRY(bool exists, stmt->Step());
  if (!exists) return CaseNotFound();
  return core::Error::StaleVersion();
}

core::Result<Page<Case>> SqliteCaseRepository::List(const CaseFilter& filter, const PageRequest& page) {
  // One named query per combination of present filters (see the person list for why). Parameters: ?1 status,
  // ?2 case type, ?3 owner agency, ?4 person, ?5 after, ?6 limit, ?7..?10 the scope, asked of the case itself,
  // ?11 the occurrence region (a range on cases_occurrence_region).
  constexpr int kScopeParam = 7;
  const bool national = filter.owner_agency_id.has_value() && filter.owner_agency_id->empty();
  FilteredQuery query("case.list", SINERGI_CASE_SELECT);
  query.Add(filter.status.has_value(), "status", "status = ?1");
  query.Add(filter.case_type.has_value(), "type",
            "EXISTS (SELECT 1 FROM json_each(cases.case_types) t WHERE t.value = ?2)");
  query.Add(filter.owner_agency_id.has_value() && !national, "agency", "owner_agency_id = ?3");
  query.Add(national, "national", "owner_agency_id IS NULL");
  query.Add(filter.person_id.has_value(), "person",
            "EXISTS (SELECT 1 FROM case_parties cp WHERE cp.case_id = cases.id AND cp.person_id = ?4)");
  query.Add(filter.region.has_value(), "region",
            "(occurrence_region_code = ?11 OR (occurrence_region_code >= (?11 || '.') AND occurrence_region_code < "
            "(?11 || '/')))");
  if (auto condition = ListScopeCondition(filter.scope, "cases", kScopeParam, "occurrence_region_code")) {
    query.Add(true, condition->tag, condition->sql);
  }
  query.Add(page.after.has_value(), "after", "id > ?5");
  query.sql += " ORDER BY id LIMIT ?6";

  SINERGI_TRY(auto stmt, conn_.Prepare({query.name, query.sql}));
  if (filter.status) stmt->BindText(1, domain::ToString(*filter.status));
  if (filter.case_type) stmt->BindText(2, *filter.case_type);
  if (filter.owner_agency_id && !national) stmt->BindText(3, *filter.owner_agency_id);
  if (filter.person_id) stmt->BindText(4, *filter.person_id);
  if (filter.region) stmt->BindText(11, *filter.region);
  if (page.after) stmt->BindText(5, *page.after);
  stmt->BindInt(6, FetchLimit(page));
  BindListScope(*stmt, filter.scope, kScopeParam);

  Page<Case> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    SINERGI_TRY(auto c, ReadCase(*stmt, sealer_));
    out.items.push_back(std::move(c));
  }
  FinishPage(out, page, [](const Case& c) { return c.id; });
  return out;
}

core::Status SqliteCaseRepository::ExplainMissing(core::Status failed, const std::string& case_id) {
  if (failed.ok() || failed.error().reason() != "person.not_found") return failed;
  SINERGI_TRY(auto stmt, conn_.Prepare(kExists));
  stmt->BindText(1, case_id);
  SINERGI_TRY(bool exists, stmt->Step());
  if (!exists) return CaseNotFound();
  return failed;
}

#undef SINERGI_CASE_SELECT
#undef SINERGI_CASE_COLUMNS

}  // namespace sinergi::storage::sqlite
