#include "http/handlers/auth/session_support.hpp"

#include <array>
#include <cctype>
#include <charconv>
#include <chrono>

#include "domain/policy.hpp"
#include "http/auth.hpp"

namespace sinergi::http {
namespace {

constexpr long kDefaultRetryAfterSeconds = 60;

// Set-Cookie may repeat, so it is appended rather than set (Response::SetHeader replaces by name).
void AddCookie(Response& res, std::string_view name, const std::string& value, long max_age, bool http_only,
               bool secure) {
  std::string cookie =
      std::string(name) + "=" + value + "; Path=/; Max-Age=" + std::to_string(max_age) + "; SameSite=Strict";
  if (http_only) cookie += "; HttpOnly";
  if (secure) cookie += "; Secure";
  res.headers.emplace_back("Set-Cookie", std::move(cookie));
}

std::optional<long> WholeNumber(std::string_view text) {
  long value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
}

// The first RFC 3339 timestamp inside `text` ("...after 2026-01-31T08:00:00.000Z.").
std::optional<core::Timestamp> FirstTimestamp(std::string_view text) {
  for (std::size_t i = 0; i + 20 <= text.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i])) == 0 || text[i + 4] != '-') continue;
    const std::size_t z = text.find('Z', i);
    if (z == std::string_view::npos) return std::nullopt;
    if (std::optional<core::Timestamp> at = core::ParseTimestamp(text.substr(i, z - i + 1))) return at;
  }
  return std::nullopt;
}

}  // namespace

void SetSessionCookies(Response& res, const domain::LoginResult& login, core::Timestamp now, bool secure) {
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(login.session.expires_at - now).count();
  const long max_age = seconds > 0 ? static_cast<long>(seconds) : 0;
  AddCookie(res, kSessionCookie, login.token, max_age, true, secure);
  AddCookie(res, kCsrfCookie, login.csrf_token, max_age, false, secure);
}

void ClearSessionCookies(Response& res, bool secure) {
  AddCookie(res, kSessionCookie, "", 0, true, secure);
  AddCookie(res, kCsrfCookie, "", 0, false, secure);
}

std::vector<std::string> PermissionNames(const domain::Actor& actor) {
  std::vector<std::string> names;
  for (domain::Permission p : domain::kAllPermissions) {
    if (domain::Authorize(actor, p)) names.emplace_back(domain::ToString(p));
  }
  return names;
}

long RetryAfterSeconds(const core::Error& e, core::Timestamp now) {
  for (const core::FieldError& f : e.fields()) {
    if (f.field == "retry_after") {
      if (std::optional<long> seconds = WholeNumber(f.message)) return *seconds;
    }
  }
  if (std::optional<core::Timestamp> until = FirstTimestamp(e.message())) {
    const auto left = std::chrono::ceil<std::chrono::seconds>(*until - now).count();
    return left < 1 ? 1 : static_cast<long>(left);
  }
  return kDefaultRetryAfterSeconds;
}

}  // namespace sinergi::http
