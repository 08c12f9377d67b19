#pragma once
// Administration of agencies and users (issue #3). Every call checks Permission::kIdentityAdmin through the
// policy, writes history-free but audited changes (action permission_change for roles/scope/disable).
#include <cstdint>
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

struct AgencyInput {
  std::string code;
  std::string name;
  std::string type;                        // codelist jenis_instansi
  std::optional<std::string> region_code;  // must exist in reference data (province or regency)
  std::optional<std::string> country;      // ISO alpha-2; required for PERWAKILAN_RI, refused otherwise
  bool disabled = false;
};

struct UserInput {
  std::string username;
  std::string display_name;
  std::string agency_code;         // by code, so CLI and API read naturally
  std::vector<std::string> roles;  // codelist peran, at least one
  std::string scope = "AGENCY";    // codelist lingkup_akses
  bool disabled = false;
};

// The server-side password rule: at least 12 characters, not in the blocklist of common and Indonesian
// passwords/words (e.g. "password", "rahasia", "sayang", "bismillah", "indonesia", "merdeka", "qwerty"...), not
// containing the username, not a single repeated character. Returns field errors on "password".
std::vector<core::FieldError> CheckPasswordStrength(const std::string& password, const std::string& username);

class IdentityService {
 public:
  IdentityService(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids)
      : db_(db), clock_(clock), ids_(ids) {}

  core::Result<Agency> CreateAgency(const Actor& actor, AgencyInput input);
  core::Result<Agency> UpdateAgency(const Actor& actor, const std::string& id, AgencyInput input,
                                    std::int64_t expected_version);
  core::Result<Agency> GetAgency(const Actor& actor, const std::string& id);
  core::Result<ports::Page<Agency>> ListAgencies(const Actor& actor, const ports::PageRequest& page);
  // The directory of agencies every signed-in user may read (Permission::kReferenceRead): the agencies that are not
  // disabled, ordered by name, for choosing the receiver of a referral and naming the agencies met in cases and
  // referrals. Agencies hold no personal data, so the read is not audited. At most kMaxDirectoryAgencies.
  core::Result<std::vector<Agency>> AgencyDirectory(const Actor& actor);
  static constexpr int kMaxDirectoryAgencies = 10000;

  // Errors: validation (username format, roles, scope, unknown agency code -> field agency_code, weak password).
  core::Result<User> CreateUser(const Actor& actor, UserInput input, const std::string& password);
  // Changing roles/scope/disabled is audited as permission_change; disabling revokes the user's sessions.
  core::Result<User> UpdateUser(const Actor& actor, const std::string& id, UserInput input,
                                std::int64_t expected_version);
  core::Result<User> GetUser(const Actor& actor, const std::string& id);
  core::Result<ports::Page<User>> ListUsers(const Actor& actor, const std::optional<std::string>& agency_id,
                                            const ports::PageRequest& page);
  // Sets a new password (strength-checked), revokes all sessions of that user.
  core::Status ResetPassword(const Actor& actor, const std::string& username, const std::string& password);
  // Disables by username (CLI); revokes sessions.
  core::Status DisableUser(const Actor& actor, const std::string& username);

 private:
  ports::Database& db_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
};

}  // namespace sinergi::domain
