#pragma once
// Maps (method, path template) to a handler. Templates use {name} segments: "/api/v1/persons/{id}".
// Built once at start, then read-only: Match() is thread-safe.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "http/request.hpp"
#include "http/response.hpp"

namespace sinergi::http {

// A handler turns a request into a response. It may throw only for bugs; expected failures become problem
// responses through http/problem.hpp. It is called concurrently from the server's threads.
using Handler = std::function<Response(Request&)>;

class Router {
 public:
  void Add(Method method, std::string path_template, Handler handler);

  struct Match {
    const Handler* handler = nullptr;
    std::string route;  // the template, used as the metrics label
  };
  // Fills req.path_params. nullopt: no route for the path. A route for the path with another method gives
  // Match{nullptr, route} so the server can answer 405.
  std::optional<Match> Find(Request& req) const;

 private:
  struct Route {
    Method method;
    std::string path_template;
    std::vector<std::string> segments;
    Handler handler;
  };
  std::vector<Route> routes_;
};

}  // namespace sinergi::http
