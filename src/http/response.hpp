#pragma once
#include <string>
#include <utility>
#include <vector>

namespace sinergi::http {

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers (ETag, Location, ...)

  void SetHeader(std::string name, std::string value);
  const std::string* FindHeader(std::string_view name) const;  // case-insensitive
};

}  // namespace sinergi::http
