// POST /api/v1/training-programmes (Idempotency-Key) {name, kind, provider_agency_id, skill,
// issues_competence_certificate, description, region_code} -> 201 programme with ETag. An absent provider is the
// actor's agency; case workers, supervisors (of the provider) and administrators create programmes.
#include "http/dto_training.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response TrainingProgrammesCreate(Request& req, ApiDeps& deps) {
  core::Result<domain::ProgrammeData> data = ReadBody<domain::ProgrammeData>(req, ReadProgrammeData);
  if (!data) return ErrorResponse(data.error(), req);
  core::Result<domain::Programme> programme = deps.training->CreateProgramme(req.actor, std::move(*data));
  if (!programme) return ErrorResponse(programme.error(), req);
  return ResourceResponse(201, ProgrammeToJson(*programme), programme->version);
}

}  // namespace sinergi::http
