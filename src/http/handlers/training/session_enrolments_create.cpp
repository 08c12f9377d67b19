// POST /api/v1/training-sessions/{id}/enrolments (Idempotency-Key) {person_id} -> 201 enrolment with ETag. The
// provider agency's case workers and supervisors, for a person they may see (404 person.not_found otherwise).
#include "http/dto_training.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response SessionEnrolmentsCreate(Request& req, ApiDeps& deps) {
  core::Result<std::string> person_id =
      ReadBody<std::string>(req, [](JsonReader& reader) { return reader.ReqString("person_id"); });
  if (!person_id) return ErrorResponse(person_id.error(), req);
  core::Result<domain::TrainingService::EnrolmentView> enrolment =
      deps.training->Enrol(req.actor, req.Param("id"), *person_id);
  if (!enrolment) return ErrorResponse(enrolment.error(), req);
  return ResourceResponse(201, EnrolmentToJson(*enrolment), enrolment->enrolment.version);
}

}  // namespace sinergi::http
