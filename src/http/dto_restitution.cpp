// Restitution JSON in both directions (dto_restitution.hpp).
#include "http/dto_restitution.hpp"

#include <boost/json/array.hpp>

#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

boost::json::value IntOrNull(const std::optional<std::int64_t>& v) {
  if (!v) return nullptr;
  return *v;
}

// Every field but person_id, shared by the create and patch readers.
void ReadWritable(JsonReader& reader, domain::RestitutionData& data) {
  reader.ObjectArray("components", [&data](JsonReader& item) {
    domain::RestitutionComponent c;
    c.component = item.ReqString("component");
    if (std::optional<std::int64_t> claimed = item.OptInt("claimed_idr")) {
      c.claimed_idr = *claimed;
    } else {
      item.AddError(item.Path("claimed_idr"), "required", "The amount claimed, in rupiah.");
    }
    c.awarded_idr = item.OptInt("awarded_idr");
    c.note = item.OptString("note");
    data.components.push_back(std::move(c));
  });
  data.court_case_number = reader.OptString("court_case_number");
  if (std::optional<core::Date> claimed_on = reader.ReqDate("claimed_on")) data.claimed_on = *claimed_on;
  data.verdict_on = reader.OptDate("verdict_on");
  data.final_notice_on = reader.OptDate("final_notice_on");
  data.paid_on = reader.OptDate("paid_on");
  data.paid_idr = reader.OptInt("paid_idr");
  data.unpaid_reported_on = reader.OptDate("unpaid_reported_on");
  data.warning_on = reader.OptDate("warning_on");
  data.seizure_on = reader.OptDate("seizure_on");
  data.substitute_detention_on = reader.OptDate("substitute_detention_on");
}

}  // namespace

domain::RestitutionData ReadRestitutionData(JsonReader& reader) {
  domain::RestitutionData data;
  data.person_id = reader.ReqString("person_id");
  ReadWritable(reader, data);
  return data;
}

boost::json::object RestitutionPatchableToJson(const domain::RestitutionData& d) {
  boost::json::array components;
  for (const domain::RestitutionComponent& c : d.components) {
    components.emplace_back(boost::json::object{{"component", c.component},
                                                {"claimed_idr", c.claimed_idr},
                                                {"awarded_idr", IntOrNull(c.awarded_idr)},
                                                {"note", StringOrNull(c.note)}});
  }
  boost::json::object o;
  o["components"] = std::move(components);
  o["court_case_number"] = StringOrNull(d.court_case_number);
  o["claimed_on"] = d.claimed_on.ToString();
  o["verdict_on"] = DateOrNull(d.verdict_on);
  o["final_notice_on"] = DateOrNull(d.final_notice_on);
  o["paid_on"] = DateOrNull(d.paid_on);
  o["paid_idr"] = IntOrNull(d.paid_idr);
  o["unpaid_reported_on"] = DateOrNull(d.unpaid_reported_on);
  o["warning_on"] = DateOrNull(d.warning_on);
  o["seizure_on"] = DateOrNull(d.seizure_on);
  o["substitute_detention_on"] = DateOrNull(d.substitute_detention_on);
  return o;
}

domain::RestitutionData ReadRestitutionPatch(JsonReader& reader) {
  domain::RestitutionData data;
  ReadWritable(reader, data);
  return data;
}

boost::json::object CaseRestitutionToJson(const domain::CaseRestitution& r) {
  boost::json::object o = RestitutionPatchableToJson(r.data);
  o["id"] = r.id;
  o["case_id"] = r.case_id;
  o["version"] = r.version;
  o["person_id"] = r.data.person_id;
  o["stage"] = r.stage;
  o["claimed_total_idr"] = r.claimed_total_idr;
  o["awarded_total_idr"] = IntOrNull(r.awarded_total_idr);
  o["payment_due_on"] = DateOrNull(r.payment_due_on);
  o["seizure_due_on"] = DateOrNull(r.seizure_due_on);
  o["created_at"] = TimestampJson(r.created_at);
  o["updated_at"] = TimestampJson(r.updated_at);
  o["created_by"] = r.created_by;
  o["updated_by"] = r.updated_by;
  return o;
}

}  // namespace sinergi::http
