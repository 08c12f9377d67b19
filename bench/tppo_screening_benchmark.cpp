// The TPPO screening rule (domain/tppo_screening.hpp) behind POST /api/v1/screenings/tppo, over the reference
// cases of DOMAIN.md §1.6 and typical field reports with ILO forced-labour indicators. There is no cheaper way to
// apply the same rule, so the baseline is the request's unavoidable work: a bare Boost.JSON parse of the screening
// request body that carries the same input.
#include <benchmark/benchmark.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>
#include <string>
#include <vector>

#include "domain/tppo_screening.hpp"
#include "realistic_inputs.hpp"
#include "report_label.hpp"

namespace sinergi::bench {
namespace {

constexpr char kBaseline[] = "tppo/boost_parse_request";

domain::TppoScreeningInput Input(std::vector<std::string> acts, std::vector<std::string> means,
                                 std::vector<std::string> purposes, std::optional<int> age, bool occurred,
                                 std::vector<std::string> ilo) {
  domain::TppoScreeningInput in;
  in.acts = std::move(acts);
  in.means = std::move(means);
  in.purposes = std::move(purposes);
  in.victim_age = age;
  in.exploitation_occurred = occurred;
  in.ilo_indicators = std::move(ilo);
  return in;
}

// Eight screenings: the three reference cases, then reports as officers file them (a domestic worker in Malaysia
// with her passport held and wages withheld, a fishing-boat crew in debt bondage, an online-scam compound, a child
// sent to work, a placement that shows no pattern).
const std::vector<domain::TppoScreeningInput>& Screenings() {
  static const std::vector<domain::TppoScreeningInput> inputs = {
      Input({"PEREKRUTAN"}, {"PENIPUAN"}, {"KERJA_PAKSA"}, 28, false, {}),
      Input({"PEREKRUTAN"}, {}, {"PEMANFAATAN_SEKSUAL"}, 15, false, {}),
      Input({"PEREKRUTAN"}, {}, {"TENAGA_KEMAMPUAN"}, 30, false, {"FL11"}),
      Input({"PEREKRUTAN", "PENGIRIMAN", "PENAMPUNGAN"}, {"PENIPUAN", "POSISI_RENTAN"}, {"KERJA_PAKSA"}, 34, true,
            {"FL02", "FL03", "FL07", "FL08", "FL11"}),
      Input({"PEREKRUTAN", "PENGANGKUTAN"}, {"PENJERATAN_UTANG"}, {"KERJA_PAKSA", "PERBUDAKAN"}, 22, true,
            {"FL04", "FL05", "FL09", "FL10"}),
      Input({"PEREKRUTAN", "PENGIRIMAN", "PEMINDAHAN"}, {"PENIPUAN", "PENYEKAPAN", "ANCAMAN_KEKERASAN"},
            {"TENAGA_KEMAMPUAN", "PEMERASAN"}, 25, true, {"FL02", "FL03", "FL06", "FL07"}),
      Input({"PENGIRIMAN"}, {"BAYARAN_MANFAAT"}, {"TENAGA_KEMAMPUAN"}, 16, false, {"FL10"}),
      Input({"PEREKRUTAN"}, {}, {}, 41, false, {}),
  };
  return inputs;
}

// The POST bodies carrying the same screenings.
const std::vector<std::string>& RequestBodies() {
  static const std::vector<std::string> bodies = [] {
    std::vector<std::string> out;
    for (const domain::TppoScreeningInput& in : Screenings()) {
      boost::json::object o;
      o["acts"] = boost::json::value_from(in.acts);
      o["means"] = boost::json::value_from(in.means);
      o["purposes"] = boost::json::value_from(in.purposes);
      o["victim_age"] = *in.victim_age;
      o["exploitation_occurred"] = in.exploitation_occurred;
      o["ilo_indicators"] = boost::json::value_from(in.ilo_indicators);
      out.push_back(boost::json::serialize(o));
    }
    return out;
  }();
  return bodies;
}

void TppoBoostParseRequest(benchmark::State& state) {
  const auto& bodies = RequestBodies();
  std::size_t i = 0;
  for (auto _ : state) {
    boost::json::value parsed = boost::json::parse(bodies[i++ & 7]);
    benchmark::DoNotOptimize(parsed);
  }
  MarkBaseline(state);
}
BENCHMARK(TppoBoostParseRequest)->Name(kBaseline);

void TppoScreen(benchmark::State& state) {
  const auto& inputs = Screenings();
  for (const auto& in : inputs) {
    if (!domain::ScreenTppo(in).ok()) return state.SkipWithError("a sample screening is refused");
  }
  std::size_t i = 0;
  for (auto _ : state) {
    core::Result<domain::TppoScreeningResult> result = domain::ScreenTppo(inputs[i++ & 7]);
    benchmark::DoNotOptimize(result);
  }
  CompareWith(state, kBaseline);
}
BENCHMARK(TppoScreen)->Name("tppo/screen");

}  // namespace
}  // namespace sinergi::bench
