// GET /api/v1/agencies/{id} -> agency with ETag.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response AgenciesGet(Request& req, ApiDeps& deps) {
  core::Result<domain::Agency> agency = deps.identity.GetAgency(req.actor, req.Param("id"));
  if (!agency) return ErrorResponse(agency.error(), req);
  return ResourceResponse(200, AgencyToJson(*agency), agency->version);
}

}  // namespace sinergi::http
