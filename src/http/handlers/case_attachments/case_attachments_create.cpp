// POST /api/v1/cases/{id}/attachments (Idempotency-Key): the raw file is the body, its media type the Content-Type,
// its name the X-File-Name header (percent-encoded UTF-8), an optional X-Description (likewise) -> 201 metadata.
// Only actors who may see the case's sensitive fields upload (403 otherwise); the type is checked on the bytes.
#include "http/dto_case_work.hpp"
#include "http/handlers/case_attachments/case_attachments_headers.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {
namespace {

core::Error BadHeader(const std::string& field) {
  return core::Error::Validation({{field, "invalid_format", "Send the value percent-encoded (UTF-8)."}});
}

}  // namespace

Response CaseAttachmentsCreate(Request& req, ApiDeps& deps) {
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
  core::Result<domain::CaseAttachment> a = deps.attachments->Upload(req.actor, req.Param("id"), std::move(upload));
  if (!a) return ErrorResponse(a.error(), req);
  return JsonResponse(201, CaseAttachmentToJson(*a));
}

}  // namespace sinergi::http
