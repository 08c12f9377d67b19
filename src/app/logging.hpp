#pragma once
#include <spdlog/formatter.h>

#include <memory>
#include <string>

namespace sinergi::app {
// Sets up spdlog: JSON lines on stderr for the default logger; the HTTP layer's "access" logger prints the
// JSON it is given. level: trace|debug|info|warn|error (validated by config).
void SetUpLogging(const std::string& level);
// The formatter of the default logger: one JSON object per line, the message JSON-escaped, UTC timestamps.
std::unique_ptr<spdlog::formatter> NewJsonLineFormatter();
}  // namespace sinergi::app
