// Consents, data-subject requests and the access export <-> API JSON.
#include "http/dto_pdp.hpp"

#include <utility>

#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

domain::ConsentChecklist ReadChecklist(JsonReader& reader) {
  domain::ConsentChecklist c;
  c.informed_purpose = reader.OptBool("informed_purpose").value_or(false);
  c.informed_use = reader.OptBool("informed_use").value_or(false);
  c.informed_storage_period = reader.OptBool("informed_storage_period").value_or(false);
  c.informed_right_to_access = reader.OptBool("informed_right_to_access").value_or(false);
  c.informed_withdrawal = reader.OptBool("informed_withdrawal").value_or(false);
  return c;
}

boost::json::object ChecklistToJson(const domain::ConsentChecklist& c) {
  return {{"informed_purpose", c.informed_purpose},
          {"informed_use", c.informed_use},
          {"informed_storage_period", c.informed_storage_period},
          {"informed_right_to_access", c.informed_right_to_access},
          {"informed_withdrawal", c.informed_withdrawal}};
}

}  // namespace

domain::ConsentInput ReadConsentInput(JsonReader& reader) {
  domain::ConsentInput in;
  in.purpose = reader.ReqString("purpose");
  in.recipient_types = reader.StringArray("recipient_types");
  in.lawful_basis = reader.ReqString("lawful_basis");
  in.given_by = reader.ReqString("given_by");
  in.guardian_person_id = reader.OptString("guardian_person_id");
  reader.Object("checklist", [&in](JsonReader& nested) { in.checklist = ReadChecklist(nested); });
  in.note = reader.OptString("note");
  return in;
}

domain::DataSubjectRequestInput ReadRequestInput(JsonReader& reader) {
  domain::DataSubjectRequestInput in;
  in.kind = reader.ReqString("kind");
  in.channel = reader.ReqString("channel");
  if (std::optional<std::string> text = reader.OptString("received_at")) {
    in.received_at = core::ParseTimestamp(*text);
    if (!in.received_at) {
      reader.AddError(reader.Path("received_at"), "invalid_format",
                      "must be an RFC 3339 timestamp, e.g. 2026-01-31T08:00:00Z");
    }
  }
  in.note = reader.OptString("note");
  return in;
}

boost::json::object ConsentToJson(const domain::Consent& c) {
  boost::json::object o;
  o["id"] = c.id;
  o["person_id"] = c.person_id;
  o["purpose"] = c.data.purpose;
  o["recipient_types"] = StringsJson(c.data.recipient_types);
  o["lawful_basis"] = c.data.lawful_basis;
  o["given_by"] = c.data.given_by;
  o["guardian_person_id"] = StringOrNull(c.data.guardian_person_id);
  o["checklist"] = ChecklistToJson(c.data.checklist);
  o["note"] = StringOrNull(c.data.note);
  o["recorded_at"] = TimestampJson(c.recorded_at);
  o["recorded_by"] = c.recorded_by;
  o["withdrawn"] = c.withdrawn();
  o["withdrawn_at"] = TimestampOrNull(c.withdrawn_at);
  o["withdrawn_by"] = StringOrNull(c.withdrawn_by);
  o["withdrawal_reason"] = StringOrNull(c.withdrawal_reason);
  return o;
}

boost::json::object RequestToJson(const domain::DataSubjectRequest& r, core::Timestamp now) {
  boost::json::object o;
  o["id"] = r.id;
  o["person_id"] = r.person_id;
  o["kind"] = r.kind;
  o["received_at"] = TimestampJson(r.received_at);
  o["due_at"] = TimestampJson(r.due_at);
  o["status"] = std::string(domain::ToString(r.status));
  o["overdue"] = domain::IsOverdue(r, now);
  o["channel"] = r.channel;
  o["note"] = StringOrNull(r.note);
  o["completed_at"] = TimestampOrNull(r.completed_at);
  o["outcome_note"] = StringOrNull(r.outcome_note);
  o["handled_by"] = StringOrNull(r.handled_by);
  o["created_at"] = TimestampJson(r.created_at);
  o["created_by"] = r.created_by;
  return o;
}

boost::json::object PersonExportToJson(const domain::PersonExport& data, const domain::RegionDirectory& regions) {
  boost::json::object o;
  o["format"] = "sinergi.person_export.v1";
  o["generated_at"] = TimestampJson(data.generated_at);
  o["generated_by"] = data.generated_by;
  o["person"] = PersonToJson(data.person, regions);
  boost::json::array family;
  for (const domain::FamilyMember& m : data.family) family.emplace_back(FamilyMemberToJson(m));
  o["family"] = std::move(family);
  boost::json::array journeys;
  for (const domain::JourneyRecord& j : data.journeys) {
    boost::json::array transitions;
    for (const domain::JourneyTransition& t : j.transitions) transitions.emplace_back(TransitionToJson(t));
    boost::json::array follow_ups;
    for (const domain::FollowUp& f : j.follow_ups) follow_ups.emplace_back(FollowUpToJson(f));
    journeys.emplace_back(boost::json::object{{"journey", JourneyToJson(j.journey)},
                                              {"transitions", std::move(transitions)},
                                              {"follow_ups", std::move(follow_ups)}});
  }
  o["journeys"] = std::move(journeys);
  boost::json::array consents;
  for (const domain::Consent& c : data.consents) consents.emplace_back(ConsentToJson(c));
  o["consents"] = std::move(consents);
  boost::json::array requests;
  for (const domain::DataSubjectRequest& r : data.requests) requests.emplace_back(RequestToJson(r, data.generated_at));
  o["data_subject_requests"] = std::move(requests);
  boost::json::array audit;
  for (const domain::AuditEntry& e : data.audit) audit.emplace_back(AuditEntryToJson(e));
  o["processing"] = std::move(audit);
  return o;
}

}  // namespace sinergi::http
