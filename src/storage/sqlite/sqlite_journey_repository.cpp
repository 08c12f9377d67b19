// Journeys and their document checklists. Transitions and follow-ups: sqlite_journey_events.cpp.
#include <set>
#include <string>

#include "storage/common/filtered_query.hpp"
#include "storage/common/json_text.hpp"
#include "storage/common/paging.hpp"
#include "storage/sqlite/sqlite_list_scope.hpp"
#include "storage/sqlite/sqlite_repositories.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::Journey;
using domain::JourneyDocument;
using domain::ports::JourneyFilter;
using domain::ports::Page;
using domain::ports::PageRequest;

#define SINERGI_JOURNEY_COLUMNS                                                                              \
  "id, person_id, version, status, placement_scheme, pmi_category, p3mi_name, destination_country, sector, " \
  "job_title, employer_name, procedural, planned_departure_date, contract_end_date, notes, departure_date, " \
  "return_date, return_reason, debarkation_point, flags, created_at, updated_at, created_by, updated_by"

// ?1..?24 follow SINERGI_JOURNEY_COLUMNS; Update adds ?25 = expected version and keeps person_id (?2),
// created_at (?21) and created_by (?23).
constexpr Query kInsert{"journey.insert", "INSERT INTO journeys (" SINERGI_JOURNEY_COLUMNS
                                          ") VALUES (?1, ?2, ?3, "
                                          "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
                                          "?20, ?21, ?22, ?23, ?24)"};
constexpr Query kUpdate{"journey.update",
                        "UPDATE journeys SET version = ?3, status = ?4, placement_scheme = ?5, pmi_category = ?6, "
                        "p3mi_name = ?7, destination_country = ?8, sector = ?9, job_title = ?10, "
                        "employer_name = ?11, procedural = ?12, planned_departure_date = ?13, "
                        "contract_end_date = ?14, notes = ?15, departure_date = ?16, return_date = ?17, "
                        "return_reason = ?18, debarkation_point = ?19, flags = ?20, updated_at = ?22, "
                        "updated_by = ?24 WHERE id = ?1 AND version = ?25"};
constexpr Query kGet{"journey.get", "SELECT " SINERGI_JOURNEY_COLUMNS " FROM journeys WHERE id = ?1"};
constexpr Query kExists{"journey.exists", "SELECT 1 FROM journeys WHERE id = ?1"};
constexpr Query kDeleteDocs{"journey.delete_documents", "DELETE FROM journey_documents WHERE journey_id = ?1"};
constexpr Query kInsertDoc{"journey.insert_document",
                           "INSERT INTO journey_documents (journey_id, position, code, status, number, issued_on, "
                           "expires_on, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"};
constexpr Query kListDocs{"journey.list_documents",
                          "SELECT code, status, number, issued_on, expires_on, note FROM journey_documents "
                          "WHERE journey_id = ?1 ORDER BY position"};

const ConstraintReasons kJourneyWrite = ConstraintReasons()
                                            .PrimaryKey({"journey.exists", "A journey with this id already exists."})
                                            .ForeignKey({"person.not_found", "No person has this id."});

void BindJourney(Statement& s, const Journey& j) {
  const domain::JourneyData& d = j.data;
  s.BindText(1, j.id);
  s.BindText(2, j.person_id);
  s.BindInt(3, j.version);
  s.BindText(4, domain::ToString(j.status));
  s.BindText(5, d.placement_scheme);
  s.BindOptText(6, d.pmi_category);
  s.BindOptText(7, d.p3mi_name);
  s.BindText(8, d.destination_country);
  s.BindOptText(9, d.sector);
  s.BindOptText(10, d.job_title);
  s.BindOptText(11, d.employer_name);
  s.BindBool(12, d.procedural);
  s.BindOptDate(13, d.planned_departure_date);
  s.BindOptDate(14, d.contract_end_date);
  s.BindOptText(15, d.notes);
  s.BindOptDate(16, j.departure_date);
  s.BindOptDate(17, j.return_date);
  s.BindOptText(18, j.return_reason);
  s.BindOptText(19, j.debarkation_point);
  s.BindText(20, EncodeStringArray(j.flags));
  s.BindTime(21, j.created_at);
  s.BindTime(22, j.updated_at);
  s.BindText(23, j.created_by);
  s.BindText(24, j.updated_by);
}

core::Result<Journey> ReadJourney(const Statement& s) {
  Journey j;
  domain::JourneyData& d = j.data;
  j.id = s.Text(0);
  j.person_id = s.Text(1);
  j.version = s.Int(2);
  auto status = domain::ParseJourneyStatus(s.Text(3));
  if (!status) return core::Error::Internal("journey " + j.id + " has an unknown stored status");
  j.status = *status;
  d.placement_scheme = s.Text(4);
  d.pmi_category = s.OptText(5);
  d.p3mi_name = s.OptText(6);
  d.destination_country = s.Text(7);
  d.sector = s.OptText(8);
  d.job_title = s.OptText(9);
  d.employer_name = s.OptText(10);
  d.procedural = s.Bool(11);
  d.planned_departure_date = s.OptDate(12);
  d.contract_end_date = s.OptDate(13);
  d.notes = s.OptText(14);
  j.departure_date = s.OptDate(15);
  j.return_date = s.OptDate(16);
  j.return_reason = s.OptText(17);
  j.debarkation_point = s.OptText(18);
  SINERGI_TRY(j.flags, DecodeStringArray(s.Text(19)));
  j.created_at = s.Time(20);
  j.updated_at = s.Time(21);
  j.created_by = s.Text(22);
  j.updated_by = s.Text(23);
  return j;
}

}  // namespace

core::Status SqliteJourneyRepository::Insert(const Journey& journey) {
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kInsert));
    BindJourney(*stmt, journey);
    SINERGI_TRY_STATUS(stmt->Exec(kJourneyWrite));
  }
  return ReplaceDocuments(journey);
}

core::Result<Journey> SqliteJourneyRepository::Get(const std::string& id) {
  Journey journey;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kGet));
    stmt->BindText(1, id);
    SINERGI_TRY(bool found, stmt->Step());
    if (!found) return core::Error::NotFound("journey.not_found", "No journey has this id.");
    SINERGI_TRY(journey, ReadJourney(*stmt));
  }
  SINERGI_TRY_STATUS(LoadDocuments(journey));
  return journey;
}

core::Status SqliteJourneyRepository::Update(const Journey& journey, std::int64_t expected_version) {
  int changed = 0;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kUpdate));
    BindJourney(*stmt, journey);
    stmt->BindInt(25, expected_version);
    SINERGI_TRY_STATUS(stmt->Exec(kJourneyWrite));
    changed = stmt->Changes();
  }
  if (changed == 0) {
    SINERGI_TRY(auto stmt, conn_.Prepare(kExists));
    stmt->BindText(1, journey.id);
    SINERGI_TRY(bool exists, stmt->Step());
    if (!exists) return core::Error::NotFound("journey.not_found", "No journey has this id.");
    return core::Error::StaleVersion();
  }
  return ReplaceDocuments(journey);
}

core::Result<Page<Journey>> SqliteJourneyRepository::List(const JourneyFilter& filter, const PageRequest& page) {
  // One named query per combination of present filters (see the person list for why). Parameters: ?1 person,
  // ?2 status, ?3 destination, ?4 after, ?5 limit, ?6.. the scope, asked of the journey's person.
  constexpr int kScopeParam = 6;
  FilteredQuery query("journey.list", "SELECT " SINERGI_JOURNEY_COLUMNS " FROM journeys");
  query.Add(filter.person_id.has_value(), "person", "person_id = ?1");
  query.Add(filter.status.has_value(), "status", "status = ?2");
  query.Add(filter.destination_country.has_value(), "destination", "destination_country = ?3");
  if (auto condition = ListScopeCondition(filter.scope, "p", kScopeParam)) {
    query.Add(true, condition->tag,
              "EXISTS (SELECT 1 FROM persons p WHERE p.id = journeys.person_id AND " + condition->sql + ")");
  }
  query.Add(page.after.has_value(), "after", "id > ?4");
  query.sql += " ORDER BY id LIMIT ?5";

  Page<Journey> out;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare({query.name, query.sql}));
    if (filter.person_id) stmt->BindText(1, *filter.person_id);
    if (filter.status) stmt->BindText(2, domain::ToString(*filter.status));
    if (filter.destination_country) stmt->BindText(3, *filter.destination_country);
    if (page.after) stmt->BindText(4, *page.after);
    stmt->BindInt(5, FetchLimit(page));
    BindListScope(*stmt, filter.scope, kScopeParam);
    while (true) {
      SINERGI_TRY(bool row, stmt->Step());
      if (!row) break;
      SINERGI_TRY(auto journey, ReadJourney(*stmt));
      out.items.push_back(std::move(journey));
    }
  }
  FinishPage(out, page, [](const Journey& j) { return j.id; });
  for (Journey& journey : out.items) {
    SINERGI_TRY_STATUS(LoadDocuments(journey));
  }
  return out;
}

#undef SINERGI_JOURNEY_COLUMNS

core::Status SqliteJourneyRepository::ReplaceDocuments(const Journey& journey) {
  std::set<std::string> codes;
  for (const JourneyDocument& doc : journey.data.documents) {
    if (!codes.insert(doc.code).second) {
      return core::Error::Invalid("journey.duplicate_document", "Document " + doc.code + " is listed twice.",
                                  {{"documents", "duplicate", "Each document code may appear once."}});
    }
  }
  {
    SINERGI_TRY(auto del, conn_.Prepare(kDeleteDocs));
    del->BindText(1, journey.id);
    SINERGI_TRY_STATUS(del->Exec());
  }
  SINERGI_TRY(auto ins, conn_.Prepare(kInsertDoc));
  std::int64_t position = 0;
  for (const JourneyDocument& doc : journey.data.documents) {
    ins->BindText(1, journey.id);
    ins->BindInt(2, position++);
    ins->BindText(3, doc.code);
    ins->BindText(4, doc.status);
    ins->BindOptText(5, doc.number);
    ins->BindOptDate(6, doc.issued_on);
    ins->BindOptDate(7, doc.expires_on);
    ins->BindOptText(8, doc.note);
    SINERGI_TRY_STATUS(ins->Exec());
    ins->Reset();
  }
  return core::Ok();
}

core::Status SqliteJourneyRepository::LoadDocuments(Journey& journey) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListDocs));
  stmt->BindText(1, journey.id);
  journey.data.documents.clear();
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return core::Ok();
    JourneyDocument doc;
    doc.code = stmt->Text(0);
    doc.status = stmt->Text(1);
    doc.number = stmt->OptText(2);
    doc.issued_on = stmt->OptDate(3);
    doc.expires_on = stmt->OptDate(4);
    doc.note = stmt->OptText(5);
    journey.data.documents.push_back(std::move(doc));
  }
}

}  // namespace sinergi::storage::sqlite
