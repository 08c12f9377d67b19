// POST /api/v1/auth/login {username, password, totp?} -> 200 {token, csrf_token, expires_at, user: Me} and the
// session cookies. A public route: the credentials are the body. Failures never say which part was wrong
// (401 auth.invalid_credentials), and a locked account or address gets 429 auth.locked with Retry-After.
#include "http/dto_read.hpp"
#include "http/handlers/auth/session_support.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response AuthLogin(Request& req, ApiDeps& deps) {
  core::Result<domain::LoginRequest> login = ReadBody<domain::LoginRequest>(req, ReadLoginRequest);
  if (!login) return ErrorResponse(login.error(), req);
  login->ip = req.remote_ip;
  login->user_agent = std::string(req.Header("user-agent").value_or(""));

  core::Result<domain::LoginResult> result = deps.auth.Login(*login);
  if (!result) {
    Response res = ErrorResponse(result.error(), req);
    if (result.error().code() == core::ErrorCode::kRateLimited) {
      res.SetHeader("Retry-After", std::to_string(RetryAfterSeconds(result.error(), deps.clock.Now())));
    }
    return res;
  }
  const domain::Principal principal{result->user, result->agency, result->session};
  const domain::Actor actor = principal.ToActor(req.correlation_id, req.remote_ip);
  Response res = JsonResponse(200, LoginResultToJson(*result, PermissionNames(actor)));
  res.SetHeader("Cache-Control", "no-store");
  SetSessionCookies(res, *result, deps.clock.Now(), deps.secure_cookies);
  return res;
}

}  // namespace sinergi::http
