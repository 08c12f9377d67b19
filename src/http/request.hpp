#pragma once
// Sinergi's own request type: handlers never see Beast (which stays in server*.cpp), so they compile fast and
// can be unit-tested without sockets.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "domain/actor.hpp"

namespace sinergi::domain {
struct Principal;
}  // namespace sinergi::domain

namespace sinergi::http {

enum class Method { kGet, kHead, kPost, kPut, kPatch, kDelete, kOptions, kOther };

struct Request {
  Method method = Method::kGet;
  std::string target;                                    // raw target, e.g. "/api/v1/persons?limit=5"
  std::string path;                                      // decoded path without query
  std::multimap<std::string, std::string> query;         // decoded query parameters
  std::unordered_map<std::string, std::string> headers;  // lower-case names
  std::string body;
  std::string correlation_id;                                // X-Request-Id if sane, else generated
  std::string remote_ip;                                     // the peer address of the connection (server)
  std::unordered_map<std::string, std::string> path_params;  // filled by the router: "{id}" -> value
  domain::Actor actor;                                       // who is acting (set by the server)
  // The signed-in user, agency and session behind `actor` (http/auth.hpp); null on kPublic routes.
  std::shared_ptr<const domain::Principal> principal;

  std::optional<std::string_view> Header(std::string_view lower_name) const;
  std::optional<std::string> Query(const std::string& name) const;  // first value
  const std::string& Param(const std::string& name) const;          // path param; empty if absent
};

}  // namespace sinergi::http
