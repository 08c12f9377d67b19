#include "app/logging.hpp"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace sinergi::app {

void SetUpLogging(const std::string& level) {
  auto logger = spdlog::stderr_logger_mt("sinergi");
  // Messages are plain text written as a JSON string field; callers never log personal data.
  logger->set_pattern(R"({"ts":"%Y-%m-%dT%H:%M:%S.%eZ","level":"%l","msg":"%v"})", spdlog::pattern_time_type::utc);
  spdlog::set_default_logger(logger);
  spdlog::set_level(spdlog::level::from_str(level));
  if (!spdlog::get("access")) {
    auto access = spdlog::stdout_logger_mt("access");
    access->set_pattern("%v");
  }
  spdlog::get("access")->set_level(spdlog::level::from_str(level));
}

}  // namespace sinergi::app
