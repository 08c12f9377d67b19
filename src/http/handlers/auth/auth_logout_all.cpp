// POST /api/v1/auth/logout-all -> 200 {revoked}: ends every session of the signed-in user (a lost phone, a
// shared computer) and clears this client's cookies.
#include "http/handlers/auth/session_support.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response AuthLogoutAll(Request& req, ApiDeps& deps) {
  core::Result<int> revoked = deps.auth.LogoutEverywhere(req.actor);
  if (!revoked) return ErrorResponse(revoked.error(), req);
  Response res = JsonResponse(200, boost::json::object{{"revoked", *revoked}});
  ClearSessionCookies(res, deps.secure_cookies);
  return res;
}

}  // namespace sinergi::http
