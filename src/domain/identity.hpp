#pragma once
// Agencies, users and sessions (issue #3). Passwords are stored only as Argon2id hashes (libsodium
// crypto_pwhash_str); session tokens only as BLAKE2b hashes.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace sinergi::domain {

// type: codelist jenis_instansi. A post abroad (embassy/consulate) has a country instead of a region.
struct Agency {
  std::string id;
  std::int64_t version = 1;
  std::string code;  // unique, upper-case [A-Z0-9-]{2,40}, e.g. "BP3MI-BALI"
  std::string name;
  std::string type;
  std::optional<std::string> region_code;  // dotted province or regency code
  std::optional<std::string> country;      // ISO alpha-2, for posts abroad
  bool disabled = false;
  core::Timestamp created_at{};
  core::Timestamp updated_at{};
};

// roles: codelist peran. scope: codelist lingkup_akses (OWN, AGENCY, REGION, NATIONAL).
struct User {
  std::string id;
  std::int64_t version = 1;
  std::string username;  // lower-case [a-z0-9._-]{3,64}, unique
  std::string display_name;
  std::string agency_id;
  std::vector<std::string> roles;
  std::string scope = "AGENCY";
  std::string password_hash;                       // Argon2id string; never leaves the domain/storage
  std::optional<std::string> totp_secret;          // base32; set once TOTP is confirmed
  std::optional<std::string> totp_pending_secret;  // between setup and confirmation
  bool disabled = false;
  core::Timestamp password_changed_at{};
  core::Timestamp created_at{};
  core::Timestamp updated_at{};
};

struct Session {
  std::string id;
  std::string user_id;
  std::string token_hash;  // BLAKE2b-256 hex of the bearer/cookie token
  std::string csrf_hash;   // BLAKE2b-256 hex of the CSRF token (cookie-authenticated writes must send it)
  core::Timestamp created_at{};
  core::Timestamp last_seen_at{};
  core::Timestamp expires_at{};  // absolute expiry
  std::string ip;
  std::string user_agent;
  std::optional<core::Timestamp> revoked_at;
};

// Failed sign-ins counted per key ("user:<username>" or "ip:<address>").
struct LoginThrottle {
  std::string key;
  int failures = 0;
  core::Timestamp first_failure_at{};
  std::optional<core::Timestamp> locked_until;
};

}  // namespace sinergi::domain
