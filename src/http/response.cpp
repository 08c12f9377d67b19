#include "http/response.hpp"

#include <algorithm>
#include <cctype>

namespace sinergi::http {
namespace {

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

}  // namespace

void Response::SetHeader(std::string name, std::string value) {
  for (auto& [existing_name, existing_value] : headers) {
    if (EqualsIgnoreCase(existing_name, name)) {
      existing_value = std::move(value);
      return;
    }
  }
  headers.emplace_back(std::move(name), std::move(value));
}

const std::string* Response::FindHeader(std::string_view name) const {
  for (const auto& [existing_name, existing_value] : headers) {
    if (EqualsIgnoreCase(existing_name, name)) {
      return &existing_value;
    }
  }
  return nullptr;
}

}  // namespace sinergi::http
