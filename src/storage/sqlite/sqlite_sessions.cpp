// Sessions and sign-in throttles of SqliteIdentityRepository (agencies and users: sqlite_identity_repository.cpp).
#include <string>

#include "storage/sqlite/sqlite_repositories.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::LoginThrottle;
using domain::Session;

constexpr Query kInsertSession{"session.insert",
                               "INSERT INTO sessions (id, user_id, token_hash, csrf_hash, created_at, last_seen_at, "
                               "expires_at, ip, user_agent, revoked_at) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"};
constexpr Query kGetSessionByToken{"session.get_by_token_hash",
                                   "SELECT id, user_id, token_hash, csrf_hash, created_at, last_seen_at, expires_at, "
                                   "ip, user_agent, revoked_at FROM sessions WHERE token_hash = ?1"};
constexpr Query kTouchSession{"session.touch", "UPDATE sessions SET last_seen_at = ?2 WHERE id = ?1"};
// Revoking twice keeps the first time; the second statement tells "already revoked" from "no such session".
constexpr Query kRevokeSession{"session.revoke",
                               "UPDATE sessions SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL"};
constexpr Query kSessionExists{"session.exists", "SELECT 1 FROM sessions WHERE id = ?1"};
// Live sessions only: not revoked and not past their absolute expiry at ?2.
constexpr Query kRevokeUserSessions{"session.revoke_user",
                                    "UPDATE sessions SET revoked_at = ?2 WHERE user_id = ?1 AND revoked_at IS NULL "
                                    "AND expires_at > ?2"};

constexpr Query kGetThrottle{"throttle.get",
                             "SELECT failures, first_failure_at, locked_until FROM login_throttles WHERE key = ?1"};
constexpr Query kPutThrottle{"throttle.put",
                             "INSERT INTO login_throttles (key, failures, first_failure_at, locked_until) "
                             "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, "
                             "first_failure_at = excluded.first_failure_at, locked_until = excluded.locked_until"};
constexpr Query kClearThrottle{"throttle.clear", "DELETE FROM login_throttles WHERE key = ?1"};

const ConstraintReasons kSessionWrite = ConstraintReasons()
                                            .Unique({"session.exists", "The session already exists."})
                                            .ForeignKey({"user.not_found", "No user has this id."});

const ConstraintReasons kThrottleWrite =
    ConstraintReasons().Check({"throttle.invalid", "A failure count cannot be negative."});

core::Error SessionNotFound() {
  return core::Error::NotFound("session.not_found", "No such session.");
}

}  // namespace

core::Status SqliteIdentityRepository::InsertSession(const Session& session) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertSession));
  stmt->BindText(1, session.id);
  stmt->BindText(2, session.user_id);
  stmt->BindText(3, session.token_hash);
  stmt->BindText(4, session.csrf_hash);
  stmt->BindTime(5, session.created_at);
  stmt->BindTime(6, session.last_seen_at);
  stmt->BindTime(7, session.expires_at);
  stmt->BindText(8, session.ip);
  stmt->BindText(9, session.user_agent);
  stmt->BindOptTime(10, session.revoked_at);
  return stmt->Exec(kSessionWrite);
}

core::Result<Session> SqliteIdentityRepository::GetSessionByTokenHash(const std::string& token_hash) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetSessionByToken));
  stmt->BindText(1, token_hash);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return SessionNotFound();
  Session s;
  s.id = stmt->Text(0);
  s.user_id = stmt->Text(1);
  s.token_hash = stmt->Text(2);
  s.csrf_hash = stmt->Text(3);
  s.created_at = stmt->Time(4);
  s.last_seen_at = stmt->Time(5);
  s.expires_at = stmt->Time(6);
  s.ip = stmt->Text(7);
  s.user_agent = stmt->Text(8);
  s.revoked_at = stmt->OptTime(9);
  return s;
}

core::Status SqliteIdentityRepository::TouchSession(const std::string& session_id, core::Timestamp last_seen_at) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kTouchSession));
  stmt->BindText(1, session_id);
  stmt->BindTime(2, last_seen_at);
  SINERGI_TRY_STATUS(stmt->Exec());
  if (stmt->Changes() == 0) return SessionNotFound();
  return core::Ok();
}

core::Status SqliteIdentityRepository::RevokeSession(const std::string& session_id, core::Timestamp at) {
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kRevokeSession));
    stmt->BindText(1, session_id);
    stmt->BindTime(2, at);
    SINERGI_TRY_STATUS(stmt->Exec());
    if (stmt->Changes() > 0) return core::Ok();
  }
  SINERGI_TRY(auto exists, conn_.Prepare(kSessionExists));
  exists->BindText(1, session_id);
  SINERGI_TRY(bool found, exists->Step());
  if (!found) return SessionNotFound();
  return core::Ok();
}

core::Result<int> SqliteIdentityRepository::RevokeUserSessions(const std::string& user_id, core::Timestamp at) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kRevokeUserSessions));
  stmt->BindText(1, user_id);
  stmt->BindTime(2, at);
  SINERGI_TRY_STATUS(stmt->Exec());
  return stmt->Changes();
}

core::Result<LoginThrottle> SqliteIdentityRepository::GetThrottle(const std::string& key) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetThrottle));
  stmt->BindText(1, key);
  SINERGI_TRY(bool found, stmt->Step());
  LoginThrottle t;
  t.key = key;
  if (!found) return t;
  t.failures = static_cast<int>(stmt->Int(0));
  t.first_failure_at = stmt->Time(1);
  t.locked_until = stmt->OptTime(2);
  return t;
}

core::Status SqliteIdentityRepository::PutThrottle(const LoginThrottle& throttle) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kPutThrottle));
  stmt->BindText(1, throttle.key);
  stmt->BindInt(2, throttle.failures);
  stmt->BindTime(3, throttle.first_failure_at);
  stmt->BindOptTime(4, throttle.locked_until);
  return stmt->Exec(kThrottleWrite);
}

core::Status SqliteIdentityRepository::ClearThrottle(const std::string& key) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kClearThrottle));
  stmt->BindText(1, key);
  return stmt->Exec();
}

}  // namespace sinergi::storage::sqlite
