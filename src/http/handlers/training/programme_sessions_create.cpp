// POST /api/v1/training-programmes/{id}/sessions (Idempotency-Key) {starts_on, ends_on, place, region_code,
// capacity} -> 201 session with ETag. The provider agency's writers and administrators.
#include "http/dto_training.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response ProgrammeSessionsCreate(Request& req, ApiDeps& deps) {
  core::Result<domain::SessionData> data = ReadBody<domain::SessionData>(req, ReadSessionData);
  if (!data) return ErrorResponse(data.error(), req);
  core::Result<domain::TrainingSession> session =
      deps.training->CreateSession(req.actor, req.Param("id"), std::move(*data));
  if (!session) return ErrorResponse(session.error(), req);
  return ResourceResponse(201, SessionToJson(*session), session->version);
}

}  // namespace sinergi::http
