// Training programmes, sessions and enrolments in SQLite (migration 0017_training.sql). An enrolment's attendance
// is a JSON array of dates in its row; "one enrolment per person and session" is the UNIQUE (session_id, person_id)
// constraint, translated to kConflict "training.already_enrolled".
#include "storage/sqlite/sqlite_training_repository.hpp"

#include <string>
#include <utility>

#include "domain/training_rules.hpp"
#include "storage/common/json_text.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::Enrolment;
using domain::Programme;
using domain::TrainingSession;

#define SINERGI_PROGRAMME_COLUMNS                                                                                 \
  "id, name, kind, provider_agency_id, skill, issues_competence_certificate, description, region_code, version, " \
  "created_at, updated_at, created_by, updated_by"
constexpr Query kInsertProgramme{"training.programme.insert",
                                 "INSERT INTO training_programmes (" SINERGI_PROGRAMME_COLUMNS
                                 ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"};
constexpr Query kGetProgramme{"training.programme.get",
                              "SELECT " SINERGI_PROGRAMME_COLUMNS " FROM training_programmes WHERE id = ?1"};
constexpr Query kUpdateProgramme{"training.programme.update",
                                 "UPDATE training_programmes SET name = ?2, kind = ?3, provider_agency_id = ?4, "
                                 "skill = ?5, issues_competence_certificate = ?6, description = ?7, region_code = ?8, "
                                 "version = ?9, updated_at = ?11, updated_by = ?13 WHERE id = ?1 AND version = ?14"};
constexpr Query kListProgrammes{"training.programme.list",
                                "SELECT " SINERGI_PROGRAMME_COLUMNS
                                " FROM training_programmes WHERE (?2 IS NULL OR provider_agency_id = ?2) AND "
                                "(?3 IS NULL OR kind = ?3) ORDER BY name, id LIMIT ?1"};
constexpr Query kProgrammeExists{"training.programme.exists", "SELECT 1 FROM training_programmes WHERE id = ?1"};
#undef SINERGI_PROGRAMME_COLUMNS

#define SINERGI_SESSION_COLUMNS                                                                                       \
  "id, programme_id, starts_on, ends_on, place, region_code, capacity, version, created_at, updated_at, created_by, " \
  "updated_by"
constexpr Query kInsertSession{"training.session.insert",
                               "INSERT INTO training_sessions (" SINERGI_SESSION_COLUMNS
                               ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"};
constexpr Query kGetSession{"training.session.get",
                            "SELECT " SINERGI_SESSION_COLUMNS " FROM training_sessions WHERE id = ?1"};
constexpr Query kUpdateSession{"training.session.update",
                               "UPDATE training_sessions SET starts_on = ?3, ends_on = ?4, place = ?5, "
                               "region_code = ?6, capacity = ?7, version = ?8, updated_at = ?10, updated_by = ?12 "
                               "WHERE id = ?1 AND version = ?13"};
constexpr Query kListSessions{"training.session.list",
                              "SELECT " SINERGI_SESSION_COLUMNS
                              " FROM training_sessions WHERE programme_id = ?1 ORDER BY starts_on, id LIMIT ?2"};
constexpr Query kSessionExists{"training.session.exists", "SELECT 1 FROM training_sessions WHERE id = ?1"};
#undef SINERGI_SESSION_COLUMNS

#define SINERGI_ENROLMENT_COLUMNS                                                                    \
  "id, session_id, programme_id, person_id, status, attended_on, completed_on, certificate_number, " \
  "certificate_issued_on, note, version, created_at, updated_at, created_by, updated_by"
#define SINERGI_ENROLMENT_SELECT "SELECT " SINERGI_ENROLMENT_COLUMNS " FROM training_enrolments"
constexpr Query kInsertEnrolment{"training.enrolment.insert",
                                 "INSERT INTO training_enrolments (" SINERGI_ENROLMENT_COLUMNS
                                 ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"};
constexpr Query kGetEnrolment{"training.enrolment.get", SINERGI_ENROLMENT_SELECT " WHERE id = ?1"};
constexpr Query kUpdateEnrolment{"training.enrolment.update",
                                 "UPDATE training_enrolments SET status = ?5, attended_on = ?6, completed_on = ?7, "
                                 "certificate_number = ?8, certificate_issued_on = ?9, note = ?10, version = ?11, "
                                 "updated_at = ?13, updated_by = ?15 WHERE id = ?1 AND version = ?16"};
constexpr Query kSessionEnrolments{"training.enrolment.list_session",
                                   SINERGI_ENROLMENT_SELECT " WHERE session_id = ?1 ORDER BY created_at, id LIMIT ?2"};
constexpr Query kPersonEnrolments{"training.enrolment.list_person", SINERGI_ENROLMENT_SELECT
                                  " WHERE person_id = ?1 ORDER BY created_at DESC, id DESC LIMIT ?2"};
constexpr Query kEnrolmentExists{"training.enrolment.exists", "SELECT 1 FROM training_enrolments WHERE id = ?1"};
constexpr Query kSeatsTaken{"training.enrolment.seats",
                            "SELECT count(*) FROM training_enrolments WHERE session_id = ?1 AND "
                            "status <> 'DROPPED_OUT'"};
#undef SINERGI_ENROLMENT_SELECT
#undef SINERGI_ENROLMENT_COLUMNS

const ConstraintReasons kProgrammeWrite =
    ConstraintReasons()
        .PrimaryKey({"training_programme.exists", "A training programme with this id already exists."})
        .ForeignKey({"agency.not_found", "No agency has this id."});
const ConstraintReasons kSessionWrite =
    ConstraintReasons()
        .PrimaryKey({"training_session.exists", "A training session with this id already exists."})
        .ForeignKey({"training_programme.not_found", "No training programme has this id."});
const ConstraintReasons kEnrolmentWrite =
    ConstraintReasons()
        .PrimaryKey({"training_enrolment.exists", "An enrolment with this id already exists."})
        .Unique({"training.already_enrolled", "This person is enrolled in this session already."})
        .ForeignKey({"person.not_found", "No person (or session) has this id."});

core::Error ProgrammeNotFound() {
  return core::Error::NotFound("training_programme.not_found", "No training programme has this id.");
}
core::Error SessionNotFound() {
  return core::Error::NotFound("training_session.not_found", "No training session has this id.");
}
core::Error EnrolmentNotFound() {
  return core::Error::NotFound("training_enrolment.not_found", "No enrolment has this id.");
}

core::Result<bool> Exists(Connection& conn, const Query& query, const std::string& id) {
  SINERGI_TRY(auto stmt, conn.Prepare(query));
  stmt->BindText(1, id);
  return stmt->Step();
}

// After an UPDATE that changed no row: the row is missing, or its version moved on.
core::Status Unchanged(Connection& conn, const Query& exists, const std::string& id, core::Error missing) {
  SINERGI_TRY(bool found, Exists(conn, exists, id));
  if (!found) return missing;
  return core::Error::StaleVersion();
}

void BindOptInt(Statement& s, int i, const std::optional<std::int64_t>& v) {
  if (v) {
    s.BindInt(i, *v);
  } else {
    s.BindNull(i);
  }
}

void BindProgramme(Statement& s, const Programme& p) {
  s.BindText(1, p.id);
  s.BindText(2, p.data.name);
  s.BindText(3, p.data.kind);
  s.BindText(4, p.data.provider_agency_id);
  s.BindOptText(5, p.data.skill);
  s.BindBool(6, p.data.issues_competence_certificate);
  s.BindOptText(7, p.data.description);
  s.BindOptText(8, p.data.region_code);
  s.BindInt(9, p.version);
  s.BindTime(10, p.created_at);
  s.BindTime(11, p.updated_at);
  s.BindText(12, p.created_by);
  s.BindText(13, p.updated_by);
}

Programme ReadProgramme(const Statement& s) {
  Programme p;
  p.id = s.Text(0);
  p.data.name = s.Text(1);
  p.data.kind = s.Text(2);
  p.data.provider_agency_id = s.Text(3);
  p.data.skill = s.OptText(4);
  p.data.issues_competence_certificate = s.Bool(5);
  p.data.description = s.OptText(6);
  p.data.region_code = s.OptText(7);
  p.version = s.Int(8);
  p.created_at = s.Time(9);
  p.updated_at = s.Time(10);
  p.created_by = s.Text(11);
  p.updated_by = s.Text(12);
  return p;
}

void BindSession(Statement& s, const TrainingSession& t) {
  s.BindText(1, t.id);
  s.BindText(2, t.programme_id);
  s.BindDate(3, t.data.starts_on);
  s.BindDate(4, t.data.ends_on);
  s.BindText(5, t.data.place);
  s.BindOptText(6, t.data.region_code);
  BindOptInt(s, 7, t.data.capacity);
  s.BindInt(8, t.version);
  s.BindTime(9, t.created_at);
  s.BindTime(10, t.updated_at);
  s.BindText(11, t.created_by);
  s.BindText(12, t.updated_by);
}

TrainingSession ReadSession(const Statement& s) {
  TrainingSession t;
  t.id = s.Text(0);
  t.programme_id = s.Text(1);
  t.data.starts_on = s.Date(2);
  t.data.ends_on = s.Date(3);
  t.data.place = s.Text(4);
  t.data.region_code = s.OptText(5);
  if (!s.IsNull(6)) t.data.capacity = s.Int(6);
  t.version = s.Int(7);
  t.created_at = s.Time(8);
  t.updated_at = s.Time(9);
  t.created_by = s.Text(10);
  t.updated_by = s.Text(11);
  return t;
}

std::string EncodeDates(const std::vector<core::Date>& dates) {
  std::vector<std::string> texts;
  for (const core::Date& d : dates) texts.push_back(d.ToString());
  return EncodeStringArray(texts);
}

core::Result<std::vector<core::Date>> DecodeDates(std::string_view json) {
  SINERGI_TRY(std::vector<std::string> texts, DecodeStringArray(json));
  std::vector<core::Date> out;
  for (const std::string& t : texts) {
    std::optional<core::Date> d = core::Date::Parse(t);
    if (!d) return core::Error::Internal("stored attendance day is not a date");
    out.push_back(*d);
  }
  return out;
}

void BindEnrolment(Statement& s, const Enrolment& e) {
  s.BindText(1, e.id);
  s.BindText(2, e.session_id);
  s.BindText(3, e.programme_id);
  s.BindText(4, e.person_id);
  s.BindText(5, domain::ToString(e.data.status));
  s.BindText(6, EncodeDates(e.data.attended_on));
  s.BindOptDate(7, e.data.completed_on);
  s.BindOptText(8, e.data.certificate_number);
  s.BindOptDate(9, e.data.certificate_issued_on);
  s.BindOptText(10, e.data.note);
  s.BindInt(11, e.version);
  s.BindTime(12, e.created_at);
  s.BindTime(13, e.updated_at);
  s.BindText(14, e.created_by);
  s.BindText(15, e.updated_by);
}

core::Result<Enrolment> ReadEnrolment(const Statement& s) {
  Enrolment e;
  e.id = s.Text(0);
  e.session_id = s.Text(1);
  e.programme_id = s.Text(2);
  e.person_id = s.Text(3);
  std::optional<domain::EnrolmentStatus> status = domain::ParseEnrolmentStatus(s.Text(4));
  if (!status) return core::Error::Internal("stored enrolment status is unknown");
  e.data.status = *status;
  SINERGI_TRY(e.data.attended_on, DecodeDates(s.Text(5)));
  e.data.completed_on = s.OptDate(6);
  e.data.certificate_number = s.OptText(7);
  e.data.certificate_issued_on = s.OptDate(8);
  e.data.note = s.OptText(9);
  e.version = s.Int(10);
  e.created_at = s.Time(11);
  e.updated_at = s.Time(12);
  e.created_by = s.Text(13);
  e.updated_by = s.Text(14);
  return e;
}

core::Result<std::vector<Enrolment>> ReadEnrolments(Statement& s) {
  std::vector<Enrolment> out;
  while (true) {
    SINERGI_TRY(bool row, s.Step());
    if (!row) break;
    SINERGI_TRY(Enrolment e, ReadEnrolment(s));
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

core::Status SqliteTrainingRepository::InsertProgramme(const Programme& programme) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertProgramme));
  BindProgramme(*stmt, programme);
  return stmt->Exec(kProgrammeWrite);
}

core::Result<Programme> SqliteTrainingRepository::GetProgramme(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetProgramme));
  stmt->BindText(1, id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return ProgrammeNotFound();
  return ReadProgramme(*stmt);
}

core::Status SqliteTrainingRepository::UpdateProgramme(const Programme& programme, std::int64_t expected_version) {
  int changed = 0;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kUpdateProgramme));
    BindProgramme(*stmt, programme);
    stmt->BindInt(14, expected_version);
    SINERGI_TRY_STATUS(stmt->Exec(kProgrammeWrite));
    changed = stmt->Changes();
  }
  if (changed > 0) return core::Ok();
  return Unchanged(conn_, kProgrammeExists, programme.id, ProgrammeNotFound());
}

core::Result<std::vector<Programme>> SqliteTrainingRepository::ListProgrammes(
    const domain::ports::ProgrammeFilter& filter, int limit) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListProgrammes));
  stmt->BindInt(1, limit);
  stmt->BindOptText(2, filter.provider_agency_id);
  stmt->BindOptText(3, filter.kind);
  std::vector<Programme> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    out.push_back(ReadProgramme(*stmt));
  }
  return out;
}

core::Status SqliteTrainingRepository::InsertSession(const TrainingSession& session) {
  SINERGI_TRY(bool programme, Exists(conn_, kProgrammeExists, session.programme_id));
  if (!programme) return ProgrammeNotFound();
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertSession));
  BindSession(*stmt, session);
  return stmt->Exec(kSessionWrite);
}

core::Result<TrainingSession> SqliteTrainingRepository::GetSession(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetSession));
  stmt->BindText(1, id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return SessionNotFound();
  return ReadSession(*stmt);
}

core::Status SqliteTrainingRepository::UpdateSession(const TrainingSession& session, std::int64_t expected_version) {
  int changed = 0;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kUpdateSession));
    BindSession(*stmt, session);
    stmt->BindInt(13, expected_version);
    SINERGI_TRY_STATUS(stmt->Exec(kSessionWrite));
    changed = stmt->Changes();
  }
  if (changed > 0) return core::Ok();
  return Unchanged(conn_, kSessionExists, session.id, SessionNotFound());
}

core::Result<std::vector<TrainingSession>> SqliteTrainingRepository::ListSessions(const std::string& programme_id,
                                                                                  int limit) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListSessions));
  stmt->BindText(1, programme_id);
  stmt->BindInt(2, limit);
  std::vector<TrainingSession> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    out.push_back(ReadSession(*stmt));
  }
  return out;
}

core::Status SqliteTrainingRepository::InsertEnrolment(const Enrolment& enrolment) {
  SINERGI_TRY(bool session, Exists(conn_, kSessionExists, enrolment.session_id));
  if (!session) return SessionNotFound();
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertEnrolment));
  BindEnrolment(*stmt, enrolment);
  return stmt->Exec(kEnrolmentWrite);
}

core::Result<Enrolment> SqliteTrainingRepository::GetEnrolment(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetEnrolment));
  stmt->BindText(1, id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return EnrolmentNotFound();
  return ReadEnrolment(*stmt);
}

core::Status SqliteTrainingRepository::UpdateEnrolment(const Enrolment& enrolment, std::int64_t expected_version) {
  int changed = 0;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kUpdateEnrolment));
    BindEnrolment(*stmt, enrolment);
    stmt->BindInt(16, expected_version);
    SINERGI_TRY_STATUS(stmt->Exec(kEnrolmentWrite));
    changed = stmt->Changes();
  }
  if (changed > 0) return core::Ok();
  return Unchanged(conn_, kEnrolmentExists, enrolment.id, EnrolmentNotFound());
}

core::Result<std::vector<Enrolment>> SqliteTrainingRepository::ListSessionEnrolments(const std::string& session_id,
                                                                                     int limit) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kSessionEnrolments));
  stmt->BindText(1, session_id);
  stmt->BindInt(2, limit);
  return ReadEnrolments(*stmt);
}

core::Result<std::vector<Enrolment>> SqliteTrainingRepository::ListPersonEnrolments(const std::string& person_id,
                                                                                    int limit) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kPersonEnrolments));
  stmt->BindText(1, person_id);
  stmt->BindInt(2, limit);
  return ReadEnrolments(*stmt);
}

core::Result<std::int64_t> SqliteTrainingRepository::CountSeatsTaken(const std::string& session_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kSeatsTaken));
  stmt->BindText(1, session_id);
  SINERGI_TRY(bool row, stmt->Step());
  if (!row) return core::Error::Internal("count returned no row");
  return stmt->Int(0);
}

}  // namespace sinergi::storage::sqlite
