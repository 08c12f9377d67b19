// POST /api/v1/meetings/{id}/attachments (Idempotency-Key): the raw file is the body, its media type the
// Content-Type, its kind the X-Attachment-Kind header (codelist jenis_lampiran_rapat), its name X-File-Name
// (percent-encoded UTF-8), an optional X-Description (likewise) -> 201 metadata. Only coordination writers of the
// meeting's agencies upload; the type is checked on the bytes, as for case attachments.
#include "http/dto_meeting_attachment.hpp"
#include "http/handlers/case_attachments/case_attachments_headers.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {
namespace {

core::Error BadHeader(const std::string& field) {
  return core::Error::Validation({{field, "invalid_format", "Send the value percent-encoded (UTF-8)."}});
}

}  // namespace

Response MeetingAttachmentsCreate(Request& req, ApiDeps& deps) {
  domain::AttachmentUpload upload;
  upload.content = req.body;
  upload.media_type = std::string(req.Header("content-type").value_or(""));
  std::optional<std::string> name = detail::PercentDecode(req.Header("x-file-name").value_or(""));
  if (!name) return ErrorResponse(BadHeader("file_name"), req);
  upload.file_name = std::move(*name);
  if (std::optional<std::string_view> description = req.Header("x-description")) {
    std::optional<std::string> decoded = detail::PercentDecode(*description);
    if (!decoded) return ErrorResponse(BadHeader("description"), req);
    upload.description = std::move(*decoded);
  }
  std::string kind(req.Header("x-attachment-kind").value_or(""));
  core::Result<domain::MeetingAttachment> a =
      deps.meeting_attachments->Upload(req.actor, req.Param("id"), std::move(kind), std::move(upload));
  if (!a) return ErrorResponse(a.error(), req);
  return JsonResponse(201, MeetingAttachmentToJson({*a, true}));
}

}  // namespace sinergi::http
