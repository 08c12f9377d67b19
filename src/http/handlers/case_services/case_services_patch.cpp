// PATCH /api/v1/cases/{id}/services/{service_id} (If-Match; JSON merge patch of status, started_on, completed_on,
// reference, outcome) -> 200 service with ETag. As for cases: the patch is applied to the stored writable fields as
// the actor sees them and the result is read strictly; an outcome the actor reads masked comes back null and the
// service keeps the stored one.
#include "http/dto_case_work.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response CaseServicesPatch(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<boost::json::object> patch = ReadJsonBody(req);
  if (!patch) return ErrorResponse(patch.error(), req);
  const std::string& case_id = req.Param("id");
  const std::string& service_id = req.Param("service_id");
  core::Result<domain::CaseServiceDelivery> current = deps.case_work->GetService(req.actor, case_id, service_id);
  if (!current) return ErrorResponse(current.error(), req);

  boost::json::value merged = ServiceDeliveryPatchableToJson(current->data);
  ApplyMergePatch(merged, *patch);
  JsonReader reader(merged.get_object());
  domain::ServiceDeliveryData data = ReadServiceDeliveryPatch(reader);
  if (core::Status read = reader.Finish(); !read) return ErrorResponse(read.error(), req);

  core::Result<domain::CaseServiceDelivery> updated =
      deps.case_work->UpdateService(req.actor, case_id, service_id, std::move(data), *version);
  if (!updated) return ErrorResponse(updated.error(), req);
  return ResourceResponse(200, CaseServiceDeliveryToJson(*updated), updated->version);
}

}  // namespace sinergi::http
