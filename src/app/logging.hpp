#pragma once
#include <string>

namespace sinergi::app {
// Sets up spdlog: JSON lines on stderr for the default logger; the HTTP layer's "access" logger prints the
// JSON it is given. level: trace|debug|info|warn|error (validated by config).
void SetUpLogging(const std::string& level);
}  // namespace sinergi::app
