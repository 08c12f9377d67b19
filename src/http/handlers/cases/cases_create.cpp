// POST /api/v1/cases (Idempotency-Key) {intake_channel, reported_on, case_types, ...} -> 201 case, Location, ETag.
// The case opens in status INTAKE, owned by the actor's agency; codes and dates are checked by the case service
// (422 validation_failed naming each field).
#include "http/dto_read.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response CasesCreate(Request& req, ApiDeps& deps) {
  core::Result<domain::CaseData> data = ReadBody<domain::CaseData>(req, ReadCaseData);
  if (!data) return ErrorResponse(data.error(), req);
  core::Result<domain::Case> created = deps.cases->CreateCase(req.actor, std::move(*data));
  if (!created) return ErrorResponse(created.error(), req);
  Response res = ResourceResponse(201, CaseToJson(*created), created->version);
  res.SetHeader("Location", "/api/v1/cases/" + created->id);
  return res;
}

}  // namespace sinergi::http
