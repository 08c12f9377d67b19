// POST /api/v1/forums (Idempotency-Key) {name, convening_agency_id, region_code, member_agency_ids, description}
// -> 201 forum with ETag. Case workers, supervisors (of the convening agency) and administrators create forums.
#include "http/dto_coordination.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response ForumsCreate(Request& req, ApiDeps& deps) {
  core::Result<domain::ForumData> data = ReadBody<domain::ForumData>(req, ReadForumData);
  if (!data) return ErrorResponse(data.error(), req);
  core::Result<domain::Forum> forum = deps.coordination->CreateForum(req.actor, std::move(*data));
  if (!forum) return ErrorResponse(forum.error(), req);
  return ResourceResponse(201, ForumToJson(*forum), forum->version);
}

}  // namespace sinergi::http
