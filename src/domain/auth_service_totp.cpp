// AuthService: TOTP enrolment of the signed-in user. Begin stores a pending secret; Confirm with a code from the
// authenticator app activates it. An active second factor cannot be replaced this way (a stolen session must not
// be able to move the factor to the thief's phone).
#include <utility>

#include "core/crypto.hpp"
#include "domain/audit_log.hpp"
#include "domain/auth_service.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;
using ports::TxMode;

Result<User> SignedInUser(ports::UnitOfWork& uow, const Actor& actor) {
  if (actor.id.empty() || actor.IsSystem()) {
    return Error(ErrorCode::kUnauthenticated, "auth.required", "Sign in first.");
  }
  SINERGI_TRY(User user, uow.identity().GetUser(actor.id));
  if (user.totp_secret) {
    return Error::Conflict("auth.totp_already_enabled", "Two-step verification is already set up.");
  }
  return user;
}

}  // namespace

Result<TotpSetup> AuthService::BeginTotpSetup(const Actor& actor) {
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(User user, SignedInUser(*uow, actor));
  TotpSetup setup;
  setup.secret = core::NewTotpSecret();
  setup.uri = core::TotpUri(setup.secret, user.username);
  const std::int64_t expected_version = user.version;
  user.totp_pending_secret = setup.secret;
  user.version = expected_version + 1;
  user.updated_at = clock_.Now();
  SINERGI_TRY_STATUS(uow->identity().UpdateUser(user, expected_version));
  SINERGI_TRY_STATUS(uow->Commit());
  return setup;
}

Status AuthService::ConfirmTotp(const Actor& actor, const std::string& code) {
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(User user, SignedInUser(*uow, actor));
  if (!user.totp_pending_secret) {
    return Error::Invalid("auth.totp_not_started", "Start the set-up first.");
  }
  const core::Timestamp now = clock_.Now();
  const std::int64_t unix_seconds = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
  if (!core::VerifyTotp(*user.totp_pending_secret, code, unix_seconds)) {
    return Error::Invalid("auth.totp_invalid", "The code is wrong or has expired.",
                          {{"code", "invalid", "Enter the current 6-digit code from the app."}});
  }
  const std::int64_t expected_version = user.version;
  user.totp_secret = std::move(user.totp_pending_secret);
  user.totp_pending_secret.reset();
  user.version = expected_version + 1;
  user.updated_at = now;
  SINERGI_TRY_STATUS(uow->identity().UpdateUser(user, expected_version));
  SINERGI_TRY_STATUS(
      AppendAudit(*uow, clock_, ids_, actor, {"totp_enabled", "user", user.id, {}, {"totp_secret"}, {}}));
  return uow->Commit();
}

}  // namespace sinergi::domain
