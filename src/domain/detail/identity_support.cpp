#include "domain/detail/identity_support.hpp"

#include <algorithm>

#include "domain/detail/text.hpp"

namespace sinergi::domain::detail {

std::string NormaliseUsername(std::string_view username) {
  std::string out = Trim(username);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsValidUsername(std::string_view username) {
  if (username.size() < 3 || username.size() > 64) return false;
  return std::all_of(username.begin(), username.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
  });
}

bool IsValidAgencyCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 40) return false;
  return std::all_of(code.begin(), code.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'; });
}

}  // namespace sinergi::domain::detail
