// POST /api/v1/cases/{id}/notes (Idempotency-Key) {text} -> 201 note. Notes are append-only: a correction is a new
// note. Only actors who may see the case's sensitive fields write them (403 otherwise).
#include "http/dto_case_work.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response CaseNotesCreate(Request& req, ApiDeps& deps) {
  core::Result<std::string> text = ReadBody<std::string>(req, ReadCaseNoteText);
  if (!text) return ErrorResponse(text.error(), req);
  core::Result<domain::CaseNote> note = deps.case_work->AddNote(req.actor, req.Param("id"), std::move(*text));
  if (!note) return ErrorResponse(note.error(), req);
  return JsonResponse(201, CaseNoteToJson(*note));
}

}  // namespace sinergi::http
