// GET /api/v1/cases/{id}/attachments -> {items: [attachment metadata]}, oldest first. Only actors who may see the
// case's sensitive fields list them (403 otherwise).
#include "http/dto_case_work.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response CaseAttachmentsList(Request& req, ApiDeps& deps) {
  core::Result<std::vector<domain::CaseAttachment>> items = deps.attachments->List(req.actor, req.Param("id"));
  if (!items) return ErrorResponse(items.error(), req);
  boost::json::array out;
  for (const domain::CaseAttachment& a : *items) out.emplace_back(CaseAttachmentToJson(a));
  return JsonResponse(200, boost::json::object{{"items", std::move(out)}});
}

}  // namespace sinergi::http
