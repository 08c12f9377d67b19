// TPPO screening JSON in both directions: the input of POST /api/v1/screenings/tppo (and, with person_id, of a
// case screening) and the result both answer with.
#include <limits>

#include "http/dto_read.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

domain::TppoScreeningInput ReadTppoScreeningInput(JsonReader& reader) {
  domain::TppoScreeningInput in;
  in.acts = reader.StringArray("acts");
  in.means = reader.StringArray("means");
  in.purposes = reader.StringArray("purposes");
  if (std::optional<std::int64_t> age = reader.OptInt("victim_age")) {
    // Out-of-int values become an out-of-range age for the domain to name.
    in.victim_age = *age < 0 || *age > std::numeric_limits<int>::max() ? -1 : static_cast<int>(*age);
  }
  in.exploitation_occurred = reader.OptBool("exploitation_occurred").value_or(false);
  in.ilo_indicators = reader.StringArray("ilo_indicators");
  return in;
}

boost::json::object TppoScreeningInputToJson(const domain::TppoScreeningInput& in) {
  boost::json::object o;
  o["acts"] = StringsJson(in.acts);
  o["means"] = StringsJson(in.means);
  o["purposes"] = StringsJson(in.purposes);
  o["victim_age"] = in.victim_age ? boost::json::value(*in.victim_age) : boost::json::value();
  o["exploitation_occurred"] = in.exploitation_occurred;
  o["ilo_indicators"] = StringsJson(in.ilo_indicators);
  return o;
}

boost::json::object TppoScreeningResultToJson(const domain::TppoScreeningResult& r) {
  boost::json::object elements;
  elements["act"] = r.elements_met.act;
  elements["means"] = r.elements_met.means;
  elements["purpose"] = r.elements_met.purpose;
  elements["child"] = r.elements_met.child;
  elements["exploitation_occurred"] = r.elements_met.exploitation_occurred;
  boost::json::object forced;
  forced["suspected"] = r.forced_labour.suspected;
  forced["refer_for_assessment"] = r.forced_labour.refer_for_assessment;
  forced["involuntariness"] = StringsJson(r.forced_labour.involuntariness);
  forced["penalty"] = StringsJson(r.forced_labour.penalty);
  boost::json::object o;
  o["result"] = r.result;
  o["elements_met"] = std::move(elements);
  o["legal_basis"] = StringsJson(r.legal_basis);
  o["explanation"] = r.explanation;
  o["explanation_id"] = r.explanation_id;
  o["forced_labour"] = std::move(forced);
  return o;
}

}  // namespace sinergi::http
