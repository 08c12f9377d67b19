#pragma once
// Maps (method, path template) to a handler. Templates use {name} segments: "/api/v1/persons/{id}".
// Built once at start, then read-only: Find() and Invoke() are thread-safe.
//
// Access is DEFAULT DENY: a route is kAuthenticated unless it is registered as kPublic, and Invoke() runs a
// kAuthenticated handler only after the authenticator accepted the request. A router without an authenticator
// refuses every kAuthenticated request with 401, so forgetting to wire authentication protects rather than
// exposes.
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

enum class RouteAccess {
  kAuthenticated,  // the default: only a request the authenticator accepts reaches the handler
  kPublic,         // reachable without credentials (sign-in, health, the contract); must be said explicitly
};

// Decides whether a request for a kAuthenticated route may proceed: sets req.actor and returns nullopt, or
// returns the refusal (401/403 problem). Called concurrently from the server's threads.
using Authenticator = std::function<std::optional<Response>(Request&)>;

class Router {
 public:
  void Add(Method method, std::string path_template, Handler handler, RouteAccess access = RouteAccess::kAuthenticated);
  // Installs the check Invoke() applies to kAuthenticated routes. Call once while wiring, before serving.
  void SetAuthenticator(Authenticator authenticator);

  struct Match {
    const Handler* handler = nullptr;
    std::string route;  // the template, used as the metrics label
    RouteAccess access = RouteAccess::kAuthenticated;
  };
  // Fills req.path_params. nullopt: no route for the path. A route for the path with another method gives
  // Match{nullptr, route} so the server can answer 405.
  std::optional<Match> Find(Request& req) const;
  // Runs the matched handler (match.handler must be set) behind its access check: a kAuthenticated route first
  // passes the authenticator, whose refusal is returned instead; without an authenticator it is 401
  // "auth.required". The only way the server calls handlers.
  Response Invoke(const Match& match, Request& req) const;

 private:
  struct Route {
    Method method;
    std::string path_template;
    std::vector<std::string> segments;
    Handler handler;
    RouteAccess access;
  };
  std::vector<Route> routes_;
  Authenticator authenticator_;
};

}  // namespace sinergi::http
