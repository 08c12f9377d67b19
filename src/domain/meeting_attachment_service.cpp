// MeetingAttachmentService (meeting_attachment_service.hpp): documents of a coordination meeting. Access follows
// the meeting; an attendance list's content follows its representatives (CanSeeMeetingRepresentatives).
#include "domain/meeting_attachment_service.hpp"

#include <utility>

#include "domain/audit_log.hpp"
#include "domain/case_attachment.hpp"
#include "domain/codelists.hpp"
#include "domain/coordination_rules.hpp"
#include "domain/detail/coordination_support.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::Result;
using ports::TxMode;

// The meeting of an attachment with the agencies that decide who reads and writes its documents.
struct MeetingAccess {
  std::vector<std::string> agencies;   // the meeting's agencies and the forum's convener
  std::vector<std::string> conveners;  // the forum's and the meeting's convening agencies
};

Result<MeetingAccess> AccessOf(ports::UnitOfWork& uow, const std::string& meeting_id) {
  SINERGI_TRY(Meeting meeting, uow.coordination().GetMeeting(meeting_id));
  SINERGI_TRY(Forum forum, uow.coordination().GetForum(meeting.forum_id));
  MeetingAccess out;
  out.agencies = MeetingAgencies(meeting.data);
  out.agencies.push_back(forum.data.convening_agency_id);
  out.conveners = detail::Conveners(forum, meeting.data);
  return out;
}

MeetingAttachmentView ViewOf(const Actor& actor, const MeetingAccess& access, MeetingAttachment a) {
  const bool downloadable = !NamesPeople(a.kind) || CanSeeMeetingRepresentatives(actor, access.agencies);
  return {std::move(a), downloadable};
}

}  // namespace

Result<MeetingAttachment> MeetingAttachmentService::Upload(const Actor& actor, const std::string& meeting_id,
                                                           std::string kind, AttachmentUpload upload) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCoordinationWrite));
  // Access first, so that an outsider learns nothing from validation errors; checked again in the write unit.
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY(MeetingAccess access, AccessOf(*uow, meeting_id));
    SINERGI_TRY_STATUS(AuthorizeMeetingAttachmentUpload(actor, access.agencies));
  }
  std::vector<core::FieldError> errors;
  if (kind.empty()) {
    errors.push_back({"kind", "required", "Say what the document is (jenis_lampiran_rapat)."});
  } else if (!IsValidCode(kMeetingAttachmentKindList, kind)) {
    errors.push_back({"kind", "unknown_code", "Not a code of jenis_lampiran_rapat."});
  }
  for (core::FieldError& e : ValidateAttachmentUpload(upload.content, upload.media_type, upload.file_name,
                                                      upload.description, options_.max_bytes)) {
    errors.push_back(std::move(e));
  }
  if (!errors.empty()) return Error::Validation(std::move(errors));
  // Outside the transaction: writing up to max_bytes to disk must not hold the database's write lock.
  SINERGI_TRY(std::string address, blobs_.Put(upload.content));

  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(MeetingAccess access, AccessOf(*uow, meeting_id));
  SINERGI_TRY_STATUS(AuthorizeMeetingAttachmentUpload(actor, access.agencies));
  MeetingAttachment a;
  a.id = ids_.NewId();
  a.meeting_id = meeting_id;
  a.kind = std::move(kind);
  a.file_name = std::move(upload.file_name);
  a.media_type = std::move(upload.media_type);
  a.size_bytes = static_cast<std::int64_t>(upload.content.size());
  a.sha256 = std::move(address);
  a.description = std::move(upload.description);
  a.created_at = clock_.Now();
  a.created_by = actor.id;
  SINERGI_TRY_STATUS(uow->coordination().InsertMeetingAttachment(a));
  SINERGI_TRY_STATUS(
      AppendAudit(*uow, clock_, ids_, actor,
                  {"create", detail::kMeetingEntity, meeting_id, {a.id}, {"attachments"}, "attachment"}));
  SINERGI_TRY_STATUS(uow->Commit());
  return a;
}

Result<std::vector<MeetingAttachmentView>> MeetingAttachmentService::List(const Actor& actor,
                                                                          const std::string& meeting_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  SINERGI_TRY(MeetingAccess access, AccessOf(*uow, meeting_id));
  SINERGI_TRY(std::vector<MeetingAttachment> items, uow->coordination().ListMeetingAttachments(meeting_id));
  std::vector<MeetingAttachmentView> out;
  out.reserve(items.size());
  for (MeetingAttachment& a : items) out.push_back(ViewOf(actor, access, std::move(a)));
  return out;
}

Result<MeetingAttachmentView> MeetingAttachmentService::Get(const Actor& actor, const std::string& attachment_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  SINERGI_TRY(MeetingAttachment a, uow->coordination().GetMeetingAttachment(attachment_id));
  SINERGI_TRY(MeetingAccess access, AccessOf(*uow, a.meeting_id));
  return ViewOf(actor, access, std::move(a));
}

Result<MeetingAttachmentContent> MeetingAttachmentService::Download(const Actor& actor,
                                                                    const std::string& attachment_id) {
  SINERGI_TRY(MeetingAttachmentView view, Get(actor, attachment_id));
  if (!view.downloadable) {
    return Error(core::ErrorCode::kForbidden, "meeting_attachment.restricted",
                 "An attendance list names people: only the meeting's agencies and national scope download it.");
  }
  MeetingAttachmentContent out{std::move(view.attachment), {}};
  Result<std::string> bytes = blobs_.Get(out.attachment.sha256);
  if (!bytes) {
    if (bytes.error().code() == core::ErrorCode::kNotFound) {
      return Error(core::ErrorCode::kInternal, "blob.missing", "The content of this attachment is missing.");
    }
    return bytes.error();
  }
  out.bytes = std::move(*bytes);
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor,
                                 {"export",
                                  detail::kMeetingEntity,
                                  out.attachment.meeting_id,
                                  {out.attachment.id},
                                  {"attachments"},
                                  "attachment"}));
  return out;
}

core::Status MeetingAttachmentService::Delete(const Actor& actor, const std::string& attachment_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCoordinationWrite));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(MeetingAttachment a, uow->coordination().GetMeetingAttachment(attachment_id));
  SINERGI_TRY(MeetingAccess access, AccessOf(*uow, a.meeting_id));
  SINERGI_TRY_STATUS(AuthorizeMeetingAttachmentDelete(actor, access.agencies, access.conveners, a.created_by));
  SINERGI_TRY_STATUS(uow->coordination().DeleteMeetingAttachment(a.id));
  SINERGI_TRY_STATUS(
      AppendAudit(*uow, clock_, ids_, actor,
                  {"delete", detail::kMeetingEntity, a.meeting_id, {a.id}, {"attachments"}, "attachment"}));
  return uow->Commit();
}

}  // namespace sinergi::domain
