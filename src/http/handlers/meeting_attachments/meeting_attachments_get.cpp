// GET /api/v1/meeting-attachments/{id} -> 200 the attachment's metadata with downloadable.
#include "http/dto_meeting_attachment.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response MeetingAttachmentsGet(Request& req, ApiDeps& deps) {
  core::Result<domain::MeetingAttachmentView> a = deps.meeting_attachments->Get(req.actor, req.Param("id"));
  if (!a) return ErrorResponse(a.error(), req);
  return JsonResponse(200, MeetingAttachmentToJson(*a));
}

}  // namespace sinergi::http
