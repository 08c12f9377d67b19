#pragma once
// Serves the built web UI from a folder (ServerOptions::web_root) for GET/HEAD paths outside /api/ that no
// route claims. Paths without a file extension that do not exist fall back to index.html, so client-side
// routes ("/persons/01H...") load the single-page app. Beast-free; thread-safe (read-only after construction).
#include <filesystem>
#include <optional>

#include "http/request.hpp"
#include "http/response.hpp"

namespace sinergi::http::detail {

class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root);

  // nullopt: not a static-file request (method, or under /api/). Otherwise the file (200), a refusal of a
  // path that tries to leave the root (400 bad_request), or 404 not_found.
  // Files under /assets/ are content-hashed by the UI build, so they are sent as immutable.
  std::optional<Response> Serve(const Request& req) const;

 private:
  std::filesystem::path root_;  // lexically normal, absolute
};

// Content-Type by file extension; application/octet-stream when unknown.
const char* ContentTypeFor(const std::filesystem::path& file);

}  // namespace sinergi::http::detail
