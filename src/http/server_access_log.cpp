#include "http/server_access_log.hpp"

#include <fmt/format.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <chrono>

#include "core/date.hpp"

namespace sinergi::http::detail {
namespace {

// A NIK has 16 digits; ids are ULIDs (letters and digits) and never hold a run this long in practice.
constexpr std::size_t kRedactDigitRun = 12;

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

std::shared_ptr<spdlog::logger> AccessLogger() {
  if (auto existing = spdlog::get("access")) {
    return existing;
  }
  auto logger = std::make_shared<spdlog::logger>("access", std::make_shared<spdlog::sinks::stdout_sink_mt>());
  logger->set_pattern("%v");
  try {
    spdlog::register_logger(logger);
  } catch (const spdlog::spdlog_ex&) {
    // Another thread registered it first; use that one.
    if (auto existing = spdlog::get("access")) {
      return existing;
    }
  }
  return logger;
}

std::string RedactPath(std::string_view path) {
  std::string out;
  out.reserve(path.size());
  std::size_t i = 0;
  while (i < path.size()) {
    std::size_t run = 0;
    while (i + run < path.size() && IsDigit(path[i + run])) {
      ++run;
    }
    if (run >= kRedactDigitRun) {
      out += "<redacted>";
    } else {
      out.append(path.substr(i, run));
    }
    i += run;
    if (run == 0) {
      out += path[i];
      ++i;
    }
  }
  return out;
}

std::string AccessLine(const AccessRecord& r) {
  // Strings go through Boost.JSON for escaping; numbers through fmt so that duration_ms reads "12.345"
  // rather than Boost.JSON's "1.2345E1".
  auto str = [](std::string_view s) { return boost::json::serialize(boost::json::string_view(s.data(), s.size())); };
  const auto now = std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
  return fmt::format(R"({{"ts":{},"level":"info","msg":"request","method":{},"path":{},"route":{},"status":{},)"
                     R"("duration_ms":{:.3f},"bytes":{},"correlation_id":{}}})",
                     str(core::FormatTimestamp(now)), str(r.method), str(RedactPath(r.path)), str(r.route), r.status,
                     std::max(r.duration_ms, 0.0), r.bytes, str(r.correlation_id));
}

void LogAccess(spdlog::logger& logger, const AccessRecord& record) {
  logger.info("{}", AccessLine(record));
}

}  // namespace sinergi::http::detail
