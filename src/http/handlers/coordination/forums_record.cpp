// GET /api/v1/forums/{id}/record -> the forum's commitments counted as of today (made, done on time, done late,
// overdue, open, dropped), in total and per committing agency. Every signed-in user.
#include "http/dto_coordination.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response ForumsRecord(Request& req, ApiDeps& deps) {
  core::Result<domain::ForumRecord> record = deps.coordination->GetForumRecord(req.actor, req.Param("id"));
  if (!record) return ErrorResponse(record.error(), req);
  return JsonResponse(200, ForumRecordToJson(*record));
}

}  // namespace sinergi::http
