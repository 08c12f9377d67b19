// GET /api/v1/meetings/{id}/attachments -> {items: [attachment metadata with downloadable]}, oldest first. Every
// signed-in user who reads the meeting lists them.
#include "http/dto_meeting_attachment.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response MeetingAttachmentsList(Request& req, ApiDeps& deps) {
  core::Result<std::vector<domain::MeetingAttachmentView>> items =
      deps.meeting_attachments->List(req.actor, req.Param("id"));
  if (!items) return ErrorResponse(items.error(), req);
  boost::json::array out;
  for (const domain::MeetingAttachmentView& a : *items) out.emplace_back(MeetingAttachmentToJson(a));
  return JsonResponse(200, boost::json::object{{"items", std::move(out)}});
}

}  // namespace sinergi::http
