#pragma once
// One structured JSON line per request on the spdlog logger "access" (raw JSON, no prefix):
//   {"ts","level":"info","msg":"request","method","path","route","status","duration_ms","bytes","correlation_id"}
// Request bodies and query strings are never logged (they may hold NIKs); long digit runs in the path (a NIK
// in /reference/nik/{nik}) are redacted.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace spdlog {
class logger;
}  // namespace spdlog

namespace sinergi::http::detail {

struct AccessRecord {
  std::string_view method;
  std::string_view path;   // decoded path without query
  std::string_view route;  // template, "static" or "unmatched"
  int status = 0;
  double duration_ms = 0;
  std::size_t bytes = 0;  // response body bytes sent
  std::string_view correlation_id;
};

// The registered "access" logger if the application configured one, else a new stdout logger printing the
// message alone ("%v"), registered under that name. Thread-safe.
std::shared_ptr<spdlog::logger> AccessLogger();

// The JSON line for `record` (exposed for tests).
std::string AccessLine(const AccessRecord& record);

void LogAccess(spdlog::logger& logger, const AccessRecord& record);

// Replaces every run of 12 or more ASCII digits with "<redacted>".
std::string RedactPath(std::string_view path);

}  // namespace sinergi::http::detail
