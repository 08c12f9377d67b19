#pragma once
// Authentication at the HTTP edge (docs/api.md "Sign-in, sessions and administration"). The Router runs this
// before every route not registered as kPublic (router.hpp: default deny); handlers then find the caller in
// req.actor and req.principal and leave every decision about what the caller may do to domain/policy.
//
// Credentials: `Authorization: Bearer <token>` (API clients) or the `sinergi_session` cookie (the web UI). A
// bearer token wins when both are sent. Refusals (application/problem+json):
//   401 auth.required (no credentials; `WWW-Authenticate: Bearer`), 401 auth.session_invalid / auth.session_expired
//   (from domain::AuthService::Authenticate; `WWW-Authenticate: Bearer error="invalid_token"`),
//   403 csrf_failed: a cookie-authenticated POST/PUT/PATCH/DELETE whose X-CSRF-Token does not match the session
//   (a bearer token cannot be sent by another site's page, a cookie can: that is what CSRF protection is for).
// Tokens are never logged. Thread-safe.
#include <optional>
#include <string>
#include <string_view>

#include "domain/auth_service.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "http/router.hpp"

namespace sinergi::http {

inline constexpr std::string_view kSessionCookie = "sinergi_session";  // HttpOnly: scripts never read it
inline constexpr std::string_view kCsrfCookie = "sinergi_csrf";        // readable: the UI echoes it
inline constexpr std::string_view kCsrfHeader = "x-csrf-token";

enum class CredentialSource { kNone, kBearer, kCookie };

struct Credentials {
  CredentialSource source = CredentialSource::kNone;
  std::string token;
};

// The value of cookie `name` from the Cookie header(s); nullopt when absent. Empty values count as absent.
std::optional<std::string> CookieValue(const Request& req, std::string_view name);
// The bearer token if one is sent, else the session cookie, else kNone.
Credentials CredentialsOf(const Request& req);
// POST, PUT, PATCH, DELETE and unknown methods: what a cookie may only do with a CSRF token.
bool IsUnsafeMethod(Method method);

// Authenticates `req`: on success sets req.actor (principal.ToActor(correlation id, remote ip)) and
// req.principal and returns nullopt; otherwise returns the refusal described above.
std::optional<Response> AuthenticateRequest(Request& req, domain::AuthService& auth);

// The Router's authenticator over `auth`, which must outlive the router.
Authenticator MakeAuthenticator(domain::AuthService& auth);

}  // namespace sinergi::http
