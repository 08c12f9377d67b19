// Complaint facts JSON in both directions (dto_complaint.hpp).
#include "http/dto_complaint.hpp"

#include "domain/complaint_rules.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

boost::json::object ComplaintFactsPatchableToJson(const domain::ComplaintFactsData& data) {
  boost::json::object o;
  o["documents_incomplete"] = data.documents_incomplete;
  o["info_requested_on"] = DateOrNull(data.info_requested_on);
  o["unreachable_since"] = DateOrNull(data.unreachable_since);
  o["awaiting_response_since"] = DateOrNull(data.awaiting_response_since);
  o["settlement_clarified_on"] = DateOrNull(data.settlement_clarified_on);
  return o;
}

domain::ComplaintFactsData ReadComplaintFacts(JsonReader& reader) {
  domain::ComplaintFactsData data;
  data.documents_incomplete = reader.OptBool("documents_incomplete").value_or(false);
  data.info_requested_on = reader.OptDate("info_requested_on");
  data.unreachable_since = reader.OptDate("unreachable_since");
  data.awaiting_response_since = reader.OptDate("awaiting_response_since");
  data.settlement_clarified_on = reader.OptDate("settlement_clarified_on");
  return data;
}

boost::json::object ComplaintViewToJson(const domain::ComplaintView& view) {
  const domain::ComplaintFacts& f = view.facts;
  boost::json::object o = ComplaintFactsPatchableToJson(f.data);
  o["case_id"] = f.case_id;
  o["version"] = f.version;
  o["created_at"] = TimestampOrNull(f.created_at);
  o["created_by"] = StringOrNull(f.created_by);
  o["updated_at"] = TimestampOrNull(f.updated_at);
  o["updated_by"] = StringOrNull(f.updated_by);
  boost::json::array timers;
  for (const domain::ComplaintTimer& t : view.timers) {
    boost::json::object timer;
    timer["kind"] = domain::ToString(t.clock);
    timer["started_on"] = t.started_on.ToString();
    timer["due_on"] = t.due_on.ToString();
    timer["due_at"] = TimestampJson(t.due_at);
    timer["overdue"] = t.overdue;
    timer["legal_basis"] = t.legal_basis;
    timers.emplace_back(std::move(timer));
  }
  o["timers"] = std::move(timers);
  return o;
}

}  // namespace sinergi::http
