// GET /api/v1/cases/{id} -> {case, classification, parties, screenings, transitions} with the ETag of the case
// version. One audited read; parties carry their person as the actor may see it (masked), or null.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response CasesGet(Request& req, ApiDeps& deps) {
  core::Result<domain::CaseService::CaseDetail> detail = deps.cases->GetCase(req.actor, req.Param("id"));
  if (!detail) return ErrorResponse(detail.error(), req);
  return ResourceResponse(200, CaseDetailToJson(*detail, deps.regions), detail->case_record.version);
}

}  // namespace sinergi::http
