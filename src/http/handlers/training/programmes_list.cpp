// GET /api/v1/training-programmes?provider_agency_id=&kind= -> {items}, by name. Every signed-in user.
#include "http/dto_training.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response TrainingProgrammesList(Request& req, ApiDeps& deps) {
  domain::ports::ProgrammeFilter filter;
  filter.provider_agency_id = QueryText(req, "provider_agency_id");
  filter.kind = QueryText(req, "kind");
  core::Result<std::vector<domain::Programme>> programmes = deps.training->ListProgrammes(req.actor, filter);
  if (!programmes) return ErrorResponse(programmes.error(), req);
  return JsonResponse(200, ItemsToJson(*programmes, ProgrammeToJson));
}

}  // namespace sinergi::http
