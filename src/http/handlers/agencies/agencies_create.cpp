// POST /api/v1/agencies {code, name, type, region_code?, country?, disabled?} -> 201 agency, Location, ETag.
// Idempotency-Key is handled by the wrapper in api.cpp.
#include "http/dto_read.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response AgenciesCreate(Request& req, ApiDeps& deps) {
  core::Result<domain::AgencyInput> input = ReadBody<domain::AgencyInput>(req, ReadAgencyInput);
  if (!input) return ErrorResponse(input.error(), req);
  core::Result<domain::Agency> agency = deps.identity.CreateAgency(req.actor, std::move(*input));
  if (!agency) return ErrorResponse(agency.error(), req);
  Response res = ResourceResponse(201, AgencyToJson(*agency), agency->version);
  res.SetHeader("Location", "/api/v1/agencies/" + agency->id);
  return res;
}

}  // namespace sinergi::http
