// The benchmark runner: Google Benchmark's usual main, plus what bench/micro_report.mjs needs to describe the run in
// the JSON context (compiler, build type and flags, the CPUs the process may run on). The realistic inputs are built
// here, before any timing starts, so no benchmark pays for loading reference data.
#include <benchmark/benchmark.h>
#include <sched.h>

#include <string>

#include "realistic_inputs.hpp"

namespace {

std::string Compiler() {
#if defined(__clang__)
  return std::string("clang ") + __clang_version__;
#elif defined(__GNUC__)
  return std::string("g++ ") + __VERSION__;
#else
  return "unknown";
#endif
}

// The CPUs this process is allowed on, e.g. "1" under `taskset -c 1`, "0-1" unpinned on two cores.
std::string Affinity() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) != 0) return "unknown";
  std::string out;
  for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
    if (!CPU_ISSET(cpu, &set)) continue;
    if (!out.empty()) out += ',';
    out += std::to_string(cpu);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::AddCustomContext("sinergi_compiler", Compiler());
  benchmark::AddCustomContext("sinergi_build_type", SINERGI_BUILD_TYPE);
  benchmark::AddCustomContext("sinergi_build_flags", SINERGI_BUILD_FLAGS);
  benchmark::AddCustomContext("sinergi_cpu_affinity", Affinity());
  // Build (and check) every input now, outside the timed loops.
  sinergi::bench::SamplePersons();
  sinergi::bench::SampleKeyPairs();
  sinergi::bench::SampleNames();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
