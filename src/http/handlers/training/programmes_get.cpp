// GET /api/v1/training-programmes/{id} -> 200 programme with ETag. Every signed-in user.
#include "http/dto_training.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response TrainingProgrammesGet(Request& req, ApiDeps& deps) {
  core::Result<domain::Programme> programme = deps.training->GetProgramme(req.actor, req.Param("id"));
  if (!programme) return ErrorResponse(programme.error(), req);
  return ResourceResponse(200, ProgrammeToJson(*programme), programme->version);
}

}  // namespace sinergi::http
