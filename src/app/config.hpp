#pragma once
// Static configuration: defaults <- TOML file <- SINERGI_* environment variables <- command-line flags.
// Every key is validated at start; an invalid one fails with a message naming the key.
//
// | TOML key                         | environment variable                   | flag            | default                  |
// |----------------------------------|----------------------------------------|-----------------|--------------------------|
// | server.listen                    | SINERGI_SERVER_LISTEN                  | --listen        | 127.0.0.1:8080           |
// | server.threads                   | SINERGI_SERVER_THREADS                 | --threads       | 4                        |
// | server.max_body_bytes            | SINERGI_SERVER_MAX_BODY_BYTES          |                 | 1048576                  |
// | server.request_timeout_seconds   | SINERGI_SERVER_REQUEST_TIMEOUT_SECONDS |                 | 30                       |
// | server.drain_timeout_seconds     | SINERGI_SERVER_DRAIN_TIMEOUT_SECONDS   |                 | 20                       |
// | server.web_root                  | SINERGI_SERVER_WEB_ROOT                | --web-root      | "" (API only)            |
// | server.secure_cookies            | SINERGI_SERVER_SECURE_COOKIES          |                 | false                    |
// | database.url                     | SINERGI_DATABASE_URL                   | --db            | sqlite:data/sinergi.db   |
// | database.pool_size               | SINERGI_DATABASE_POOL_SIZE             |                 | 4                        |
// | database.busy_timeout_ms         | SINERGI_DATABASE_BUSY_TIMEOUT_MS       |                 | 5000                     |
// | reference.dir                    | SINERGI_REFERENCE_DIR                  | --reference-dir | reference/node_modules   |
// | attachments.dir                  | SINERGI_ATTACHMENTS_DIR                |                 | data/attachments         |
// | attachments.max_bytes            | SINERGI_ATTACHMENTS_MAX_BYTES          |                 | 10485760                 |
// | log.level                        | SINERGI_LOG_LEVEL                      | --log-level     | info                     |
// | auth.idle_timeout_minutes        | SINERGI_AUTH_IDLE_TIMEOUT_MINUTES      |                 | 30                       |
// | auth.absolute_timeout_minutes    | SINERGI_AUTH_ABSOLUTE_TIMEOUT_MINUTES  |                 | 720                      |
// | auth.totp_required_roles         | SINERGI_AUTH_TOTP_REQUIRED_ROLES       |                 | [] (none)                |
// | auth.max_failures                | SINERGI_AUTH_MAX_FAILURES              |                 | 5                        |
// | auth.lock_seconds                | SINERGI_AUTH_LOCK_SECONDS              |                 | 60                       |
// | auth.max_lock_seconds            | SINERGI_AUTH_MAX_LOCK_SECONDS          |                 | 900                      |
// | referral.escalate_after_hours    | SINERGI_REFERRAL_ESCALATE_AFTER_HOURS  |                 | 72                       |
// | stats.suppression_threshold      | SINERGI_STATS_SUPPRESSION_THRESHOLD    |                 | 11                       |
//
// server.secure_cookies marks the session cookies Secure: turn it on whenever clients reach Sinergi over HTTPS
// (directly or through a TLS-terminating proxy). auth.totp_required_roles is a TOML array of role codes
// (codelist peran), or a comma-separated list in the environment ("SYSTEM_ADMIN,SUPERVISOR"): users holding
// one of them must sign in with a TOTP code. After auth.max_failures failed sign-ins an account (or address) is
// locked for auth.lock_seconds, doubling per further failure up to auth.max_lock_seconds, so an attacker can
// delay a real user but never lock them out for good. The absolute timeout must not be shorter than the idle one.
// attachments.dir holds the sealed contents of case attachments (created at start; relative paths are taken from
// the working directory, like the SQLite default); attachments.max_bytes (1..64 MiB) is the largest upload, and
// serve raises its body limit to it when server.max_body_bytes is smaller (app/commands.cpp).
// referral.escalate_after_hours (1..720): a referral unanswered this long is escalated once to the receiving
// agency's supervisors (serve checks every 5 minutes; `sinergi referrals escalate` runs the check by hand).
// stats.suppression_threshold (2..1000): k of the small-cell suppression of national and public figures
// (domain/suppression.hpp; 11 is the CTDC choice).
#include <cstdint>
#include <string>
#include <vector>

#include "cli/invocation.hpp"
#include "core/result.hpp"

namespace sinergi::app {

struct Config {
  std::string listen_host = "127.0.0.1";
  std::uint16_t listen_port = 8080;
  int threads = 4;
  std::int64_t max_body_bytes = 1024 * 1024;
  int request_timeout_seconds = 30;
  int drain_timeout_seconds = 20;
  std::string web_root;
  bool secure_cookies = false;
  std::string database_url = "sqlite:data/sinergi.db";
  int pool_size = 4;
  int busy_timeout_ms = 5000;
  std::string reference_dir = "reference/node_modules";
  std::string attachments_dir = "data/attachments";
  std::int64_t attachments_max_bytes = 10LL * 1024 * 1024;
  std::string log_level = "info";
  int auth_idle_timeout_minutes = 30;
  int auth_absolute_timeout_minutes = 720;
  std::vector<std::string> auth_totp_required_roles;
  int auth_max_failures = 5;
  int auth_lock_seconds = 60;
  int auth_max_lock_seconds = 900;
  std::string data_key_file;
  std::string data_keys;  // secret: key ring text; never log it
  int retention_deleted_person_days = 365;
  int retention_session_days = 90;
  int retention_idempotency_key_days = 2;
  int retention_notification_days = 180;
  int referral_escalate_after_hours = 72;
  std::int64_t stats_suppression_threshold = 11;
  // End-to-end tests only: a file holding seconds to shift the clock by (core::NewOffsetFileClock). Empty: the
  // system clock as it is.
  std::string clock_offset_file;
};

// security.data_keys separates key lines by newlines or commas; this turns it into core::KeyRing::Parse text.
std::string NormalizeKeyRingText(std::string text);

// Errors: kInvalid "config.invalid" whose field errors name the offending key (e.g. "server.threads").
core::Result<Config> LoadConfig(const cli::CommonFlags& common, const cli::ServeCommand* serve);

}  // namespace sinergi::app
