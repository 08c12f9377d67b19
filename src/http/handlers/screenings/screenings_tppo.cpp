// POST /api/v1/screenings/tppo {acts, means, purposes, victim_age, exploitation_occurred, ilo_indicators}
// -> 200 {result, elements_met, legal_basis, explanation, explanation_id, forced_labour}. A stand-alone check for
// a field officer (domain/tppo_screening.hpp): nothing is stored. An unknown code is a 400 naming it.
#include <limits>

#include "domain/tppo_screening.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

domain::TppoScreeningInput ReadScreeningInput(JsonReader& reader) {
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

boost::json::array Strings(const std::vector<std::string>& items) {
  boost::json::array out;
  for (const std::string& s : items) out.emplace_back(s);
  return out;
}

boost::json::object ResultToJson(const domain::TppoScreeningResult& r) {
  boost::json::object elements;
  elements["act"] = r.elements_met.act;
  elements["means"] = r.elements_met.means;
  elements["purpose"] = r.elements_met.purpose;
  elements["child"] = r.elements_met.child;
  elements["exploitation_occurred"] = r.elements_met.exploitation_occurred;
  boost::json::object forced;
  forced["suspected"] = r.forced_labour.suspected;
  forced["refer_for_assessment"] = r.forced_labour.refer_for_assessment;
  forced["involuntariness"] = Strings(r.forced_labour.involuntariness);
  forced["penalty"] = Strings(r.forced_labour.penalty);
  boost::json::object o;
  o["result"] = r.result;
  o["elements_met"] = std::move(elements);
  o["legal_basis"] = Strings(r.legal_basis);
  o["explanation"] = r.explanation;
  o["explanation_id"] = r.explanation_id;
  o["forced_labour"] = std::move(forced);
  return o;
}

}  // namespace

Response ScreeningsTppo(Request& req, ApiDeps& /*deps*/) {
  core::Result<domain::TppoScreeningInput> in = ReadBody<domain::TppoScreeningInput>(req, ReadScreeningInput);
  if (!in) return ErrorResponse(in.error(), req);
  core::Result<domain::TppoScreeningResult> result = domain::RunTppoScreening(req.actor, *in);
  if (!result) return ErrorResponse(result.error(), req);
  return JsonResponse(200, ResultToJson(*result));
}

}  // namespace sinergi::http
