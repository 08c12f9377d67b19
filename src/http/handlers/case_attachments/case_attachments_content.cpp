// GET /api/v1/cases/{id}/attachments/{attachment_id}/content -> the bytes with their stored media type. Always a
// download, never rendered: Content-Disposition attachment, nosniff, a sandboxing CSP that allows nothing (should
// a browser render it anyway), no caching of a victim's documents. Audited as an export.
#include "http/handlers/case_attachments/case_attachments_headers.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response CaseAttachmentsContent(Request& req, ApiDeps& deps) {
  core::Result<domain::AttachmentContent> content =
      deps.attachments->Download(req.actor, req.Param("id"), req.Param("attachment_id"));
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
