// GET /api/v1/cases/{id}/notes -> {items: [note]}, oldest first. Only actors who may see the case's sensitive
// fields read them (403 otherwise).
#include "http/dto_case_work.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response CaseNotesList(Request& req, ApiDeps& deps) {
  core::Result<std::vector<domain::CaseNote>> notes = deps.case_work->ListNotes(req.actor, req.Param("id"));
  if (!notes) return ErrorResponse(notes.error(), req);
  boost::json::array items;
  for (const domain::CaseNote& n : *notes) items.emplace_back(CaseNoteToJson(n));
  return JsonResponse(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace sinergi::http
