// NIK validation and decoding (domain/nik.hpp), the check every person create and update runs, against the
// cheapest conceivable check of the same strings: 16 characters, all digits.
#include <benchmark/benchmark.h>

#include <algorithm>

#include "domain/nik.hpp"
#include "realistic_inputs.hpp"
#include "report_label.hpp"

namespace sinergi::bench {
namespace {

constexpr char kBaseline[] = "nik/sixteen_digit_check";

void NikSixteenDigitCheck(benchmark::State& state) {
  const auto& identities = SampleIdentities();
  std::size_t i = 0;
  for (auto _ : state) {
    const std::string& nik = identities[i++ & (kSampleSize - 1)].nik;
    bool ok = nik.size() == 16 && std::all_of(nik.begin(), nik.end(), [](char c) { return c >= '0' && c <= '9'; });
    benchmark::DoNotOptimize(ok);
  }
  MarkBaseline(state);
}
BENCHMARK(NikSixteenDigitCheck)->Name(kBaseline);

// The full decode with the whole region directory, as the server runs it.
void NikDecode(benchmark::State& state) {
  const auto& identities = SampleIdentities();
  const domain::RegionDirectory& regions = Regions();
  std::size_t i = 0;
  for (auto _ : state) {
    domain::NikDecoded decoded = domain::DecodeNik(identities[i++ & (kSampleSize - 1)].nik, regions, kToday);
    benchmark::DoNotOptimize(decoded);
  }
  CompareWith(state, kBaseline);
}
BENCHMARK(NikDecode)->Name("nik/decode");

// The format rules alone: an empty directory skips the region lookups, so the difference to nik/decode is their
// cost (three hash lookups and the names copied out).
void NikDecodeWithoutRegions(benchmark::State& state) {
  const auto& identities = SampleIdentities();
  const domain::RegionDirectory no_regions;
  std::size_t i = 0;
  for (auto _ : state) {
    domain::NikDecoded decoded = domain::DecodeNik(identities[i++ & (kSampleSize - 1)].nik, no_regions, kToday);
    benchmark::DoNotOptimize(decoded);
  }
  CompareWith(state, kBaseline);
}
BENCHMARK(NikDecodeWithoutRegions)->Name("nik/decode_without_regions");

// What a person write does with a NIK: decode, then compare it with the stated sex and birth date.
void NikDecodeAndCheckConsistency(benchmark::State& state) {
  const auto& identities = SampleIdentities();
  const domain::RegionDirectory& regions = Regions();
  std::size_t i = 0;
  for (auto _ : state) {
    const SampleIdentity& id = identities[i++ & (kSampleSize - 1)];
    const std::optional<std::string> sex = id.female ? "PEREMPUAN" : "LAKI_LAKI";
    domain::NikDecoded decoded = domain::DecodeNik(id.nik, regions, kToday);
    std::vector<domain::Warning> warnings = domain::NikConsistencyWarnings(decoded, sex, id.birth_date);
    benchmark::DoNotOptimize(decoded);
    benchmark::DoNotOptimize(warnings);
  }
  CompareWith(state, kBaseline);
}
BENCHMARK(NikDecodeAndCheckConsistency)->Name("nik/decode_and_check_consistency");

}  // namespace
}  // namespace sinergi::bench
