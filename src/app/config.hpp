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
// | database.url                     | SINERGI_DATABASE_URL                   | --db            | sqlite:data/sinergi.db   |
// | database.pool_size               | SINERGI_DATABASE_POOL_SIZE             |                 | 4                        |
// | database.busy_timeout_ms         | SINERGI_DATABASE_BUSY_TIMEOUT_MS       |                 | 5000                     |
// | reference.dir                    | SINERGI_REFERENCE_DIR                  | --reference-dir | reference/node_modules   |
// | log.level                        | SINERGI_LOG_LEVEL                      | --log-level     | info                     |
#include <cstdint>
#include <string>

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
  std::string database_url = "sqlite:data/sinergi.db";
  int pool_size = 4;
  int busy_timeout_ms = 5000;
  std::string reference_dir = "reference/node_modules";
  std::string log_level = "info";
};

// Errors: kInvalid "config.invalid" whose field errors name the offending key (e.g. "server.threads").
core::Result<Config> LoadConfig(const cli::CommonFlags& common, const cli::ServeCommand* serve);

}  // namespace sinergi::app
