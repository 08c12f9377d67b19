// GET /api/v1/training-sessions/{id} -> 200 session with ETag. Every signed-in user.
#include "http/dto_training.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response TrainingSessionsGet(Request& req, ApiDeps& deps) {
  core::Result<domain::TrainingSession> session = deps.training->GetSession(req.actor, req.Param("id"));
  if (!session) return ErrorResponse(session.error(), req);
  return ResourceResponse(200, SessionToJson(*session), session->version);
}

}  // namespace sinergi::http
