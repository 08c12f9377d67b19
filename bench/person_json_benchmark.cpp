// A person through the HTTP layer's JSON code (http/dto_person.cpp): decoding a create/update body strictly into
// domain::PersonData, and encoding a stored person as the API returns it. Baselines: a bare Boost.JSON parse of the
// same body text, and a bare Boost.JSON serialize of the same (already built) response object, so the ratios show
// what Sinergi's mapping adds to the JSON library's own work.
#include <benchmark/benchmark.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <string>
#include <vector>

#include "http/dto_read.hpp"
#include "http/json_read.hpp"
#include "http/json_write.hpp"
#include "realistic_inputs.hpp"
#include "report_label.hpp"

namespace sinergi::bench {
namespace {

constexpr char kParseBaseline[] = "person_json/boost_parse";
constexpr char kSerializeBaseline[] = "person_json/boost_serialize";

// The request bodies a client sends to create these persons (about 400 bytes each).
const std::vector<std::string>& RequestBodies() {
  static const std::vector<std::string> bodies = [] {
    std::vector<std::string> out;
    for (const domain::Person& p : SamplePersons()) out.push_back(http::ToJsonText(http::PersonDataToJson(p.data)));
    return out;
  }();
  return bodies;
}

// The responses the API returns for these persons, already built.
const std::vector<boost::json::value>& ResponseValues() {
  static const std::vector<boost::json::value> values = [] {
    std::vector<boost::json::value> out;
    for (const domain::Person& p : SamplePersons()) out.emplace_back(http::PersonToJson(p, Regions()));
    return out;
  }();
  return values;
}

void PersonBoostParse(benchmark::State& state) {
  const auto& bodies = RequestBodies();
  std::size_t i = 0;
  std::int64_t bytes = 0;
  for (auto _ : state) {
    const std::string& body = bodies[i++ & (kSampleSize - 1)];
    boost::json::value parsed = boost::json::parse(body);
    benchmark::DoNotOptimize(parsed);
    bytes += static_cast<std::int64_t>(body.size());
  }
  state.SetBytesProcessed(bytes);
  MarkBaseline(state);
}
BENCHMARK(PersonBoostParse)->Name(kParseBaseline);

// What the person create/update handlers do with a body before calling the domain: parse it as one object, read
// every field strictly, reject unknown fields.
void PersonDecode(benchmark::State& state) {
  const auto& bodies = RequestBodies();
  for (const std::string& body : bodies) {  // the inputs must take the success path
    auto object = http::ParseJsonObject(body);
    if (!object.ok()) return state.SkipWithError("a sample body is not a JSON object");
    http::JsonReader reader(*object);
    http::ReadPersonData(reader);
    if (!reader.Finish().ok()) return state.SkipWithError("a sample body does not read as a person");
  }
  std::size_t i = 0;
  std::int64_t bytes = 0;
  for (auto _ : state) {
    const std::string& body = bodies[i++ & (kSampleSize - 1)];
    core::Result<boost::json::object> object = http::ParseJsonObject(body);
    http::JsonReader reader(*object);
    domain::PersonData data = http::ReadPersonData(reader);
    core::Status status = reader.Finish();
    benchmark::DoNotOptimize(data);
    benchmark::DoNotOptimize(status);
    bytes += static_cast<std::int64_t>(body.size());
  }
  state.SetBytesProcessed(bytes);
  CompareWith(state, kParseBaseline);
}
BENCHMARK(PersonDecode)->Name("person_json/decode");

void PersonBoostSerialize(benchmark::State& state) {
  const auto& values = ResponseValues();
  std::size_t i = 0;
  for (auto _ : state) {
    std::string text = boost::json::serialize(values[i++ & (kSampleSize - 1)]);
    benchmark::DoNotOptimize(text);
  }
  MarkBaseline(state);
}
BENCHMARK(PersonBoostSerialize)->Name(kSerializeBaseline);

// What GET /persons/{id} does after the service returned the person: build the response object (region resolved
// through the directory) and write it as text.
void PersonEncode(benchmark::State& state) {
  const auto& persons = SamplePersons();
  const domain::RegionDirectory& regions = Regions();
  std::size_t i = 0;
  for (auto _ : state) {
    std::string text = http::ToJsonText(http::PersonToJson(persons[i++ & (kSampleSize - 1)], regions));
    benchmark::DoNotOptimize(text);
  }
  CompareWith(state, kSerializeBaseline);
}
BENCHMARK(PersonEncode)->Name("person_json/encode");

}  // namespace
}  // namespace sinergi::bench
