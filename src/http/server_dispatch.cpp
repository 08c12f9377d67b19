#include "http/server_dispatch.hpp"

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <array>
#include <exception>

#include "http/problem.hpp"

namespace sinergi::http::detail {
namespace {

constexpr std::size_t kMaxClientRequestId = 64;
constexpr std::array kRoutableMethods = {Method::kGet,   Method::kHead,   Method::kPost,   Method::kPut,
                                         Method::kPatch, Method::kDelete, Method::kOptions};

bool IsSaneRequestId(std::string_view id) {
  if (id.empty() || id.size() > kMaxClientRequestId) {
    return false;
  }
  for (char c : id) {
    const bool ok =
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok) {
      return false;
    }
  }
  return true;
}

// The Router contract reports "path known, method not" without the methods, so ask it once per method.
// Only 405 answers pay for this.
std::string AllowHeader(const Router& router, const Request& req) {
  Request probe;
  probe.target = req.target;
  probe.path = req.path;
  std::string allow;
  for (Method m : kRoutableMethods) {
    probe.method = m;
    auto match = router.Find(probe);
    if (match && match->handler != nullptr) {
      if (!allow.empty()) {
        allow += ", ";
      }
      allow += MethodName(m);
    }
  }
  return allow;
}

// Sets `route` before calling anything that may throw, so a failure is still labelled with its route.
Response Route(const Router& router, const StaticFiles* static_files, Request& req, std::string& route) {
  auto match = router.Find(req);
  if (match) {
    route = match->route;
  }
  if (match && match->handler != nullptr) {
    return router.Invoke(*match, req);  // authentication first, unless the route is kPublic
  }
  if (match) {
    Response res =
        Problem(405, "method_not_allowed",
                "This resource does not support " + std::string(MethodName(req.method)) + ".", req.correlation_id);
    res.SetHeader("Allow", AllowHeader(router, req));
    return res;
  }
  if (static_files != nullptr) {
    route = "static";
    if (auto res = static_files->Serve(req)) {
      return std::move(*res);
    }
    route = "unmatched";
  }
  return Problem(404, "not_found", "No resource at this path.", req.correlation_id);
}

}  // namespace

Dispatched Dispatch(const Router& router, const StaticFiles* static_files, Request& req) noexcept {
  std::string route = "unmatched";
  try {
    Response res = Route(router, static_files, req, route);
    if (res.status < 100 || res.status > 599) {
      spdlog::error("http: handler returned invalid status {} correlation_id={} route={}", res.status,
                    req.correlation_id, route);
      return {InternalProblem(req.correlation_id), std::move(route)};
    }
    return {std::move(res), std::move(route)};
  } catch (const std::exception& e) {
    // The route is logged, not the path: paths may carry personal identifiers.
    spdlog::error("http: unhandled exception correlation_id={} method={} route={} what={}", req.correlation_id,
                  MethodName(req.method), route, e.what());
  } catch (...) {
    spdlog::error("http: unhandled non-standard exception correlation_id={} method={} route={}", req.correlation_id,
                  MethodName(req.method), route);
  }
  return {InternalProblem(req.correlation_id), std::move(route)};
}

std::string_view MethodName(Method method) {
  switch (method) {
    case Method::kGet:
      return "GET";
    case Method::kHead:
      return "HEAD";
    case Method::kPost:
      return "POST";
    case Method::kPut:
      return "PUT";
    case Method::kPatch:
      return "PATCH";
    case Method::kDelete:
      return "DELETE";
    case Method::kOptions:
      return "OPTIONS";
    case Method::kOther:
      return "OTHER";
  }
  return "OTHER";
}

std::string CorrelationIdFrom(std::optional<std::string_view> client_value) {
  if (client_value && IsSaneRequestId(*client_value)) {
    return std::string(*client_value);
  }
  std::array<unsigned char, 16> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  std::array<char, bytes.size() * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
  return std::string(hex.data(), bytes.size() * 2);
}

}  // namespace sinergi::http::detail
