#pragma once
// How a benchmark tells bench/micro_report.mjs what its time is compared with: the label "baseline" marks a
// baseline, "vs <name>" names the baseline (measured in the same run) that the report divides by.
#include <benchmark/benchmark.h>

#include <string>
#include <string_view>

namespace sinergi::bench {

inline void MarkBaseline(benchmark::State& state) {
  state.SetLabel("baseline");
}

inline void CompareWith(benchmark::State& state, std::string_view baseline) {
  state.SetLabel("vs " + std::string(baseline));
}

}  // namespace sinergi::bench
