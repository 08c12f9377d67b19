// TEST DOUBLE: agencies, users, sessions and login throttles in memory, with the error reasons of
// ports/identity_repository.hpp and the same rules as the SQLite tables (unique agency code and username, a
// user's agency and a session's user must exist).
#include <utility>

#include "domain/testing/in_memory_repositories.hpp"

namespace sinergi::domain::test_doubles::detail {
namespace {

using core::Error;
using core::Result;
using core::Status;

Error AgencyNotFound() {
  return Error::NotFound("agency.not_found", "No agency has this id.");
}
Error UserNotFound() {
  return Error::NotFound("user.not_found", "No user has this id.");
}
Error SessionNotFound() {
  return Error::NotFound("session.not_found", "No such session.");
}

}  // namespace

Status InMemoryIdentityRepository::CheckAgencyCode(const Agency& agency) const {
  for (const auto& [id, a] : s_.agencies) {
    if (id != agency.id && a.code == agency.code) {
      return Error::Conflict("agency.code_taken", "Another agency has this code.");
    }
  }
  return core::Ok();
}

Status InMemoryIdentityRepository::CheckUser(const User& user) const {
  for (const auto& [id, u] : s_.users) {
    if (id != user.id && u.username == user.username) {
      return Error::Conflict("user.username_taken", "Another user has this username.");
    }
  }
  if (!s_.agencies.contains(user.agency_id)) return AgencyNotFound();
  return core::Ok();
}

Status InMemoryIdentityRepository::InsertAgency(const Agency& agency) {
  if (s_.agencies.contains(agency.id)) return Error::Conflict("agency.exists", "An agency with this id exists.");
  SINERGI_TRY_STATUS(CheckAgencyCode(agency));
  s_.agencies[agency.id] = agency;
  return core::Ok();
}

Result<Agency> InMemoryIdentityRepository::GetAgency(const std::string& id) {
  auto it = s_.agencies.find(id);
  if (it == s_.agencies.end()) return AgencyNotFound();
  return it->second;
}

Result<Agency> InMemoryIdentityRepository::GetAgencyByCode(const std::string& code) {
  for (const auto& [id, a] : s_.agencies) {
    if (a.code == code) return a;
  }
  return AgencyNotFound();
}

Status InMemoryIdentityRepository::UpdateAgency(const Agency& agency, std::int64_t expected_version) {
  auto it = s_.agencies.find(agency.id);
  if (it == s_.agencies.end()) return AgencyNotFound();
  if (it->second.version != expected_version) return Error::StaleVersion();
  SINERGI_TRY_STATUS(CheckAgencyCode(agency));
  it->second = agency;
  return core::Ok();
}

Result<ports::Page<Agency>> InMemoryIdentityRepository::ListAgencies(const ports::PageRequest& page) {
  std::vector<Agency> all;
  for (const auto& [id, a] : s_.agencies) all.push_back(a);
  return Paginate(std::move(all), page, [](const Agency& a) { return a.id; });
}

Status InMemoryIdentityRepository::InsertUser(const User& user) {
  if (s_.users.contains(user.id)) return Error::Conflict("user.exists", "A user with this id exists.");
  SINERGI_TRY_STATUS(CheckUser(user));
  s_.users[user.id] = user;
  return core::Ok();
}

Result<User> InMemoryIdentityRepository::GetUser(const std::string& id) {
  auto it = s_.users.find(id);
  if (it == s_.users.end()) return UserNotFound();
  return it->second;
}

Result<User> InMemoryIdentityRepository::GetUserByUsername(const std::string& username) {
  for (const auto& [id, u] : s_.users) {
    if (u.username == username) return u;
  }
  return UserNotFound();
}

Status InMemoryIdentityRepository::UpdateUser(const User& user, std::int64_t expected_version) {
  auto it = s_.users.find(user.id);
  if (it == s_.users.end()) return UserNotFound();
  if (it->second.version != expected_version) return Error::StaleVersion();
  SINERGI_TRY_STATUS(CheckUser(user));
  it->second = user;
  return core::Ok();
}

Result<ports::Page<User>> InMemoryIdentityRepository::ListUsers(const std::optional<std::string>& agency_id,
                                                                const ports::PageRequest& page) {
  std::vector<User> matching;
  for (const auto& [id, u] : s_.users) {
    if (!agency_id || u.agency_id == *agency_id) matching.push_back(u);
  }
  return Paginate(std::move(matching), page, [](const User& u) { return u.id; });
}

Result<std::int64_t> InMemoryIdentityRepository::CountUsers() {
  return static_cast<std::int64_t>(s_.users.size());
}

Status InMemoryIdentityRepository::InsertSession(const Session& session) {
  if (!s_.users.contains(session.user_id)) return UserNotFound();
  for (const auto& [id, existing] : s_.sessions) {
    if (id == session.id || existing.token_hash == session.token_hash) {
      return Error::Conflict("session.exists", "The session exists.");
    }
  }
  s_.sessions[session.id] = session;
  return core::Ok();
}

Result<Session> InMemoryIdentityRepository::GetSessionByTokenHash(const std::string& token_hash) {
  for (const auto& [id, session] : s_.sessions) {
    if (session.token_hash == token_hash) return session;
  }
  return SessionNotFound();
}

Status InMemoryIdentityRepository::TouchSession(const std::string& session_id, core::Timestamp last_seen_at) {
  auto it = s_.sessions.find(session_id);
  if (it == s_.sessions.end()) return SessionNotFound();
  it->second.last_seen_at = last_seen_at;
  return core::Ok();
}

// Revoking twice keeps the first time.
Status InMemoryIdentityRepository::RevokeSession(const std::string& session_id, core::Timestamp at) {
  auto it = s_.sessions.find(session_id);
  if (it == s_.sessions.end()) return SessionNotFound();
  if (!it->second.revoked_at) it->second.revoked_at = at;
  return core::Ok();
}

// Live = not revoked and not past its absolute expiry at `at`.
Result<int> InMemoryIdentityRepository::RevokeUserSessions(const std::string& user_id, core::Timestamp at) {
  int revoked = 0;
  for (auto& [id, session] : s_.sessions) {
    if (session.user_id != user_id || session.revoked_at || session.expires_at <= at) continue;
    session.revoked_at = at;
    ++revoked;
  }
  return revoked;
}

Result<LoginThrottle> InMemoryIdentityRepository::GetThrottle(const std::string& key) {
  auto it = s_.throttles.find(key);
  if (it != s_.throttles.end()) return it->second;
  LoginThrottle zero;
  zero.key = key;
  return zero;
}

Status InMemoryIdentityRepository::PutThrottle(const LoginThrottle& throttle) {
  s_.throttles[throttle.key] = throttle;
  return core::Ok();
}

Status InMemoryIdentityRepository::ClearThrottle(const std::string& key) {
  s_.throttles.erase(key);
  return core::Ok();
}

}  // namespace sinergi::domain::test_doubles::detail
