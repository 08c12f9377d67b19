// PUT /api/v1/directory/agencies/{id} (If-Match: the entry's version, "0" for the first write; body: the whole
// entry) -> 200 the agency with its entry, ETag. The agency's own supervisor or an administrator.
#include "http/dto_directory.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response DirectoryPut(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<domain::DirectoryEntryData> input = ReadBody<domain::DirectoryEntryData>(req, ReadDirectoryEntryInput);
  if (!input) return ErrorResponse(input.error(), req);
  core::Result<domain::DirectoryListing> updated =
      deps.directory->UpdateEntry(req.actor, req.Param("id"), std::move(*input), *version);
  if (!updated) return ErrorResponse(updated.error(), req);
  return ResourceResponse(200, DirectoryAgencyToJson(updated->agency, updated->entry), updated->entry.version);
}

}  // namespace sinergi::http
