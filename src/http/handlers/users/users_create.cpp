// POST /api/v1/users {username, display_name, agency_code, roles, scope?, password} -> 201 user, Location,
// ETag. The password is strength-checked by the domain, stored only as an Argon2id hash, and never returned.
// No Idempotency-Key: the idempotency record would keep a fast (unsalted) hash of a body holding the password;
// a retried create is answered 409 user.username_taken instead.
#include "http/dto_read.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response UsersCreate(Request& req, ApiDeps& deps) {
  core::Result<UserCreateBody> body = ReadBody<UserCreateBody>(req, ReadUserCreate);
  if (!body) return ErrorResponse(body.error(), req);
  core::Result<domain::User> user = deps.identity.CreateUser(req.actor, std::move(body->input), body->password);
  if (!user) return ErrorResponse(user.error(), req);
  Response res = ResourceResponse(201, UserToJson(*user), user->version);
  res.SetHeader("Location", "/api/v1/users/" + user->id);
  return res;
}

}  // namespace sinergi::http
