// The metadata of coordination meeting attachments in SQLite (migration 0018_meeting_attachments.sql). The file
// name and description are sealed; the bytes are in the blob store.
#include <string>
#include <utility>
#include <vector>

#include "storage/sqlite/sqlite_coordination_repository.hpp"
#include "storage/sqlite/sqlite_coordination_rows.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::MeetingAttachment;

#define SINERGI_ATTACHMENT_COLUMNS \
  "id, meeting_id, kind, file_name, media_type, size_bytes, sha256, description, created_at, created_by"
constexpr Query kInsertAttachment{"coordination.attachment.insert",
                                  "INSERT INTO coordination_meeting_attachments (" SINERGI_ATTACHMENT_COLUMNS
                                  ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"};
constexpr Query kGetAttachment{"coordination.attachment.get", "SELECT " SINERGI_ATTACHMENT_COLUMNS
                                                              " FROM coordination_meeting_attachments WHERE id = ?1"};
constexpr Query kListAttachments{"coordination.attachment.list",
                                 "SELECT " SINERGI_ATTACHMENT_COLUMNS
                                 " FROM coordination_meeting_attachments WHERE meeting_id = ?1 "
                                 "ORDER BY created_at, id"};
#undef SINERGI_ATTACHMENT_COLUMNS
constexpr Query kDeleteAttachment{"coordination.attachment.delete",
                                  "DELETE FROM coordination_meeting_attachments WHERE id = ?1"};

const ConstraintReasons kAttachmentWrite =
    ConstraintReasons()
        .PrimaryKey({"meeting_attachment.exists", "A meeting attachment with this id already exists."})
        .ForeignKey({"meeting.not_found", "No meeting has this id."});

core::Error AttachmentNotFound() {
  return core::Error::NotFound("meeting_attachment.not_found", "No meeting attachment has this id.");
}

core::Result<MeetingAttachment> ReadAttachment(const Statement& s, const Sealer& sealer) {
  MeetingAttachment a;
  a.id = s.Text(0);
  a.meeting_id = s.Text(1);
  a.kind = s.Text(2);
  SINERGI_TRY(a.file_name, sealer.Open(s.Text(3)));
  a.media_type = s.Text(4);
  a.size_bytes = s.Int(5);
  a.sha256 = s.Text(6);
  SINERGI_TRY(a.description, sealer.Open(s.OptText(7)));
  a.created_at = s.Time(8);
  a.created_by = s.Text(9);
  return a;
}

}  // namespace

core::Status SqliteCoordinationRepository::InsertMeetingAttachment(const MeetingAttachment& attachment) {
  SINERGI_TRY(std::string file_name, sealer_.Seal(attachment.file_name));
  SINERGI_TRY(auto description, sealer_.Seal(attachment.description));
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertAttachment));
  stmt->BindText(1, attachment.id);
  stmt->BindText(2, attachment.meeting_id);
  stmt->BindText(3, attachment.kind);
  stmt->BindText(4, file_name);
  stmt->BindText(5, attachment.media_type);
  stmt->BindInt(6, attachment.size_bytes);
  stmt->BindText(7, attachment.sha256);
  stmt->BindOptText(8, description);
  stmt->BindTime(9, attachment.created_at);
  stmt->BindText(10, attachment.created_by);
  return stmt->Exec(kAttachmentWrite);
}

core::Result<MeetingAttachment> SqliteCoordinationRepository::GetMeetingAttachment(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetAttachment));
  stmt->BindText(1, id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return AttachmentNotFound();
  return ReadAttachment(*stmt, sealer_);
}

core::Result<std::vector<MeetingAttachment>> SqliteCoordinationRepository::ListMeetingAttachments(
    const std::string& meeting_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListAttachments));
  stmt->BindText(1, meeting_id);
  std::vector<MeetingAttachment> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    SINERGI_TRY(MeetingAttachment a, ReadAttachment(*stmt, sealer_));
    out.push_back(std::move(a));
  }
}

core::Status SqliteCoordinationRepository::DeleteMeetingAttachment(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kDeleteAttachment));
  stmt->BindText(1, id);
  SINERGI_TRY_STATUS(stmt->Exec());
  if (stmt->Changes() == 0) return AttachmentNotFound();
  return core::Ok();
}

}  // namespace sinergi::storage::sqlite
