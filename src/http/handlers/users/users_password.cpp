// POST /api/v1/users/{id}/password {password} -> 204: an administrator sets a new password (strength-checked by
// the domain); every session of that user ends.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response UsersPassword(Request& req, ApiDeps& deps) {
  core::Result<std::string> password =
      ReadBody<std::string>(req, [](JsonReader& reader) { return reader.ReqString("password"); });
  if (!password) return ErrorResponse(password.error(), req);
  core::Result<domain::User> user = deps.identity.GetUser(req.actor, req.Param("id"));
  if (!user) return ErrorResponse(user.error(), req);
  if (core::Status done = deps.identity.ResetPassword(req.actor, user->username, *password); !done) {
    return ErrorResponse(done.error(), req);
  }
  Response res;
  res.status = 204;
  res.content_type.clear();
  return res;
}

}  // namespace sinergi::http
