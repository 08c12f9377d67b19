// CaseAttachmentService: upload, list and download of case attachments. Access mirrors the notes
// (case_work_service_notes.cpp): the case's sensitive fields are needed for everything.
#include "domain/case_attachment_service.hpp"

#include <utility>

#include "domain/audit_log.hpp"
#include "domain/detail/case_access.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::Result;
using ports::TxMode;

core::Status RequireAttachmentAccess(ports::UnitOfWork& uow, const Actor& actor, const Case& c) {
  detail::CaseGate gate(uow, actor);
  SINERGI_TRY(bool sees, gate.SeesSensitive(c));
  if (sees) return core::Ok();
  return Error(core::ErrorCode::kForbidden, "forbidden",
               "The attachments of a case need access to its sensitive fields (owning agency or national scope).");
}

Error AttachmentNotFound() {
  return Error::NotFound("case_attachment.not_found", "No case attachment has this id.");
}

}  // namespace

Result<CaseAttachment> CaseAttachmentService::Upload(const Actor& actor, const std::string& case_id,
                                                     AttachmentUpload upload) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  // Access first, so that an outsider learns nothing from validation errors; checked again in the write unit.
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY(Case c, detail::GetVisibleCase(*uow, actor, case_id, /*for_write=*/true));
    SINERGI_TRY_STATUS(RequireAttachmentAccess(*uow, actor, c));
    SINERGI_TRY_STATUS(detail::RequireOpen(c));
  }
  std::vector<core::FieldError> errors = ValidateAttachmentUpload(upload.content, upload.media_type, upload.file_name,
                                                                  upload.description, options_.max_bytes);
  if (!errors.empty()) return Error::Validation(std::move(errors));
  // Outside the transaction: writing up to max_bytes to disk must not hold the database's write lock.
  SINERGI_TRY(std::string address, blobs_.Put(upload.content));

  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Case c, detail::GetVisibleCase(*uow, actor, case_id, /*for_write=*/true));
  SINERGI_TRY_STATUS(RequireAttachmentAccess(*uow, actor, c));
  SINERGI_TRY_STATUS(detail::RequireOpen(c));
  CaseAttachment a;
  a.id = ids_.NewId();
  a.case_id = case_id;
  a.file_name = std::move(upload.file_name);
  a.media_type = std::move(upload.media_type);
  a.size_bytes = static_cast<std::int64_t>(upload.content.size());
  a.sha256 = std::move(address);
  a.description = std::move(upload.description);
  a.created_at = now;
  a.created_by = actor.id;
  SINERGI_TRY_STATUS(uow->case_work().InsertAttachment(a));
  SINERGI_TRY_STATUS(
      AppendAudit(*uow, clock_, ids_, actor, {"create", "case", case_id, {a.id}, {"attachments"}, "attachment"}));
  SINERGI_TRY_STATUS(uow->Commit());
  return a;
}

Result<std::vector<CaseAttachment>> CaseAttachmentService::List(const Actor& actor, const std::string& case_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseRead));
  std::vector<CaseAttachment> items;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY(Case c, detail::GetVisibleCase(*uow, actor, case_id));
    SINERGI_TRY_STATUS(RequireAttachmentAccess(*uow, actor, c));
    SINERGI_TRY(items, uow->case_work().ListAttachments(case_id));
  }
  AuditEvent event{"read", "case", case_id, {}, {}, "attachments"};
  for (const CaseAttachment& a : items) event.record_ids.push_back(a.id);
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return items;
}

Result<AttachmentContent> CaseAttachmentService::Download(const Actor& actor, const std::string& case_id,
                                                          const std::string& attachment_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseRead));
  AttachmentContent out;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY(Case c, detail::GetVisibleCase(*uow, actor, case_id));
    SINERGI_TRY_STATUS(RequireAttachmentAccess(*uow, actor, c));
    Result<CaseAttachment> found = uow->case_work().GetAttachment(attachment_id);
    if (!found) return found.error();
    if (found->case_id != case_id) return AttachmentNotFound();
    out.attachment = std::move(*found);
  }
  Result<std::string> bytes = blobs_.Get(out.attachment.sha256);
  if (!bytes) {
    if (bytes.error().code() == core::ErrorCode::kNotFound) {
      return Error(core::ErrorCode::kInternal, "blob.missing", "The content of this attachment is missing.");
    }
    return bytes.error();
  }
  out.bytes = std::move(*bytes);
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor,
                                 {"export", "case", case_id, {out.attachment.id}, {"attachments"}, "attachment"}));
  return out;
}

}  // namespace sinergi::domain
