// POST /api/v1/notifications/{id}/read -> 200 the notification with read_at set (idempotent).
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response NotificationsRead(Request& req, ApiDeps& deps) {
  core::Result<domain::Notification> read = deps.access.MarkRead(req.actor, req.Param("id"));
  if (!read) return ErrorResponse(read.error(), req);
  return JsonResponse(200, NotificationToJson(*read));
}

}  // namespace sinergi::http
