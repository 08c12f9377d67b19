// GET /api/v1/users?agency_id=&limit=&cursor= -> page of users (system administrators).
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response UsersList(Request& req, ApiDeps& deps) {
  core::Result<domain::ports::PageRequest> page = ReadPageRequest(req);
  if (!page) return ErrorResponse(page.error(), req);
  core::Result<domain::ports::Page<domain::User>> users =
      deps.identity.ListUsers(req.actor, QueryText(req, "agency_id"), *page);
  if (!users) return ErrorResponse(users.error(), req);
  return JsonResponse(200, PageToJson(*users, UserToJson));
}

}  // namespace sinergi::http
