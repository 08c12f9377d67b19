// AuthService::Login: throttling, password and second-factor checks, session creation.
//
// The slow part (Argon2id verification, tens of milliseconds) runs outside any transaction: a read unit checks
// the locks and loads the account, the password is verified with no unit open, and a short write unit records
// the outcome (throttle counters and the audit entry on failure; the session on success). The write unit
// re-reads the counters, so concurrent failures are all counted.
#include <algorithm>
#include <utility>

#include "core/crypto.hpp"
#include "domain/audit_log.hpp"
#include "domain/auth_service.hpp"
#include "domain/detail/identity_support.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;
using ports::TxMode;

// An Argon2id hash of a random password, computed once: unknown usernames are verified against it so that they
// take as long as known ones and timing does not tell which usernames exist.
const std::string& DummyHash() {
  static const std::string hash = [] {
    Result<std::string> h = core::HashPassword(core::RandomToken());
    return h.ok() ? *h : std::string();
  }();
  return hash;
}

Error InvalidCredentials() {
  return {ErrorCode::kUnauthenticated, "auth.invalid_credentials", "The username or password is wrong."};
}

bool IsLocked(const LoginThrottle& t, core::Timestamp now) {
  return t.locked_until && *t.locked_until > now;
}

// Counts one failure: restarts the count when the window since the first failure has passed, and from
// max_failures on locks for base_lock doubled per further failure, capped at max_lock.
void CountFailure(LoginThrottle& t, core::Timestamp now, const AuthOptions& options, int threshold) {
  if (t.failures <= 0 || now - t.first_failure_at > options.failure_window) {
    t.failures = 0;
    t.first_failure_at = now;
    t.locked_until.reset();
  }
  ++t.failures;
  if (t.failures < threshold) return;
  std::chrono::milliseconds lock = options.base_lock;
  const std::chrono::milliseconds cap = options.max_lock;
  for (int i = threshold; i < t.failures && lock < cap; ++i) lock *= 2;
  t.locked_until = now + std::min(lock, cap);
}

// The audit trail keeps what was typed as the username (it helps spot password-guessing campaigns), cut short
// and without control characters; never the password.
std::string TypedUsername(const std::string& typed) {
  std::string out;
  for (char c : typed) {
    if (out.size() == 64) break;
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out.push_back(c);
  }
  return out;
}

std::string LockMessage(const LoginThrottle& user, const LoginThrottle& ip, core::Timestamp now) {
  core::Timestamp until = now;
  if (IsLocked(user, now)) until = std::max(until, *user.locked_until);
  if (IsLocked(ip, now)) until = std::max(until, *ip.locked_until);
  return "Too many failed sign-ins; try again after " + core::FormatTimestamp(until) + ".";
}

}  // namespace

Result<LoginResult> AuthService::Login(const LoginRequest& request) {
  // Computed by the first sign-in of the process whatever the username, so that the one-off cost of hashing
  // does not single out unknown usernames either.
  const std::string& dummy_hash = DummyHash();
  const std::string username = detail::NormaliseUsername(request.username);
  const std::string user_key = detail::UserThrottleKey(username);
  const std::string ip_key = detail::IpThrottleKey(request.ip);
  Actor anonymous;
  anonymous.id = "anonymous";
  anonymous.ip = request.ip;

  // Writes the failure (counted or not) and its audit entry, commits, and returns `error`.
  auto fail = [&](Error error, const std::string& why, bool count, const User* user) -> Error {
    const core::Timestamp now = clock_.Now();
    Result<std::unique_ptr<ports::UnitOfWork>> uow = db_.Begin(TxMode::kWrite);
    if (!uow) return uow.error();
    ports::IdentityRepository& identity = (*uow)->identity();
    if (count) {
      for (const std::string& key : {user_key, ip_key}) {
        Result<LoginThrottle> t = identity.GetThrottle(key);
        if (!t) return t.error();
        CountFailure(*t, now, options_, key == ip_key ? options_.max_failures_per_address : options_.max_failures);
        if (Status st = identity.PutThrottle(*t); !st) return st.error();
      }
    }
    AuditEvent event{"login_failed",
                     "user",
                     user != nullptr ? user->id : std::string(),
                     {},
                     {},
                     "username=" + TypedUsername(request.username) + " reason=" + why};
    if (Status st = AppendAudit(**uow, clock_, ids_, anonymous, std::move(event)); !st) return st.error();
    if (Status st = (*uow)->Commit(); !st) return st.error();
    return error;
  };

  // 1. Locks and the account, from one snapshot.
  std::optional<User> user;
  std::optional<Agency> agency;
  {
    const core::Timestamp now = clock_.Now();
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY(LoginThrottle user_throttle, uow->identity().GetThrottle(user_key));
    SINERGI_TRY(LoginThrottle ip_throttle, uow->identity().GetThrottle(ip_key));
    if (IsLocked(user_throttle, now) || IsLocked(ip_throttle, now)) {
      uow.reset();
      // Not counted: attempts during a lock must not extend it, or the lock would never end.
      return fail({ErrorCode::kRateLimited, "auth.locked", LockMessage(user_throttle, ip_throttle, now)}, "locked",
                  false, nullptr);
    }
    Result<User> found = uow->identity().GetUserByUsername(username);
    if (found) {
      user = std::move(*found);
      SINERGI_TRY(agency, uow->identity().GetAgency(user->agency_id));
    } else if (found.error().code() != ErrorCode::kNotFound) {
      return found.error();
    }
  }

  // 2. The password, with no unit of work open; always one Argon2id verification.
  const bool password_ok =
      core::VerifyPassword(user ? user->password_hash : dummy_hash, request.password) && user.has_value();
  if (!password_ok)
    return fail(InvalidCredentials(), user ? "wrong_password" : "unknown_user", true, user ? &*user : nullptr);
  if (user->disabled || agency->disabled) {
    return fail(InvalidCredentials(), user->disabled ? "user_disabled" : "agency_disabled", true, &*user);
  }

  // 3. The second factor. A missing code is the first step of a two-step sign-in and is not counted; a wrong
  // code is counted like a wrong password, so codes cannot be guessed faster than passwords.
  const core::Timestamp now = clock_.Now();
  if (user->totp_secret) {
    if (!request.totp || request.totp->empty()) {
      return fail({ErrorCode::kUnauthenticated,
                   "auth.totp_required",
                   "Enter the code from your authenticator app.",
                   {{"totp", "required", "Enter the 6-digit code."}}},
                  "totp_missing", false, &*user);
    }
    const std::int64_t unix_seconds = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    if (!core::VerifyTotp(*user->totp_secret, *request.totp, unix_seconds)) {
      return fail({ErrorCode::kUnauthenticated,
                   "auth.totp_required",
                   "The code is wrong or has expired.",
                   {{"totp", "invalid", "The code is wrong or has expired."}}},
                  "totp_invalid", true, &*user);
    }
  } else {
    const auto& required = options_.totp_required_roles;
    const bool needs_totp = std::any_of(user->roles.begin(), user->roles.end(), [&required](const std::string& r) {
      return std::find(required.begin(), required.end(), r) != required.end();
    });
    if (needs_totp) {
      return fail({ErrorCode::kUnauthenticated, "auth.totp_setup_required",
                   "Your role requires two-step verification, which is not set up for this account yet. Ask an "
                   "administrator."},
                  "totp_setup_required", false, &*user);
    }
  }

  // 4. Success: clear the counters, open the session, audit.
  LoginResult result;
  result.token = core::RandomToken();
  result.csrf_token = core::RandomToken();
  Session& session = result.session;
  session.id = ids_.NewId();
  session.user_id = user->id;
  session.token_hash = core::Blake2bHex(result.token);
  session.csrf_hash = core::Blake2bHex(result.csrf_token);
  session.created_at = session.last_seen_at = now;
  session.expires_at = now + options_.absolute_timeout;
  session.ip = request.ip;
  session.user_agent = request.user_agent.substr(0, std::min<std::size_t>(request.user_agent.size(), 512));

  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY_STATUS(uow->identity().ClearThrottle(user_key));
  SINERGI_TRY_STATUS(uow->identity().ClearThrottle(ip_key));
  SINERGI_TRY_STATUS(uow->identity().InsertSession(session));
  result.user = std::move(*user);
  result.agency = std::move(*agency);
  const Principal principal{result.user, result.agency, session};
  SINERGI_TRY_STATUS(
      AppendAudit(*uow, clock_, ids_, principal.ToActor("", request.ip), {"login", "session", session.id, {}, {}, {}}));
  SINERGI_TRY_STATUS(uow->Commit());
  return result;
}

}  // namespace sinergi::domain
