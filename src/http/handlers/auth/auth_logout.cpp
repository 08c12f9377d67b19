// POST /api/v1/auth/logout -> 204: ends the session this request used and clears the cookies.
#include "http/handlers/auth/session_support.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response AuthLogout(Request& req, ApiDeps& deps) {
  if (core::Status done = deps.auth.Logout(req.actor); !done) return ErrorResponse(done.error(), req);
  Response res;
  res.status = 204;
  res.content_type.clear();
  ClearSessionCookies(res, deps.secure_cookies);
  return res;
}

}  // namespace sinergi::http
