// GET /api/v1/persons/{id}/trainings -> {items}: the person's enrolments with their session and programme, newest
// first. Roles that read the registry, for a person they may see.
#include "http/dto_training.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response PersonTrainingsList(Request& req, ApiDeps& deps) {
  core::Result<std::vector<domain::TrainingService::PersonTraining>> trainings =
      deps.training->PersonTrainings(req.actor, req.Param("id"));
  if (!trainings) return ErrorResponse(trainings.error(), req);
  return JsonResponse(200, ItemsToJson(*trainings, PersonTrainingToJson));
}

}  // namespace sinergi::http
