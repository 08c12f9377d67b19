// GET /api/v1/meeting-attachments/{id}/content -> the bytes with their stored media type. Always a download, never
// rendered (the headers of case attachments: Content-Disposition attachment, nosniff, a sandboxing CSP, no
// caching). An attendance list needs the right to see the meeting's representatives (403
// meeting_attachment.restricted). Audited as an export.
#include "http/handlers/case_attachments/case_attachments_headers.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response MeetingAttachmentsContent(Request& req, ApiDeps& deps) {
  core::Result<domain::MeetingAttachmentContent> content =
      deps.meeting_attachments->Download(req.actor, req.Param("id"));
  if (!content) return ErrorResponse(content.error(), req);
  Response res;
  res.status = 200;
  res.content_type = content->attachment.media_type;
  res.body = std::move(content->bytes);
  res.SetHeader("Content-Disposition", detail::AttachmentDisposition(content->attachment.file_name));
  res.SetHeader("X-Content-Type-Options", "nosniff");
  res.SetHeader("Content-Security-Policy", "sandbox; default-src 'none'");
  res.SetHeader("Cache-Control", "no-store");
  return res;
}

}  // namespace sinergi::http
