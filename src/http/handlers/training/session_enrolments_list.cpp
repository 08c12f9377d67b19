// GET /api/v1/training-sessions/{id}/enrolments -> {items}, oldest first: only the enrolments of persons the actor
// may see (others are left out, as in person lists). Roles that read the registry.
#include "http/dto_training.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response SessionEnrolmentsList(Request& req, ApiDeps& deps) {
  core::Result<std::vector<domain::TrainingService::EnrolmentView>> enrolments =
      deps.training->ListSessionEnrolments(req.actor, req.Param("id"));
  if (!enrolments) return ErrorResponse(enrolments.error(), req);
  return JsonResponse(200, ItemsToJson(*enrolments, EnrolmentToJson));
}

}  // namespace sinergi::http
