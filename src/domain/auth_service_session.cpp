// AuthService: checking a session token on every request, CSRF tokens, signing out.
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

// last_seen_at is written at most this often: a busy session would otherwise take the writer lock on every
// request. The idle timeout is minutes, so a minute of imprecision does not matter.
constexpr std::chrono::seconds kTouchInterval{60};

Error SessionInvalid() {
  return {ErrorCode::kUnauthenticated, "auth.session_invalid", "The session is not valid; sign in again."};
}

Error SessionExpired() {
  return {ErrorCode::kUnauthenticated, "auth.session_expired", "The session has expired; sign in again."};
}

Status RequireUserSession(const Actor& actor) {
  if (actor.id.empty() || actor.IsSystem() || actor.session_id.empty()) {
    return Error(ErrorCode::kUnauthenticated, "auth.required", "Sign in first.");
  }
  return core::Ok();
}

}  // namespace

Actor Principal::ToActor(const std::string& correlation_id, const std::string& ip) const {
  Actor actor;
  actor.id = user.id;
  actor.display_name = user.display_name;
  actor.correlation_id = correlation_id;
  actor.agency_id = user.agency_id;
  actor.roles = user.roles;
  actor.ip = ip;
  actor.session_id = session.id;
  actor.scope = user.scope;
  actor.agency_region = agency.region_code.value_or("");
  return actor;
}

Result<Principal> AuthService::Authenticate(const std::string& token) {
  if (token.empty()) return SessionInvalid();
  const core::Timestamp now = clock_.Now();
  Principal principal;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    Result<Session> session = uow->identity().GetSessionByTokenHash(core::Blake2bHex(token));
    if (!session) {
      if (session.error().code() == ErrorCode::kNotFound) return SessionInvalid();
      return session.error();
    }
    if (session->revoked_at) return SessionInvalid();
    if (now >= session->expires_at || now > session->last_seen_at + options_.idle_timeout) return SessionExpired();
    SINERGI_TRY(principal.user, uow->identity().GetUser(session->user_id));
    SINERGI_TRY(principal.agency, uow->identity().GetAgency(principal.user.agency_id));
    // Disabling revokes sessions; checking again here covers an agency disabled as a whole.
    if (principal.user.disabled || principal.agency.disabled) return SessionInvalid();
    principal.session = std::move(*session);
  }
  if (now - principal.session.last_seen_at > kTouchInterval) {
    // A busy database must not sign the user out: the next request touches again. Other errors pass through.
    Result<std::unique_ptr<ports::UnitOfWork>> uow = db_.Begin(TxMode::kWrite);
    Status st = uow ? (*uow)->identity().TouchSession(principal.session.id, now) : Status(uow.error());
    if (st) st = (*uow)->Commit();
    if (st) {
      principal.session.last_seen_at = now;
    } else if (st.error().code() != ErrorCode::kUnavailable) {
      return st.error();
    }
  }
  return principal;
}

bool AuthService::CheckCsrf(const Session& session, const std::string& csrf_token) const {
  if (csrf_token.empty() || session.csrf_hash.empty()) return false;
  return core::ConstantTimeEquals(core::Blake2bHex(csrf_token), session.csrf_hash);
}

Status AuthService::Logout(const Actor& actor) {
  SINERGI_TRY_STATUS(RequireUserSession(actor));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY_STATUS(uow->identity().RevokeSession(actor.session_id, now));
  SINERGI_TRY_STATUS(AppendAudit(*uow, clock_, ids_, actor, {"logout", "session", actor.session_id, {}, {}, {}}));
  return uow->Commit();
}

Result<int> AuthService::LogoutEverywhere(const Actor& actor) {
  SINERGI_TRY_STATUS(RequireUserSession(actor));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(int revoked, uow->identity().RevokeUserSessions(actor.id, now));
  SINERGI_TRY_STATUS(AppendAudit(*uow, clock_, ids_, actor,
                                 {"logout_all", "user", actor.id, {}, {}, "revoked=" + std::to_string(revoked)}));
  SINERGI_TRY_STATUS(uow->Commit());
  return revoked;
}

}  // namespace sinergi::domain
