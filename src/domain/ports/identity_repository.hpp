#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/identity.hpp"
#include "domain/ports/page.hpp"

namespace sinergi::domain::ports {

// Agencies, users, sessions and login throttles. Used inside one UnitOfWork.
class IdentityRepository {
 public:
  virtual ~IdentityRepository() = default;

  // Errors: kConflict "agency.code_taken"; kNotFound "agency.not_found"; kPreconditionFailed "version_mismatch".
  virtual core::Status InsertAgency(const Agency& agency) = 0;
  virtual core::Result<Agency> GetAgency(const std::string& id) = 0;
  virtual core::Result<Agency> GetAgencyByCode(const std::string& code) = 0;
  virtual core::Status UpdateAgency(const Agency& agency, std::int64_t expected_version) = 0;
  virtual core::Result<Page<Agency>> ListAgencies(const PageRequest& page) = 0;  // by id

  // Errors: kConflict "user.username_taken"; kNotFound "user.not_found" / "agency.not_found";
  // kPreconditionFailed "version_mismatch".
  virtual core::Status InsertUser(const User& user) = 0;
  virtual core::Result<User> GetUser(const std::string& id) = 0;
  virtual core::Result<User> GetUserByUsername(const std::string& username) = 0;
  virtual core::Status UpdateUser(const User& user, std::int64_t expected_version) = 0;
  virtual core::Result<Page<User>> ListUsers(const std::optional<std::string>& agency_id, const PageRequest& page) = 0;
  virtual core::Result<std::int64_t> CountUsers() = 0;

  virtual core::Status InsertSession(const Session& session) = 0;
  // Errors: kNotFound "session.not_found".
  virtual core::Result<Session> GetSessionByTokenHash(const std::string& token_hash) = 0;
  virtual core::Status TouchSession(const std::string& session_id, core::Timestamp last_seen_at) = 0;
  virtual core::Status RevokeSession(const std::string& session_id, core::Timestamp at) = 0;
  // Revokes every live session of the user; returns how many.
  virtual core::Result<int> RevokeUserSessions(const std::string& user_id, core::Timestamp at) = 0;

  // Missing key -> a zero throttle with that key.
  virtual core::Result<LoginThrottle> GetThrottle(const std::string& key) = 0;
  virtual core::Status PutThrottle(const LoginThrottle& throttle) = 0;
  virtual core::Status ClearThrottle(const std::string& key) = 0;
};

}  // namespace sinergi::domain::ports
