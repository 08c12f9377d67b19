// Case JSON in both directions (issue #4): the case, its parties, victim screenings, transitions and the case
// view. Field names are those of domain/case.hpp; status codes those of the code list status_kasus.
#include "domain/case_workflow.hpp"
#include "http/dto_read.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

boost::json::value StatusOrNull(const std::optional<domain::CaseStatus>& s) {
  if (!s) return nullptr;
  return boost::json::value(domain::ToString(*s));
}

boost::json::value IdOrNull(const std::string& id) {
  if (id.empty()) return nullptr;
  return boost::json::value(id);
}

}  // namespace

domain::CaseData ReadCaseData(JsonReader& reader) {
  domain::CaseData data;
  data.intake_channel = reader.ReqString("intake_channel");
  if (std::optional<core::Date> reported_on = reader.ReqDate("reported_on")) data.reported_on = *reported_on;
  data.occurred_on = reader.OptDate("occurred_on");
  data.occurrence_country = reader.OptString("occurrence_country");
  data.occurrence_region_code = reader.OptString("occurrence_region_code");
  data.urgency = reader.OptString("urgency").value_or("SEDANG");
  data.immediate_safety_risk = reader.OptBool("immediate_safety_risk").value_or(false);
  data.case_types = reader.StringArray("case_types");
  data.violence_acts = reader.StringArray("violence_acts");
  data.places = reader.StringArray("places");
  data.pmi_problems = reader.StringArray("pmi_problems");
  data.reporter_name = reader.OptString("reporter_name");
  data.reporter_contact = reader.OptString("reporter_contact");
  data.reporter_confidential = reader.OptBool("reporter_confidential").value_or(false);
  data.summary = reader.OptString("summary").value_or("");
  data.victim_wants_return = reader.OptBool("victim_wants_return").value_or(false);
  data.return_assessed_safe = reader.OptBool("return_assessed_safe").value_or(false);
  return data;
}

domain::CaseTransitionRequest ReadCaseTransitionRequest(JsonReader& reader) {
  domain::CaseTransitionRequest request;
  const std::string to = reader.ReqString("to");
  if (std::optional<domain::CaseStatus> status = domain::ParseCaseStatus(to)) {
    request.to = *status;
  } else if (!to.empty()) {
    reader.AddError(reader.Path("to"), "unknown_code", "is not a case status (code list status_kasus)");
  }
  request.reason = reader.OptString("reason");
  request.closure_reason = reader.OptString("closure_reason");
  request.effective_date = reader.OptDate("effective_date");
  return request;
}

domain::CaseParty ReadCasePartyInput(JsonReader& reader) {
  domain::CaseParty party;
  party.person_id = reader.ReqString("person_id");
  party.role = reader.ReqString("role");
  party.relationship_to_victim = reader.OptString("relationship_to_victim");
  party.note = reader.OptString("note");
  return party;
}

CaseScreeningBody ReadCaseScreeningBody(JsonReader& reader) {
  CaseScreeningBody body;
  body.person_id = reader.ReqString("person_id");
  body.input = ReadTppoScreeningInput(reader);
  return body;
}

DeterminationBody ReadDeterminationBody(JsonReader& reader) {
  DeterminationBody body;
  body.determination = reader.ReqString("determination");
  body.note = reader.ReqString("note");
  return body;
}

boost::json::object CaseDataToJson(const domain::CaseData& data) {
  boost::json::object o;
  o["intake_channel"] = data.intake_channel;
  o["reported_on"] = data.reported_on.ToString();
  o["occurred_on"] = DateOrNull(data.occurred_on);
  o["occurrence_country"] = StringOrNull(data.occurrence_country);
  o["occurrence_region_code"] = StringOrNull(data.occurrence_region_code);
  o["urgency"] = data.urgency;
  o["immediate_safety_risk"] = data.immediate_safety_risk;
  o["case_types"] = StringsJson(data.case_types);
  o["violence_acts"] = StringsJson(data.violence_acts);
  o["places"] = StringsJson(data.places);
  o["pmi_problems"] = StringsJson(data.pmi_problems);
  o["reporter_name"] = StringOrNull(data.reporter_name);
  o["reporter_contact"] = StringOrNull(data.reporter_contact);
  o["reporter_confidential"] = data.reporter_confidential;
  o["summary"] = data.summary;
  o["victim_wants_return"] = data.victim_wants_return;
  o["return_assessed_safe"] = data.return_assessed_safe;
  return o;
}

boost::json::object CaseToJson(const domain::Case& c) {
  boost::json::object o;
  o["id"] = c.id;
  o["version"] = c.version;
  o["status"] = domain::ToString(c.status);
  for (auto& field : CaseDataToJson(c.data)) o[field.key()] = std::move(field.value());
  o["owner_agency_id"] = IdOrNull(c.owner_agency_id);
  o["closure_reason"] = StringOrNull(c.closure_reason);
  o["status_before_closure"] = StatusOrNull(c.status_before_closure);
  o["reintegration_started"] = DateOrNull(c.reintegration_started);
  o["closed_at"] = TimestampOrNull(c.closed_at);
  o["created_at"] = TimestampJson(c.created_at);
  o["updated_at"] = TimestampJson(c.updated_at);
  o["created_by"] = c.created_by;
  o["updated_by"] = c.updated_by;
  o["victim_count"] = c.victim_count;
  o["masked_fields"] = StringsJson(c.masked_fields);
  return o;
}

boost::json::object CasePartyToJson(const domain::CaseParty& party) {
  boost::json::object o;
  o["id"] = party.id;
  o["case_id"] = party.case_id;
  o["person_id"] = party.person_id;
  o["role"] = party.role;
  o["relationship_to_victim"] = StringOrNull(party.relationship_to_victim);
  o["note"] = StringOrNull(party.note);
  o["added_at"] = TimestampJson(party.added_at);
  o["added_by"] = party.added_by;
  return o;
}

boost::json::object CasePartyViewToJson(const domain::CaseService::PartyView& view,
                                        const domain::RegionDirectory& regions) {
  boost::json::object o = CasePartyToJson(view.party);
  o["person"] = view.person ? boost::json::value(PersonToJson(*view.person, regions)) : boost::json::value();
  return o;
}

boost::json::object CaseScreeningToJson(const domain::CaseScreening& s) {
  boost::json::object o;
  o["id"] = s.id;
  o["case_id"] = s.case_id;
  o["person_id"] = s.person_id;
  o["input"] = TppoScreeningInputToJson(s.input);
  o["result"] = TppoScreeningResultToJson(s.result);
  o["screened_at"] = TimestampJson(s.screened_at);
  o["screened_by"] = s.screened_by;
  o["determination"] = StringOrNull(s.determination);
  o["determination_note"] = StringOrNull(s.determination_note);
  o["determined_at"] = TimestampOrNull(s.determined_at);
  o["determined_by"] = StringOrNull(s.determined_by);
  return o;
}

boost::json::object CaseTransitionToJson(const domain::CaseTransition& t) {
  boost::json::object o;
  o["id"] = t.id;
  o["case_id"] = t.case_id;
  o["from"] = domain::ToString(t.from);
  o["to"] = domain::ToString(t.to);
  o["effective_date"] = t.effective_date.ToString();
  o["at"] = TimestampJson(t.at);
  o["actor"] = t.actor;
  o["reason"] = StringOrNull(t.reason);
  o["closure_reason"] = StringOrNull(t.closure_reason);
  return o;
}

boost::json::object ViolenceClassificationToJson(const domain::ViolenceClassification& classification) {
  boost::json::object o;
  o["simfoni_forms"] = StringsJson(classification.simfoni_forms);
  o["gbvims_type"] = StringOrNull(classification.gbvims_type);
  o["trafficking_context"] = classification.trafficking_context;
  return o;
}

boost::json::object CaseDetailToJson(const domain::CaseService::CaseDetail& detail,
                                     const domain::RegionDirectory& regions) {
  boost::json::array parties;
  for (const domain::CaseService::PartyView& view : detail.parties) {
    parties.emplace_back(CasePartyViewToJson(view, regions));
  }
  boost::json::array screenings;
  for (const domain::CaseScreening& s : detail.screenings) screenings.emplace_back(CaseScreeningToJson(s));
  boost::json::array transitions;
  for (const domain::CaseTransition& t : detail.transitions) transitions.emplace_back(CaseTransitionToJson(t));
  boost::json::object o;
  o["case"] = CaseToJson(detail.case_record);
  o["classification"] = ViolenceClassificationToJson(detail.classification);
  o["parties"] = std::move(parties);
  o["screenings"] = std::move(screenings);
  o["transitions"] = std::move(transitions);
  return o;
}

}  // namespace sinergi::http
