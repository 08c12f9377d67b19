// POST /api/v1/cases/{id}/services (Idempotency-Key) {person_id, service, provider_agency_id, status,
// requested_on, started_on, completed_on, reference, outcome} -> 201 service with ETag.
#include "http/dto_case_work.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response CaseServicesCreate(Request& req, ApiDeps& deps) {
  core::Result<domain::ServiceDeliveryData> data = ReadBody<domain::ServiceDeliveryData>(req, ReadServiceDeliveryData);
  if (!data) return ErrorResponse(data.error(), req);
  core::Result<domain::CaseServiceDelivery> recorded =
      deps.case_work->RecordService(req.actor, req.Param("id"), std::move(*data));
  if (!recorded) return ErrorResponse(recorded.error(), req);
  return ResourceResponse(201, CaseServiceDeliveryToJson(*recorded), recorded->version);
}

}  // namespace sinergi::http
