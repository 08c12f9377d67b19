// Journey JSON in both directions, plus transitions and follow-ups.
#include "domain/journey_rules.hpp"
#include "http/dto_read.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

domain::JourneyDocument ReadDocument(JsonReader& reader) {
  domain::JourneyDocument doc;
  doc.code = reader.ReqString("code");
  doc.status = reader.OptString("status").value_or("missing");
  doc.number = reader.OptString("number");
  doc.issued_on = reader.OptDate("issued_on");
  doc.expires_on = reader.OptDate("expires_on");
  doc.note = reader.OptString("note");
  return doc;
}

boost::json::object DocumentToJson(const domain::JourneyDocument& doc) {
  boost::json::object o;
  o["code"] = doc.code;
  o["status"] = doc.status;
  o["number"] = StringOrNull(doc.number);
  o["issued_on"] = DateOrNull(doc.issued_on);
  o["expires_on"] = DateOrNull(doc.expires_on);
  o["note"] = StringOrNull(doc.note);
  return o;
}

}  // namespace

domain::JourneyData ReadJourneyData(JsonReader& reader) {
  domain::JourneyData data;
  data.placement_scheme = reader.ReqString("placement_scheme");
  data.pmi_category = reader.OptString("pmi_category");
  data.p3mi_name = reader.OptString("p3mi_name");
  data.destination_country = reader.ReqString("destination_country");
  data.sector = reader.OptString("sector");
  data.job_title = reader.OptString("job_title");
  data.employer_name = reader.OptString("employer_name");
  data.procedural = reader.OptBool("procedural").value_or(true);
  reader.ObjectArray("documents", [&data](JsonReader& item) { data.documents.push_back(ReadDocument(item)); });
  data.planned_departure_date = reader.OptDate("planned_departure_date");
  data.contract_end_date = reader.OptDate("contract_end_date");
  data.notes = reader.OptString("notes");
  return data;
}

domain::TransitionRequest ReadTransitionRequest(JsonReader& reader) {
  domain::TransitionRequest request;
  const std::string to = reader.ReqString("to");
  if (std::optional<domain::JourneyStatus> status = domain::ParseJourneyStatus(to)) {
    request.to = *status;
  } else if (!to.empty()) {
    reader.AddError(reader.Path("to"), "unknown_code", "is not a journey status");
  }
  request.reason = reader.OptString("reason");
  request.effective_date = reader.OptDate("effective_date");
  request.documents_override_reason = reader.OptString("documents_override_reason");
  request.return_reason = reader.OptString("return_reason");
  request.debarkation_point = reader.OptString("debarkation_point");
  return request;
}

boost::json::object JourneyDataToJson(const domain::JourneyData& data) {
  boost::json::object o;
  o["placement_scheme"] = data.placement_scheme;
  o["pmi_category"] = StringOrNull(data.pmi_category);
  o["p3mi_name"] = StringOrNull(data.p3mi_name);
  o["destination_country"] = data.destination_country;
  o["sector"] = StringOrNull(data.sector);
  o["job_title"] = StringOrNull(data.job_title);
  o["employer_name"] = StringOrNull(data.employer_name);
  o["procedural"] = data.procedural;
  boost::json::array documents;
  for (const domain::JourneyDocument& doc : data.documents) documents.emplace_back(DocumentToJson(doc));
  o["documents"] = std::move(documents);
  o["planned_departure_date"] = DateOrNull(data.planned_departure_date);
  o["contract_end_date"] = DateOrNull(data.contract_end_date);
  o["notes"] = StringOrNull(data.notes);
  return o;
}

boost::json::object JourneyToJson(const domain::Journey& journey) {
  boost::json::object o;
  o["id"] = journey.id;
  o["person_id"] = journey.person_id;
  o["version"] = journey.version;
  o["status"] = domain::ToString(journey.status);
  o["phase"] = domain::ToString(domain::PhaseOf(journey.status));
  for (auto& [key, value] : JourneyDataToJson(journey.data)) o[key] = std::move(value);
  o["documents_complete"] = domain::DocumentsComplete(journey.data);
  o["missing_documents"] = StringsJson(domain::MissingDocuments(journey.data));
  o["departure_date"] = DateOrNull(journey.departure_date);
  o["return_date"] = DateOrNull(journey.return_date);
  o["return_reason"] = StringOrNull(journey.return_reason);
  o["debarkation_point"] = StringOrNull(journey.debarkation_point);
  o["flags"] = StringsJson(journey.flags);
  boost::json::array allowed;
  for (domain::JourneyStatus s : domain::AllowedTransitions(journey.status)) allowed.emplace_back(domain::ToString(s));
  o["allowed_transitions"] = std::move(allowed);
  o["created_at"] = TimestampJson(journey.created_at);
  o["updated_at"] = TimestampJson(journey.updated_at);
  o["created_by"] = journey.created_by;
  o["updated_by"] = journey.updated_by;
  return o;
}

boost::json::object TransitionToJson(const domain::JourneyTransition& t) {
  boost::json::object o;
  o["id"] = t.id;
  o["from"] = domain::ToString(t.from);
  o["to"] = domain::ToString(t.to);
  o["effective_date"] = t.effective_date.ToString();
  o["at"] = TimestampJson(t.at);
  o["actor"] = t.actor;
  o["reason"] = StringOrNull(t.reason);
  o["override_reason"] = StringOrNull(t.override_reason);
  return o;
}

boost::json::object FollowUpToJson(const domain::FollowUp& f) {
  boost::json::object o;
  o["id"] = f.id;
  o["journey_id"] = f.journey_id;
  o["date"] = f.date.ToString();
  o["kind"] = f.kind;
  o["note"] = f.note;
  o["recorded_at"] = TimestampJson(f.recorded_at);
  o["recorded_by"] = f.recorded_by;
  return o;
}

}  // namespace sinergi::http
