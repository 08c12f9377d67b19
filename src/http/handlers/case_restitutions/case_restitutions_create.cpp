// POST /api/v1/cases/{id}/restitutions (Idempotency-Key) {person_id, components, court_case_number, claimed_on, ...}
// -> 201 restitution claim with ETag. Only actors who may see the case's sensitive fields record one (403
// otherwise); a victim has at most one claim per case (409 case_restitution.exists).
#include "http/dto_restitution.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response CaseRestitutionsCreate(Request& req, ApiDeps& deps) {
  core::Result<domain::RestitutionData> data = ReadBody<domain::RestitutionData>(req, ReadRestitutionData);
  if (!data) return ErrorResponse(data.error(), req);
  core::Result<domain::CaseRestitution> recorded =
      deps.case_work->RecordRestitution(req.actor, req.Param("id"), std::move(*data));
  if (!recorded) return ErrorResponse(recorded.error(), req);
  return ResourceResponse(201, CaseRestitutionToJson(*recorded), recorded->version);
}

}  // namespace sinergi::http
