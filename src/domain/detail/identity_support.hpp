#pragma once
// Pieces shared by the identity services (auth_service*.cpp, identity_service*.cpp). Internal to src/domain.
#include <string>
#include <string_view>

namespace sinergi::domain::detail {

// Usernames are case-insensitive: stored and looked up trimmed and lower-cased (ASCII).
std::string NormaliseUsername(std::string_view username);
// ^[a-z0-9._-]{3,64}$ (after NormaliseUsername).
bool IsValidUsername(std::string_view username);
// ^[A-Z0-9-]{2,40}$ (after trimming and upper-casing).
bool IsValidAgencyCode(std::string_view code);

// Throttle keys of AuthService::Login (identity.hpp LoginThrottle).
inline std::string UserThrottleKey(std::string_view username) {
  return "user:" + std::string(username);
}
inline std::string IpThrottleKey(std::string_view ip) {
  return "ip:" + std::string(ip);
}

}  // namespace sinergi::domain::detail
