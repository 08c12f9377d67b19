// PATCH /api/v1/cases/{id}/complaint (JSON merge patch of the complaint facts; If-Match once facts were recorded)
// -> 200 the facts and their timers, with ETag. The patch is applied to the stored facts and the result is read
// strictly, as for the other resources; null (or false) clears a fact and stops its timer.
#include "http/dto_complaint.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response CaseComplaintPatch(Request& req, ApiDeps& deps) {
  // If-Match is optional here only while nothing was recorded: the domain asks for it (428) once facts exist.
  std::optional<std::int64_t> version;
  if (req.Header("if-match")) {
    core::Result<std::int64_t> v = RequiredIfMatchVersion(req);
    if (!v) return ErrorResponse(v.error(), req);
    version = *v;
  }
  core::Result<boost::json::object> patch = ReadJsonBody(req);
  if (!patch) return ErrorResponse(patch.error(), req);
  const std::string& case_id = req.Param("id");
  core::Result<domain::ComplaintView> current = deps.case_work->GetComplaint(req.actor, case_id);
  if (!current) return ErrorResponse(current.error(), req);

  boost::json::value merged = ComplaintFactsPatchableToJson(current->facts.data);
  ApplyMergePatch(merged, *patch);
  JsonReader reader(merged.get_object());
  domain::ComplaintFactsData data = ReadComplaintFacts(reader);
  if (core::Status read = reader.Finish(); !read) return ErrorResponse(read.error(), req);

  core::Result<domain::ComplaintView> updated =
      deps.case_work->UpdateComplaint(req.actor, case_id, std::move(data), version);
  if (!updated) return ErrorResponse(updated.error(), req);
  if (updated->facts.version == 0) return JsonResponse(200, ComplaintViewToJson(*updated));
  return ResourceResponse(200, ComplaintViewToJson(*updated), updated->facts.version);
}

}  // namespace sinergi::http
