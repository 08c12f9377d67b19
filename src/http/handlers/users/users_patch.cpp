// PATCH /api/v1/users/{id} (If-Match; JSON merge patch of display_name, agency_code, roles, scope, disabled)
// -> 200 user with ETag. The username cannot change (400 unknown_field). Role, scope and status changes are
// audited by the domain as permission changes; disabling ends the user's sessions.
#include "http/dto_read.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response UsersPatch(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<boost::json::object> patch = ReadJsonBody(req);
  if (!patch) return ErrorResponse(patch.error(), req);
  const std::string& id = req.Param("id");
  core::Result<domain::User> current = deps.identity.GetUser(req.actor, id);
  if (!current) return ErrorResponse(current.error(), req);
  core::Result<domain::Agency> agency = deps.identity.GetAgency(req.actor, current->agency_id);
  if (!agency) return ErrorResponse(agency.error(), req);

  boost::json::value merged = UserPatchableToJson(*current, agency->code);
  ApplyMergePatch(merged, *patch);
  JsonReader reader(merged.get_object());
  domain::UserInput input = ReadUserPatchable(reader);
  if (core::Status read = reader.Finish(); !read) return ErrorResponse(read.error(), req);
  input.username = current->username;

  core::Result<domain::User> updated = deps.identity.UpdateUser(req.actor, id, std::move(input), *version);
  if (!updated) return ErrorResponse(updated.error(), req);
  return ResourceResponse(200, UserToJson(*updated), updated->version);
}

}  // namespace sinergi::http
