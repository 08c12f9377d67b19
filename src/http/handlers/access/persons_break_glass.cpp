// POST /api/v1/persons/{id}/break-glass {"reason": "..."} -> 201 {grant_id, person_id, expires_at}: opens a person
// outside the caller's scope for a few hours (domain/access_service.hpp); the owning agency's supervisors are
// notified and the audit trail records it.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response PersonsBreakGlass(Request& req, ApiDeps& deps) {
  core::Result<std::string> reason =
      req.body.empty() ? core::Result<std::string>(core::Error::Validation({{"reason", "required", "is required"}}))
                       : ReadBody<std::string>(req, [](JsonReader& reader) { return reader.ReqString("reason"); });
  if (!reason) return ErrorResponse(reason.error(), req);
  core::Result<domain::AccessGrant> grant = deps.access.BreakGlass(req.actor, req.Param("id"), *reason);
  if (!grant) return ErrorResponse(grant.error(), req);
  return JsonResponse(201, boost::json::object{{"grant_id", grant->id},
                                               {"person_id", grant->person_id},
                                               {"expires_at", TimestampJson(grant->expires_at)}});
}

}  // namespace sinergi::http
