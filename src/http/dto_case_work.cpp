// Case work JSON in both directions (dto_case_work.hpp).
#include "http/dto_case_work.hpp"

#include "http/json_write.hpp"

namespace sinergi::http {

domain::ServiceDeliveryData ReadServiceDeliveryData(JsonReader& reader) {
  domain::ServiceDeliveryData data;
  data.person_id = reader.OptString("person_id");
  data.service = reader.ReqString("service");
  data.provider_agency_id = reader.OptString("provider_agency_id");
  data.status = reader.OptString("status").value_or(std::string(domain::kServicePlanned));
  if (std::optional<core::Date> requested_on = reader.ReqDate("requested_on")) data.requested_on = *requested_on;
  data.started_on = reader.OptDate("started_on");
  data.completed_on = reader.OptDate("completed_on");
  data.reference = reader.OptString("reference");
  data.outcome = reader.OptString("outcome");
  return data;
}

boost::json::object ServiceDeliveryPatchableToJson(const domain::ServiceDeliveryData& data) {
  boost::json::object o;
  o["status"] = data.status;
  o["started_on"] = DateOrNull(data.started_on);
  o["completed_on"] = DateOrNull(data.completed_on);
  o["reference"] = StringOrNull(data.reference);
  o["outcome"] = StringOrNull(data.outcome);
  return o;
}

domain::ServiceDeliveryData ReadServiceDeliveryPatch(JsonReader& reader) {
  domain::ServiceDeliveryData data;
  data.status = reader.ReqString("status");
  data.started_on = reader.OptDate("started_on");
  data.completed_on = reader.OptDate("completed_on");
  data.reference = reader.OptString("reference");
  data.outcome = reader.OptString("outcome");
  return data;
}

boost::json::object CaseServiceDeliveryToJson(const domain::CaseServiceDelivery& s) {
  const domain::ServiceDeliveryData& d = s.data;
  boost::json::object o;
  o["id"] = s.id;
  o["case_id"] = s.case_id;
  o["version"] = s.version;
  o["person_id"] = StringOrNull(d.person_id);
  o["service"] = d.service;
  o["provider_agency_id"] = StringOrNull(d.provider_agency_id);
  o["status"] = d.status;
  o["requested_on"] = d.requested_on.ToString();
  o["started_on"] = DateOrNull(d.started_on);
  o["completed_on"] = DateOrNull(d.completed_on);
  o["due_on"] = DateOrNull(s.due_on);
  o["reference"] = StringOrNull(d.reference);
  o["outcome"] = StringOrNull(d.outcome);
  o["created_at"] = TimestampJson(s.created_at);
  o["updated_at"] = TimestampJson(s.updated_at);
  o["created_by"] = s.created_by;
  o["updated_by"] = s.updated_by;
  o["masked_fields"] = StringsJson(s.masked_fields);
  return o;
}

std::string ReadCaseNoteText(JsonReader& reader) {
  return reader.ReqString("text");
}

boost::json::object CaseNoteToJson(const domain::CaseNote& note) {
  boost::json::object o;
  o["id"] = note.id;
  o["case_id"] = note.case_id;
  o["text"] = note.text;
  o["created_at"] = TimestampJson(note.created_at);
  o["created_by"] = note.created_by;
  return o;
}

boost::json::object CaseAttachmentToJson(const domain::CaseAttachment& a) {
  boost::json::object o;
  o["id"] = a.id;
  o["case_id"] = a.case_id;
  o["file_name"] = a.file_name;
  o["media_type"] = a.media_type;
  o["size_bytes"] = a.size_bytes;
  o["sha256"] = a.sha256;
  o["description"] = StringOrNull(a.description);
  o["created_at"] = TimestampJson(a.created_at);
  o["created_by"] = a.created_by;
  return o;
}

boost::json::object TaskToJson(const domain::Task& t) {
  boost::json::object o;
  o["kind"] = domain::ToString(t.kind);
  o["case_id"] = StringOrNull(t.case_id);
  o["referral_id"] = StringOrNull(t.referral_id);
  o["request_id"] = StringOrNull(t.request_id);
  o["person_id"] = StringOrNull(t.person_id);
  o["service_id"] = StringOrNull(t.service_id);
  o["commitment_id"] = StringOrNull(t.commitment_id);
  o["due_at"] = TimestampJson(t.due_at);
  o["due_on"] = DateOrNull(t.due_on);
  o["overdue"] = t.overdue;
  o["legal_basis"] = t.legal_basis;
  return o;
}

}  // namespace sinergi::http
