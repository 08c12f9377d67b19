// GET /api/v1/users/{id} -> user with ETag.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response UsersGet(Request& req, ApiDeps& deps) {
  core::Result<domain::User> user = deps.identity.GetUser(req.actor, req.Param("id"));
  if (!user) return ErrorResponse(user.error(), req);
  return ResourceResponse(200, UserToJson(*user), user->version);
}

}  // namespace sinergi::http
