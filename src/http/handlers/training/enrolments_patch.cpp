// PATCH /api/v1/training-enrolments/{id} (If-Match; JSON merge patch of status, attended_on, completed_on,
// certificate_number, certificate_issued_on, note) -> 200 enrolment with ETag and `journey_updated`: the id of the
// journey whose SERTIFIKAT_KOMPETENSI this completion verified, or null.
#include "http/dto_training.hpp"
#include "http/etag.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response TrainingEnrolmentsPatch(Request& req, ApiDeps& deps) {
  core::Result<std::int64_t> version = RequiredIfMatchVersion(req);
  if (!version) return ErrorResponse(version.error(), req);
  core::Result<boost::json::object> patch = ReadJsonBody(req);
  if (!patch) return ErrorResponse(patch.error(), req);
  const std::string& id = req.Param("id");
  core::Result<domain::TrainingService::EnrolmentView> current = deps.training->GetEnrolment(req.actor, id);
  if (!current) return ErrorResponse(current.error(), req);

  boost::json::value merged = EnrolmentPatchableToJson(current->enrolment.data);
  ApplyMergePatch(merged, *patch);
  JsonReader reader(merged.get_object());
  domain::EnrolmentData data = ReadEnrolmentData(reader);
  if (core::Status read = reader.Finish(); !read) return ErrorResponse(read.error(), req);

  core::Result<domain::TrainingService::EnrolmentUpdate> updated =
      deps.training->UpdateEnrolment(req.actor, id, std::move(data), *version);
  if (!updated) return ErrorResponse(updated.error(), req);
  boost::json::object body = EnrolmentToJson(updated->view);
  body["journey_updated"] = updated->journey_updated ? boost::json::value(*updated->journey_updated) : nullptr;
  return ResourceResponse(200, body, updated->view.enrolment.version);
}

}  // namespace sinergi::http
