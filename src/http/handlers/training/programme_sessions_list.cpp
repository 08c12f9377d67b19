// GET /api/v1/training-programmes/{id}/sessions -> {items}, earliest first. Every signed-in user.
#include "http/dto_training.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response ProgrammeSessionsList(Request& req, ApiDeps& deps) {
  core::Result<std::vector<domain::TrainingSession>> sessions = deps.training->ListSessions(req.actor, req.Param("id"));
  if (!sessions) return ErrorResponse(sessions.error(), req);
  return JsonResponse(200, ItemsToJson(*sessions, SessionToJson));
}

}  // namespace sinergi::http
