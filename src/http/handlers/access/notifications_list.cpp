// GET /api/v1/notifications -> 200 {items: [...]}: the newest notifications for the caller's agency and roles.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response NotificationsList(Request& req, ApiDeps& deps) {
  core::Result<std::vector<domain::Notification>> found = deps.access.Notifications(req.actor);
  if (!found) return ErrorResponse(found.error(), req);
  boost::json::array items;
  for (const domain::Notification& n : *found) items.emplace_back(NotificationToJson(n));
  return JsonResponse(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace sinergi::http
