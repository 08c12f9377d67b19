#include "http/auth.hpp"

#include <algorithm>
#include <cctype>
#include <memory>
#include <utility>

#include "http/problem.hpp"

namespace sinergi::http {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), s.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
         });
}

Response Unauthenticated(std::string code, std::string detail, std::string challenge, const Request& req) {
  Response res = Problem(401, std::move(code), std::move(detail), req.correlation_id);
  res.SetHeader("WWW-Authenticate", std::move(challenge));
  return res;
}

}  // namespace

std::optional<std::string> CookieValue(const Request& req, std::string_view name) {
  std::optional<std::string_view> header = req.Header("cookie");
  if (!header) return std::nullopt;
  // "a=1; b=2"; repeated Cookie headers arrive joined with ", " (server_convert), so split on both.
  std::string_view rest = *header;
  while (!rest.empty()) {
    const std::size_t end = rest.find_first_of(";,");
    std::string_view pair = Trim(rest.substr(0, end));
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    const std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos || Trim(pair.substr(0, eq)) != name) continue;
    std::string_view value = Trim(pair.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    if (value.empty()) continue;
    return std::string(value);
  }
  return std::nullopt;
}

Credentials CredentialsOf(const Request& req) {
  if (std::optional<std::string_view> authorization = req.Header("authorization")) {
    constexpr std::string_view kScheme = "bearer ";
    if (StartsWithIgnoreCase(*authorization, kScheme)) {
      std::string_view token = Trim(authorization->substr(kScheme.size()));
      if (!token.empty()) return {CredentialSource::kBearer, std::string(token)};
    }
  }
  if (std::optional<std::string> cookie = CookieValue(req, kSessionCookie)) {
    return {CredentialSource::kCookie, std::move(*cookie)};
  }
  return {};
}

bool IsUnsafeMethod(Method method) {
  return method != Method::kGet && method != Method::kHead && method != Method::kOptions;
}

std::optional<Response> AuthenticateRequest(Request& req, domain::AuthService& auth) {
  Credentials credentials = CredentialsOf(req);
  if (credentials.source == CredentialSource::kNone) {
    return Unauthenticated("auth.required", "Sign in to use this resource.", "Bearer", req);
  }
  core::Result<domain::Principal> principal = auth.Authenticate(credentials.token);
  if (!principal) {
    const core::Error& e = principal.error();
    if (e.code() == core::ErrorCode::kUnauthenticated) {
      return Unauthenticated(e.reason(), e.message(), "Bearer error=\"invalid_token\"", req);
    }
    return ProblemResponse(e, req.correlation_id);  // e.g. the database is unavailable: 503, not a sign-out
  }
  if (credentials.source == CredentialSource::kCookie && IsUnsafeMethod(req.method)) {
    std::optional<std::string_view> csrf = req.Header(kCsrfHeader);
    if (!csrf || csrf->empty() || !auth.CheckCsrf(principal->session, std::string(*csrf))) {
      return Problem(403, "csrf_failed",
                     "A cookie-authenticated change must send the X-CSRF-Token header with the session's CSRF token.",
                     req.correlation_id);
    }
  }
  req.actor = principal->ToActor(req.correlation_id, req.remote_ip);
  req.principal = std::make_shared<const domain::Principal>(std::move(*principal));
  return std::nullopt;
}

Authenticator MakeAuthenticator(domain::AuthService& auth) {
  return [&auth](Request& req) { return AuthenticateRequest(req, auth); };
}

}  // namespace sinergi::http
