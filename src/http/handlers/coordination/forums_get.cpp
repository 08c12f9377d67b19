// GET /api/v1/forums/{id} -> 200 forum with ETag. Every signed-in user.
#include "http/dto_coordination.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response ForumsGet(Request& req, ApiDeps& deps) {
  core::Result<domain::Forum> forum = deps.coordination->GetForum(req.actor, req.Param("id"));
  if (!forum) return ErrorResponse(forum.error(), req);
  return ResourceResponse(200, ForumToJson(*forum), forum->version);
}

}  // namespace sinergi::http
