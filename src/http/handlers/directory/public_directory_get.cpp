// GET /api/v1/public/directory -> {items: [...], labels}: the public, read-only service directory, WITHOUT a session
// (registered with AddPublic; docs/security.md explains why that is safe). Only the agencies whose entry is public,
// with their services, regions and office contacts; no ids, no users, no case data. One indexed read of at most
// domain::kMaxDirectoryListings entries, and a Cache-Control that lets browsers and proxies keep it for a minute,
// so repeated anonymous requests stay cheap.
#include "http/dto_directory.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response PublicDirectoryGet(Request& req, ApiDeps& deps) {
  core::Result<std::vector<domain::DirectoryListing>> listings = deps.directory->PublicDirectory();
  if (!listings) return ErrorResponse(listings.error(), req);
  Response res = JsonResponse(200, PublicDirectoryToJson(*listings, deps.regions));
  res.SetHeader("Cache-Control", "public, max-age=60");
  return res;
}

}  // namespace sinergi::http
