#include "http/request.hpp"

namespace sinergi::http {

std::optional<std::string_view> Request::Header(std::string_view lower_name) const {
  auto it = headers.find(std::string(lower_name));
  if (it == headers.end()) {
    return std::nullopt;
  }
  return std::string_view(it->second);
}

std::optional<std::string> Request::Query(const std::string& name) const {
  // lower_bound, not find: a multimap keeps equal keys in insertion order and find may return any of them.
  auto it = query.lower_bound(name);
  if (it == query.end() || it->first != name) {
    return std::nullopt;
  }
  return it->second;
}

const std::string& Request::Param(const std::string& name) const {
  static const std::string kEmpty;
  auto it = path_params.find(name);
  return it == path_params.end() ? kEmpty : it->second;
}

}  // namespace sinergi::http
