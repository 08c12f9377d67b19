// GET /api/v1/directory/agencies/{id} -> the enabled agency with its directory entry (version 0 and empty when
// nobody described it yet), ETag = the entry's version: the base of a PUT. Every signed-in user.
#include "http/dto_directory.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response DirectoryGet(Request& req, ApiDeps& deps) {
  core::Result<domain::DirectoryListing> listing = deps.directory->GetListing(req.actor, req.Param("id"));
  if (!listing) return ErrorResponse(listing.error(), req);
  return ResourceResponse(200, DirectoryAgencyToJson(listing->agency, listing->entry), listing->entry.version);
}

}  // namespace sinergi::http
