// DELETE /api/v1/meeting-attachments/{id} -> 204. The uploader or the convening agency removes a document (403
// meeting_attachment.not_uploader otherwise); the metadata goes, the content-addressed bytes stay.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response MeetingAttachmentsDelete(Request& req, ApiDeps& deps) {
  core::Status removed = deps.meeting_attachments->Delete(req.actor, req.Param("id"));
  if (!removed) return ErrorResponse(removed.error(), req);
  Response res;
  res.status = 204;
  res.content_type.clear();
  return res;
}

}  // namespace sinergi::http
