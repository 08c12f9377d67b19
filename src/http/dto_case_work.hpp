#pragma once
// JSON of the work on a case (issue #4): services delivered, notes, and the task list. Field names are those of
// domain/case_work.hpp and domain/task.hpp.
#include <boost/json/object.hpp>

#include "domain/case_attachment.hpp"
#include "domain/case_work.hpp"
#include "domain/task.hpp"
#include "http/json_read.hpp"

namespace sinergi::http {

// A create body: person_id, service, provider_agency_id, status, requested_on (required), started_on,
// completed_on, reference, outcome.
domain::ServiceDeliveryData ReadServiceDeliveryData(JsonReader& reader);
// The writable fields of a PATCH (status, started_on, completed_on, reference, outcome), the base of a merge
// patch; ReadServiceDeliveryPatch reads the merged result strictly.
boost::json::object ServiceDeliveryPatchableToJson(const domain::ServiceDeliveryData& data);
domain::ServiceDeliveryData ReadServiceDeliveryPatch(JsonReader& reader);

boost::json::object CaseServiceDeliveryToJson(const domain::CaseServiceDelivery& s);
// {text}
std::string ReadCaseNoteText(JsonReader& reader);
boost::json::object CaseNoteToJson(const domain::CaseNote& note);
// Metadata only; the bytes are served by GET .../attachments/{attachment_id}/content.
boost::json::object CaseAttachmentToJson(const domain::CaseAttachment& a);
boost::json::object TaskToJson(const domain::Task& task);

}  // namespace sinergi::http
