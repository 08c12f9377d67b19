// Training JSON in both directions (dto_training.hpp).
#include "http/dto_training.hpp"

#include <boost/json/array.hpp>

#include "domain/training_rules.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

boost::json::value IntOrNull(const std::optional<std::int64_t>& v) {
  if (!v) return nullptr;
  return *v;
}

void Stamp(boost::json::object& o, const std::string& id, std::int64_t version, core::Timestamp created_at,
           core::Timestamp updated_at, const std::string& created_by, const std::string& updated_by) {
  o["id"] = id;
  o["version"] = version;
  o["created_at"] = TimestampJson(created_at);
  o["updated_at"] = TimestampJson(updated_at);
  o["created_by"] = created_by;
  o["updated_by"] = updated_by;
}

}  // namespace

domain::ProgrammeData ReadProgrammeData(JsonReader& reader) {
  domain::ProgrammeData data;
  data.name = reader.ReqString("name");
  data.kind = reader.ReqString("kind");
  data.provider_agency_id = reader.OptString("provider_agency_id").value_or("");
  data.skill = reader.OptString("skill");
  data.issues_competence_certificate = reader.OptBool("issues_competence_certificate").value_or(false);
  data.description = reader.OptString("description");
  data.region_code = reader.OptString("region_code");
  return data;
}

boost::json::object ProgrammePatchableToJson(const domain::ProgrammeData& d) {
  return {{"name", d.name},
          {"kind", d.kind},
          {"provider_agency_id", d.provider_agency_id},
          {"skill", StringOrNull(d.skill)},
          {"issues_competence_certificate", d.issues_competence_certificate},
          {"description", StringOrNull(d.description)},
          {"region_code", StringOrNull(d.region_code)}};
}

boost::json::object ProgrammeToJson(const domain::Programme& p) {
  boost::json::object o = ProgrammePatchableToJson(p.data);
  Stamp(o, p.id, p.version, p.created_at, p.updated_at, p.created_by, p.updated_by);
  return o;
}

domain::SessionData ReadSessionData(JsonReader& reader) {
  domain::SessionData data;
  if (std::optional<core::Date> starts_on = reader.ReqDate("starts_on")) data.starts_on = *starts_on;
  if (std::optional<core::Date> ends_on = reader.ReqDate("ends_on")) data.ends_on = *ends_on;
  data.place = reader.ReqString("place");
  data.region_code = reader.OptString("region_code");
  data.capacity = reader.OptInt("capacity");
  return data;
}

boost::json::object SessionPatchableToJson(const domain::SessionData& d) {
  return {{"starts_on", d.starts_on.ToString()},
          {"ends_on", d.ends_on.ToString()},
          {"place", d.place},
          {"region_code", StringOrNull(d.region_code)},
          {"capacity", IntOrNull(d.capacity)}};
}

boost::json::object SessionToJson(const domain::TrainingSession& s) {
  boost::json::object o = SessionPatchableToJson(s.data);
  o["programme_id"] = s.programme_id;
  Stamp(o, s.id, s.version, s.created_at, s.updated_at, s.created_by, s.updated_by);
  return o;
}

domain::EnrolmentData ReadEnrolmentData(JsonReader& reader) {
  domain::EnrolmentData data;
  if (std::optional<std::string> status = reader.OptString("status")) {
    if (std::optional<domain::EnrolmentStatus> parsed = domain::ParseEnrolmentStatus(*status)) {
      data.status = *parsed;
    } else {
      reader.AddError(reader.Path("status"), "invalid_value", "One of ENROLLED, COMPLETED, DROPPED_OUT, FAILED.");
    }
  }
  const std::vector<std::string> days = reader.StringArray("attended_on");
  for (std::size_t i = 0; i < days.size(); ++i) {
    if (std::optional<core::Date> day = core::Date::Parse(days[i])) {
      data.attended_on.push_back(*day);
    } else {
      reader.AddError(reader.Path("attended_on") + "[" + std::to_string(i) + "]", "invalid_format",
                      "must be a real calendar date written YYYY-MM-DD");
    }
  }
  data.completed_on = reader.OptDate("completed_on");
  data.certificate_number = reader.OptString("certificate_number");
  data.certificate_issued_on = reader.OptDate("certificate_issued_on");
  data.note = reader.OptString("note");
  return data;
}

boost::json::object EnrolmentPatchableToJson(const domain::EnrolmentData& d) {
  boost::json::array days;
  for (const core::Date& day : d.attended_on) days.emplace_back(day.ToString());
  return {{"status", domain::ToString(d.status)},
          {"attended_on", std::move(days)},
          {"completed_on", DateOrNull(d.completed_on)},
          {"certificate_number", StringOrNull(d.certificate_number)},
          {"certificate_issued_on", DateOrNull(d.certificate_issued_on)},
          {"note", StringOrNull(d.note)}};
}

boost::json::object EnrolmentToJson(const domain::TrainingService::EnrolmentView& view) {
  const domain::Enrolment& e = view.enrolment;
  boost::json::object o = EnrolmentPatchableToJson(e.data);
  o["attended_days"] = static_cast<std::int64_t>(e.data.attended_on.size());
  o["session_id"] = e.session_id;
  o["programme_id"] = e.programme_id;
  o["person_id"] = e.person_id;
  o["person_name"] = view.person_name;
  Stamp(o, e.id, e.version, e.created_at, e.updated_at, e.created_by, e.updated_by);
  return o;
}

boost::json::object PersonTrainingToJson(const domain::TrainingService::PersonTraining& t) {
  boost::json::object o = EnrolmentPatchableToJson(t.enrolment.data);
  o["attended_days"] = static_cast<std::int64_t>(t.enrolment.data.attended_on.size());
  o["id"] = t.enrolment.id;
  o["version"] = t.enrolment.version;
  o["session"] = SessionToJson(t.session);
  o["programme"] = ProgrammeToJson(t.programme);
  return o;
}

}  // namespace sinergi::http
