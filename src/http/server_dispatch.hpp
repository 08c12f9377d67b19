#pragma once
// Turns a parsed Request into a Response: route -> access check (Router::Invoke) -> handler, else static file,
// else 404; a route with another method -> 405 with Allow. This is the catch-all edge of STYLE.md §4: whatever
// a handler throws is logged with the correlation id and answered as 500 "internal" with nothing else.
// Beast-free, so it is testable without sockets.
#include <optional>
#include <string>
#include <string_view>

#include "http/request.hpp"
#include "http/response.hpp"
#include "http/router.hpp"
#include "http/server_static.hpp"

namespace sinergi::http::detail {

struct Dispatched {
  Response response;
  std::string route;  // metrics/log label: the route template, "static" or "unmatched"
};

// static_files may be null. Never throws.
Dispatched Dispatch(const Router& router, const StaticFiles* static_files, Request& req) noexcept;

// "GET", "HEAD", ...; "OTHER" for methods Sinergi does not route.
std::string_view MethodName(Method method);

// The client's X-Request-Id when it is 1..64 chars of [A-Za-z0-9._-], else 32 hex chars from libsodium.
std::string CorrelationIdFrom(std::optional<std::string_view> client_value);

}  // namespace sinergi::http::detail
