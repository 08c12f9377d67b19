#pragma once
// Sign-in, sessions and second factor (issue #3). Thread-safe; every call is its own unit of work.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/identity.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::domain {

struct AuthOptions {
  std::chrono::minutes idle_timeout{30};
  std::chrono::minutes absolute_timeout{12 * 60};
  std::vector<std::string> totp_required_roles;  // e.g. {"SYSTEM_ADMIN"} in production
  int max_failures = 5;                          // failures within `failure_window` before a lock
  // Per client address the threshold is higher: one office behind one NAT address shares it, and an attacker
  // spraying many accounts from one address is still stopped.
  int max_failures_per_address = 20;
  std::chrono::minutes failure_window{15};
  std::chrono::seconds base_lock{60};      // first lock; doubles per further failure...
  std::chrono::seconds max_lock{15 * 60};  // ...but never longer: an attacker cannot lock a user out forever
};

struct LoginRequest {
  std::string username;
  std::string password;
  std::optional<std::string> totp;
  std::string ip;
  std::string user_agent;
};

struct LoginResult {
  std::string token;       // give to the client once; only its hash is stored
  std::string csrf_token;  // for cookie-authenticated writes (X-CSRF-Token)
  Session session;
  User user;
  Agency agency;
};

// An authenticated caller: what the HTTP layer turns into an Actor.
struct Principal {
  User user;
  Agency agency;
  Session session;

  Actor ToActor(const std::string& correlation_id, const std::string& ip) const;
};

struct TotpSetup {
  std::string secret;  // base32, shown once
  std::string uri;     // otpauth:// URI for a QR code
};

class AuthService {
 public:
  AuthService(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids, AuthOptions options)
      : db_(db), clock_(clock), ids_(ids), options_(std::move(options)) {}

  // Errors (all audited as login_failed, never saying which part was wrong):
  //   kUnauthenticated "auth.invalid_credentials" (unknown user, wrong password, disabled user or agency);
  //   kUnauthenticated "auth.totp_required" (field "totp") when the user has TOTP (or their role requires it
  //     and it is not set up: "auth.totp_setup_required") and no/invalid code was given;
  //   kRateLimited "auth.locked" while the account or the address is locked.
  // A user whose role is in totp_required_roles but who has no TOTP secret is refused with kUnauthenticated
  // "auth.totp_setup_required", whatever code is sent. Enrolment needs a session, so such a user (e.g. the first
  // administrator made with `sinergi user add`) enrols once while the installation runs without the requirement
  // (sign in, POST /api/v1/me/totp/setup and /confirm), and the requirement is switched on afterwards.
  // Throttles are keyed "user:<lower-cased username>" and "ip:<address>" whether or not the user exists; attempts
  // during a lock are refused without being counted, so a lock ends at most max_lock after the last counted failure.
  core::Result<LoginResult> Login(const LoginRequest& request);
  // Errors: kUnauthenticated "auth.session_invalid" (unknown, revoked) / "auth.session_expired" (idle or
  // absolute expiry), or the user/agency became disabled. Refreshes last_seen_at at most once a minute.
  core::Result<Principal> Authenticate(const std::string& token);
  // True if csrf_token matches the session's CSRF token.
  bool CheckCsrf(const Session& session, const std::string& csrf_token) const;
  core::Status Logout(const Actor& actor);
  // Revokes every session of the actor's user; returns how many.
  core::Result<int> LogoutEverywhere(const Actor& actor);

  // TOTP enrolment for the signed-in user: Begin stores a pending secret; Confirm with a valid code activates it.
  core::Result<TotpSetup> BeginTotpSetup(const Actor& actor);
  core::Status ConfirmTotp(const Actor& actor, const std::string& code);

 private:
  ports::Database& db_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
  AuthOptions options_;
};

}  // namespace sinergi::domain
