#pragma once
// What the sign-in, sign-out and Me handlers share: the session cookies and the permission names of an actor.
// Stateless and thread-safe.
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"
#include "domain/actor.hpp"
#include "domain/auth_service.hpp"
#include "http/response.hpp"

namespace sinergi::http {

// Adds `sinergi_session=<token>` (HttpOnly) and `sinergi_csrf=<csrf token>` (readable by the UI), both
// SameSite=Strict, Path=/, Max-Age up to the session's absolute expiry, and Secure when `secure`.
void SetSessionCookies(Response& res, const domain::LoginResult& login, core::Timestamp now, bool secure);
// Expires both cookies (Max-Age=0).
void ClearSessionCookies(Response& res, bool secure);
// The names of the permissions domain/policy grants the actor ("reference_read", "registry_read", ...).
std::vector<std::string> PermissionNames(const domain::Actor& actor);
// Seconds a locked-out client should wait (Retry-After) for a kRateLimited sign-in error: the error's
// "retry_after" field (seconds) when it has one, else the time until the RFC 3339 timestamp its message names
// ("try again after <until>"), at least 1; 60 when it names neither.
long RetryAfterSeconds(const core::Error& e, core::Timestamp now);

}  // namespace sinergi::http
