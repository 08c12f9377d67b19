#include "http/server_static.hpp"

#include <fstream>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "http/problem.hpp"

namespace sinergi::http::detail {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Splits the decoded path on '/', dropping empty segments (so "//etc/passwd" cannot become an absolute path).
// nullopt if a segment could escape the root or name something odd: "..", a backslash or a NUL.
std::optional<std::vector<std::string_view>> SafeSegments(std::string_view path) {
  std::vector<std::string_view> out;
  while (!path.empty()) {
    auto slash = path.find('/');
    std::string_view segment = path.substr(0, slash);
    path.remove_prefix(slash == std::string_view::npos ? path.size() : slash + 1);
    if (segment.empty() || segment == ".") {
      continue;
    }
    if (segment == ".." || segment.find('\\') != std::string_view::npos ||
        segment.find('\0') != std::string_view::npos) {
      return std::nullopt;
    }
    out.push_back(segment);
  }
  return out;
}

std::optional<Response> FileResponse(const std::filesystem::path& file, bool immutable) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    return std::nullopt;
  }
  const auto size = std::filesystem::file_size(file, ec);
  if (ec) {
    return std::nullopt;
  }
  Response res;
  res.body.resize(static_cast<std::size_t>(size));
  std::ifstream in(file, std::ios::binary);
  if (!in.read(res.body.data(), static_cast<std::streamsize>(res.body.size()))) {
    return std::nullopt;
  }
  res.content_type = ContentTypeFor(file);
  // index.html names the hashed assets, so it must be revalidated; the assets themselves never change.
  res.SetHeader("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  res.SetHeader("X-Content-Type-Options", "nosniff");
  return res;
}

}  // namespace

const char* ContentTypeFor(const std::filesystem::path& file) {
  static constexpr std::pair<std::string_view, const char*> kTypes[] = {{".html", "text/html; charset=utf-8"},
                                                                        {".js", "text/javascript; charset=utf-8"},
                                                                        {".mjs", "text/javascript; charset=utf-8"},
                                                                        {".css", "text/css; charset=utf-8"},
                                                                        {".svg", "image/svg+xml"},
                                                                        {".png", "image/png"},
                                                                        {".json", "application/json"},
                                                                        {".woff2", "font/woff2"},
                                                                        {".ico", "image/x-icon"}};
  const std::string ext = file.extension().string();
  for (const auto& [known, type] : kTypes) {
    if (ext == known) {
      return type;
    }
  }
  return "application/octet-stream";
}

StaticFiles::StaticFiles(std::filesystem::path root)
    : root_(std::filesystem::absolute(std::move(root)).lexically_normal()) {}

std::optional<Response> StaticFiles::Serve(const Request& req) const {
  if (req.method != Method::kGet && req.method != Method::kHead) {
    return std::nullopt;
  }
  if (req.path == "/api" || StartsWith(req.path, "/api/")) {
    return std::nullopt;
  }
  auto segments = SafeSegments(req.path);
  if (!segments) {
    return Problem(400, "bad_request", "The path is not allowed.", req.correlation_id);
  }

  std::filesystem::path file = root_;
  for (std::string_view segment : *segments) {
    file /= segment;
  }
  const bool immutable = !segments->empty() && segments->front() == "assets";
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) {
    file /= "index.html";
  }
  if (auto res = FileResponse(file, immutable)) {
    return res;
  }
  // A path whose last segment has no extension is a client-side route: serve the app shell.
  const bool looks_like_file = !segments->empty() && segments->back().find('.') != std::string_view::npos;
  if (!looks_like_file) {
    if (auto res = FileResponse(root_ / "index.html", false)) {
      return res;
    }
  }
  return Problem(404, "not_found", "No resource at this path.", req.correlation_id);
}

}  // namespace sinergi::http::detail
