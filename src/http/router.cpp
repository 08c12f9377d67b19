#include "http/router.hpp"

#include <boost/url/parse.hpp>

#include "core/assert.hpp"
#include "http/problem.hpp"

namespace sinergi::http {
namespace {

bool IsParam(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// "/" -> {}, "/a/b" -> {"a", "b"}, "/a/" -> {"a", ""}: the same shape Boost.URL gives for a target.
std::vector<std::string> SplitPath(std::string_view path) {
  std::vector<std::string> out;
  if (path.empty() || path == "/") {
    return out;
  }
  if (path.front() == '/') {
    path.remove_prefix(1);
  }
  for (;;) {
    auto slash = path.find('/');
    out.emplace_back(path.substr(0, slash));
    if (slash == std::string_view::npos) {
      break;
    }
    path.remove_prefix(slash + 1);
  }
  return out;
}

// Segments are split on the *encoded* target and decoded one by one, so "%2F" stays inside a segment
// ("/persons/a%2Fb" has two segments). Requests built without a target (unit tests) fall back to `path`.
std::vector<std::string> RequestSegments(const Request& req) {
  if (!req.target.empty()) {
    auto url = boost::urls::parse_origin_form(req.target);
    if (url) {
      std::vector<std::string> out;
      for (auto segment : url->segments()) {
        out.push_back(std::move(segment));
      }
      return out;
    }
  }
  return SplitPath(req.path);
}

bool Matches(const std::vector<std::string>& pattern, const std::vector<std::string>& segments) {
  if (pattern.size() != segments.size()) {
    return false;
  }
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (IsParam(pattern[i])) {
      if (segments[i].empty()) {
        return false;
      }
    } else if (pattern[i] != segments[i]) {
      return false;
    }
  }
  return true;
}

// True if `a` is more specific than `b`: at the first position where one has a literal and the other a
// parameter, the literal wins ("/persons/search" beats "/persons/{id}").
bool MoreSpecific(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    bool a_param = IsParam(a[i]);
    bool b_param = IsParam(b[i]);
    if (a_param != b_param) {
      return !a_param;
    }
  }
  return false;
}

}  // namespace

void Router::Add(Method method, std::string path_template, Handler handler, RouteAccess access) {
  SINERGI_CHECK(!path_template.empty() && path_template.front() == '/');
  SINERGI_CHECK(handler != nullptr);
  for (const Route& r : routes_) {
    // Registering the same route twice is a wiring bug, caught at start.
    SINERGI_CHECK(!(r.method == method && r.path_template == path_template));
  }
  auto segments = SplitPath(path_template);
  routes_.push_back(Route{method, std::move(path_template), std::move(segments), std::move(handler), access});
}

void Router::SetAuthenticator(Authenticator authenticator) {
  SINERGI_CHECK(authenticator != nullptr);
  authenticator_ = std::move(authenticator);
}

Response Router::Invoke(const Match& match, Request& req) const {
  SINERGI_CHECK(match.handler != nullptr);
  if (match.access == RouteAccess::kAuthenticated) {
    if (!authenticator_) {
      Response res = Problem(401, "auth.required", "Sign in to use this resource.", req.correlation_id);
      res.SetHeader("WWW-Authenticate", "Bearer");
      return res;
    }
    if (std::optional<Response> refused = authenticator_(req)) {
      return std::move(*refused);
    }
  }
  return (*match.handler)(req);
}

std::optional<Router::Match> Router::Find(Request& req) const {
  req.path_params.clear();
  const auto segments = RequestSegments(req);

  // The most specific template that matches the path decides; the method is chosen among its routes.
  const Route* best = nullptr;
  for (const Route& r : routes_) {
    if (Matches(r.segments, segments) && (best == nullptr || MoreSpecific(r.segments, best->segments))) {
      best = &r;
    }
  }
  if (best == nullptr) {
    return std::nullopt;
  }

  const Route* chosen = nullptr;
  const Route* get_route = nullptr;
  for (const Route& r : routes_) {
    if (r.path_template != best->path_template) {
      continue;
    }
    if (r.method == req.method) {
      chosen = &r;
    } else if (r.method == Method::kGet) {
      get_route = &r;
    }
  }
  // HEAD is served by the GET handler unless a HEAD route exists; the server drops the body.
  if (chosen == nullptr && req.method == Method::kHead) {
    chosen = get_route;
  }
  if (chosen == nullptr) {
    return Match{nullptr, best->path_template, best->access};
  }

  for (std::size_t i = 0; i < chosen->segments.size(); ++i) {
    const std::string& pattern = chosen->segments[i];
    if (IsParam(pattern)) {
      req.path_params[pattern.substr(1, pattern.size() - 2)] = segments[i];
    }
  }
  return Match{&chosen->handler, chosen->path_template, chosen->access};
}

}  // namespace sinergi::http
