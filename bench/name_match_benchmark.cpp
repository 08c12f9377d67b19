// Name normalisation and matching (domain/name_match.hpp): NameKey runs on every name and alias a person write
// stores and on every search query; NameSimilarity scores every candidate a name search ranks. Baselines: a plain
// ASCII lower-casing copy of the same names, and the textbook Levenshtein distance of the same key pairs.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cctype>
#include <numeric>
#include <vector>

#include "domain/name_match.hpp"
#include "realistic_inputs.hpp"
#include "report_label.hpp"

namespace sinergi::bench {
namespace {

constexpr char kLowercaseBaseline[] = "name/lowercase_copy";
constexpr char kLevenshteinBaseline[] = "name/levenshtein";

void NameLowercaseCopy(benchmark::State& state) {
  const auto& names = SampleNames();
  std::size_t i = 0;
  for (auto _ : state) {
    std::string lowered = names[i++ & (kSampleSize - 1)];
    for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    benchmark::DoNotOptimize(lowered);
  }
  MarkBaseline(state);
}
BENCHMARK(NameLowercaseCopy)->Name(kLowercaseBaseline);

void NameKeyOfName(benchmark::State& state) {
  const auto& names = SampleNames();
  std::size_t i = 0;
  for (auto _ : state) {
    std::string key = domain::NameKey(names[i++ & (kSampleSize - 1)]);
    benchmark::DoNotOptimize(key);
  }
  CompareWith(state, kLowercaseBaseline);
}
BENCHMARK(NameKeyOfName)->Name("name/name_key");

// Levenshtein distance with two rows, the usual fuzzy-match baseline.
std::size_t Levenshtein(std::string_view a, std::string_view b) {
  std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
  std::iota(previous.begin(), previous.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

void NameLevenshtein(benchmark::State& state) {
  const auto& pairs = SampleKeyPairs();
  std::size_t i = 0;
  for (auto _ : state) {
    const auto& [a, b] = pairs[i++ & (kSampleSize - 1)];
    std::size_t distance = Levenshtein(a, b);
    benchmark::DoNotOptimize(distance);
  }
  MarkBaseline(state);
}
BENCHMARK(NameLevenshtein)->Name(kLevenshteinBaseline);

void NameSimilarityOfKeys(benchmark::State& state) {
  const auto& pairs = SampleKeyPairs();
  std::size_t i = 0;
  for (auto _ : state) {
    const auto& [a, b] = pairs[i++ & (kSampleSize - 1)];
    double score = domain::NameSimilarity(a, b);
    benchmark::DoNotOptimize(score);
  }
  CompareWith(state, kLevenshteinBaseline);
}
BENCHMARK(NameSimilarityOfKeys)->Name("name/similarity");

}  // namespace
}  // namespace sinergi::bench
