// Services delivered to a case, its notes and the metadata of its attachments in SQLite (migrations
// 0010_case_services.sql, 0011_case_attachments.sql). The outcome of a service, the text of a note and the file name
// and description of an attachment are sealed (storage/common/sealed_fields.hpp).
#include <string>
#include <utility>

#include "storage/sqlite/sqlite_case_work.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::CaseNote;
using domain::CaseServiceDelivery;

#define SINERGI_SERVICE_COLUMNS                                                                                    \
  "id, case_id, version, person_id, service, provider_agency_id, status, requested_on, started_on, completed_on, " \
  "reference, outcome, created_at, updated_at, created_by, updated_by"
constexpr Query kInsertService{"case_work.insert_service",
                               "INSERT INTO case_services (" SINERGI_SERVICE_COLUMNS
                               ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"};
constexpr Query kGetService{"case_work.get_service",
                            "SELECT " SINERGI_SERVICE_COLUMNS " FROM case_services WHERE id = ?1"};
constexpr Query kListServices{"case_work.list_services", "SELECT " SINERGI_SERVICE_COLUMNS
                                                         " FROM case_services WHERE case_id = ?1 "
                                                         "ORDER BY requested_on, id"};
// ?1..?16 as SINERGI_SERVICE_COLUMNS; ?17 the expected version. The fixed columns are not written.
constexpr Query kUpdateService{"case_work.update_service",
                               "UPDATE case_services SET version = ?3, status = ?7, requested_on = ?8, "
                               "started_on = ?9, completed_on = ?10, reference = ?11, outcome = ?12, "
                               "updated_at = ?14, updated_by = ?16 WHERE id = ?1 AND version = ?17"};
constexpr Query kServiceExists{"case_work.service_exists", "SELECT 1 FROM case_services WHERE id = ?1"};
#undef SINERGI_SERVICE_COLUMNS

constexpr Query kInsertNote{"case_work.insert_note",
                            "INSERT INTO case_notes (id, case_id, text, created_at, created_by) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)"};
constexpr Query kListNotes{"case_work.list_notes",
                           "SELECT id, case_id, text, created_at, created_by FROM case_notes WHERE case_id = ?1 "
                           "ORDER BY created_at, id"};
#define SINERGI_ATTACHMENT_COLUMNS \
  "id, case_id, file_name, media_type, size_bytes, sha256, description, created_at, created_by"
constexpr Query kInsertAttachment{"case_work.insert_attachment",
                                  "INSERT INTO case_attachments (" SINERGI_ATTACHMENT_COLUMNS
                                  ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"};
constexpr Query kGetAttachment{"case_work.get_attachment",
                               "SELECT " SINERGI_ATTACHMENT_COLUMNS " FROM case_attachments WHERE id = ?1"};
constexpr Query kListAttachments{"case_work.list_attachments", "SELECT " SINERGI_ATTACHMENT_COLUMNS
                                                               " FROM case_attachments WHERE case_id = ?1 "
                                                               "ORDER BY created_at, id"};
#undef SINERGI_ATTACHMENT_COLUMNS
constexpr Query kCaseExists{"case_work.case_exists", "SELECT 1 FROM cases WHERE id = ?1"};

const ConstraintReasons kServiceWrite =
    ConstraintReasons()
        .PrimaryKey({"case_service.exists", "A case service with this id already exists."})
        .ForeignKey({"person.not_found", "No person has this id."});
const ConstraintReasons kNoteWrite = ConstraintReasons()
                                         .PrimaryKey({"case_note.exists", "A case note with this id already exists."})
                                         .ForeignKey({"case.not_found", "No case has this id."});

const ConstraintReasons kAttachmentWrite =
    ConstraintReasons()
        .PrimaryKey({"case_attachment.exists", "A case attachment with this id already exists."})
        .ForeignKey({"case.not_found", "No case has this id."});

core::Result<domain::CaseAttachment> ReadAttachment(const Statement& s, const Sealer& sealer) {
  domain::CaseAttachment a;
  a.id = s.Text(0);
  a.case_id = s.Text(1);
  SINERGI_TRY(a.file_name, sealer.Open(s.Text(2)));
  a.media_type = s.Text(3);
  a.size_bytes = s.Int(4);
  a.sha256 = s.Text(5);
  SINERGI_TRY(a.description, sealer.Open(s.OptText(6)));
  a.created_at = s.Time(7);
  a.created_by = s.Text(8);
  return a;
}

core::Error ServiceNotFound() {
  return core::Error::NotFound("case_service.not_found", "No case service has this id.");
}

core::Status BindService(Statement& s, const CaseServiceDelivery& c, const Sealer& sealer) {
  SINERGI_TRY(auto outcome, sealer.Seal(c.data.outcome));
  s.BindText(1, c.id);
  s.BindText(2, c.case_id);
  s.BindInt(3, c.version);
  s.BindOptText(4, c.data.person_id);
  s.BindText(5, c.data.service);
  s.BindOptText(6, c.data.provider_agency_id);
  s.BindText(7, c.data.status);
  s.BindDate(8, c.data.requested_on);
  s.BindOptDate(9, c.data.started_on);
  s.BindOptDate(10, c.data.completed_on);
  s.BindOptText(11, c.data.reference);
  s.BindOptText(12, outcome);
  s.BindTime(13, c.created_at);
  s.BindTime(14, c.updated_at);
  s.BindText(15, c.created_by);
  s.BindText(16, c.updated_by);
  return core::Ok();
}

core::Result<CaseServiceDelivery> ReadService(const Statement& s, const Sealer& sealer) {
  CaseServiceDelivery c;
  c.id = s.Text(0);
  c.case_id = s.Text(1);
  c.version = s.Int(2);
  c.data.person_id = s.OptText(3);
  c.data.service = s.Text(4);
  c.data.provider_agency_id = s.OptText(5);
  c.data.status = s.Text(6);
  c.data.requested_on = s.Date(7);
  c.data.started_on = s.OptDate(8);
  c.data.completed_on = s.OptDate(9);
  c.data.reference = s.OptText(10);
  SINERGI_TRY(c.data.outcome, sealer.Open(s.OptText(11)));
  c.created_at = s.Time(12);
  c.updated_at = s.Time(13);
  c.created_by = s.Text(14);
  c.updated_by = s.Text(15);
  return c;
}

}  // namespace

core::Status SqliteCaseWorkRepository::InsertService(const CaseServiceDelivery& service) {
  core::Status inserted = core::Ok();
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kInsertService));
    SINERGI_TRY_STATUS(BindService(*stmt, service, sealer_));
    inserted = stmt->Exec(kServiceWrite);
  }
  return ExplainMissing(std::move(inserted), service.case_id);
}

core::Result<CaseServiceDelivery> SqliteCaseWorkRepository::GetService(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetService));
  stmt->BindText(1, id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return ServiceNotFound();
  return ReadService(*stmt, sealer_);
}

core::Status SqliteCaseWorkRepository::UpdateService(const CaseServiceDelivery& service,
                                                     std::int64_t expected_version) {
  int changed = 0;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kUpdateService));
    SINERGI_TRY_STATUS(BindService(*stmt, service, sealer_));
    stmt->BindInt(17, expected_version);
    SINERGI_TRY_STATUS(stmt->Exec(kServiceWrite));
    changed = stmt->Changes();
  }
  if (changed > 0) return core::Ok();
  SINERGI_TRY(auto stmt, conn_.Prepare(kServiceExists));
  stmt->BindText(1, service.id);
  SINERGI_TRY(bool exists, stmt->Step());
  if (!exists) return ServiceNotFound();
  return core::Error::StaleVersion();
}

core::Result<std::vector<CaseServiceDelivery>> SqliteCaseWorkRepository::ListServices(const std::string& case_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListServices));
  stmt->BindText(1, case_id);
  std::vector<CaseServiceDelivery> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    SINERGI_TRY(auto s, ReadService(*stmt, sealer_));
    out.push_back(std::move(s));
  }
}

core::Status SqliteCaseWorkRepository::InsertNote(const CaseNote& note) {
  SINERGI_TRY(std::string text, sealer_.Seal(note.text));
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertNote));
  stmt->BindText(1, note.id);
  stmt->BindText(2, note.case_id);
  stmt->BindText(3, text);
  stmt->BindTime(4, note.created_at);
  stmt->BindText(5, note.created_by);
  return stmt->Exec(kNoteWrite);
}

core::Result<std::vector<CaseNote>> SqliteCaseWorkRepository::ListNotes(const std::string& case_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListNotes));
  stmt->BindText(1, case_id);
  std::vector<CaseNote> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    CaseNote n;
    n.id = stmt->Text(0);
    n.case_id = stmt->Text(1);
    SINERGI_TRY(n.text, sealer_.Open(stmt->Text(2)));
    n.created_at = stmt->Time(3);
    n.created_by = stmt->Text(4);
    out.push_back(std::move(n));
  }
}

core::Status SqliteCaseWorkRepository::InsertAttachment(const domain::CaseAttachment& attachment) {
  SINERGI_TRY(std::string file_name, sealer_.Seal(attachment.file_name));
  SINERGI_TRY(auto description, sealer_.Seal(attachment.description));
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertAttachment));
  stmt->BindText(1, attachment.id);
  stmt->BindText(2, attachment.case_id);
  stmt->BindText(3, file_name);
  stmt->BindText(4, attachment.media_type);
  stmt->BindInt(5, attachment.size_bytes);
  stmt->BindText(6, attachment.sha256);
  stmt->BindOptText(7, description);
  stmt->BindTime(8, attachment.created_at);
  stmt->BindText(9, attachment.created_by);
  return stmt->Exec(kAttachmentWrite);
}

core::Result<domain::CaseAttachment> SqliteCaseWorkRepository::GetAttachment(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetAttachment));
  stmt->BindText(1, id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return core::Error::NotFound("case_attachment.not_found", "No case attachment has this id.");
  return ReadAttachment(*stmt, sealer_);
}

core::Result<std::vector<domain::CaseAttachment>> SqliteCaseWorkRepository::ListAttachments(
    const std::string& case_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListAttachments));
  stmt->BindText(1, case_id);
  std::vector<domain::CaseAttachment> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    SINERGI_TRY(auto a, ReadAttachment(*stmt, sealer_));
    out.push_back(std::move(a));
  }
}

core::Status SqliteCaseWorkRepository::ExplainMissing(core::Status failed, const std::string& case_id) {
  if (failed.ok() || failed.error().reason() != "person.not_found") return failed;
  SINERGI_TRY(auto stmt, conn_.Prepare(kCaseExists));
  stmt->BindText(1, case_id);
  SINERGI_TRY(bool exists, stmt->Step());
  if (!exists) return core::Error::NotFound("case.not_found", "No case has this id.");
  return failed;
}

}  // namespace sinergi::storage::sqlite
