// Field-level encryption at rest (core/key_ring.hpp): every write of a sealed column seals, every read opens
// (XSalsa20-Poly1305 with a fresh random nonce, base64url text). Two payloads as the registry stores them: an
// address line, and the field-level before/after of a person update in change_history. Baseline: a memcpy of the
// same bytes into a buffer, what storing the plaintext would cost.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/key_ring.hpp"
#include "realistic_inputs.hpp"
#include "report_label.hpp"

namespace sinergi::bench {
namespace {

[[noreturn]] void NoKey(const core::Error& error) {
  std::fprintf(stderr, "sinergi_benchmarks: cannot make a data key: %s\n", error.message().c_str());
  std::exit(2);
}

// A ring with one fresh key, as `sinergi key generate` writes it.
const core::KeyRing& Ring() {
  static const core::KeyRing ring = [] {
    core::Result<std::string> line = core::KeyRing::NewKeyLine("k2025a");
    if (!line.ok()) NoKey(line.error());
    core::Result<core::KeyRing> parsed = core::KeyRing::Parse(*line);
    if (!parsed.ok()) NoKey(parsed.error());
    return std::move(*parsed);
  }();
  return ring;
}

// A sealed address_line (about 40 bytes).
std::string AddressLine() {
  return *SamplePersons()[3].data.address_line + ", Desa Sumbersari";
}

// A change_history.changes value: the fields a case worker changed, before and after (about 600 bytes).
std::string HistoryChanges() {
  return R"([{"field":"address_line","before":"Dusun Krajan RT 003/RW 002, Desa Sumbersari","after":)"
         R"("Jl. Melati No. 12 RT 001/RW 004, Kelurahan Kauman"},{"field":"address_region_code","before":)"
         R"("35.07.12.2001","after":"35.07.13.1004"},{"field":"phone","before":"+6281234567890","after":)"
         R"("+6285712345678"},{"field":"marital_status","before":"BELUM_KAWIN","after":"KAWIN"},{"field":)"
         R"("pmi_status","before":"CALON","after":"AKAN_BEKERJA"},{"field":"skills","before":["Memasak"],)"
         R"("after":["Memasak","Merawat lansia","Bahasa Mandarin dasar"]},{"field":"education","before":"SMP",)"
         R"("after":"SMA"},{"field":"passport_number","before":null,"after":"C4821937"}])";
}

std::string Payload(bool history) {
  return history ? HistoryChanges() : AddressLine();
}

void KeyRingMemcpy(benchmark::State& state, bool history) {
  const std::string plaintext = Payload(history);
  std::vector<char> buffer(plaintext.size());
  for (auto _ : state) {
    std::memcpy(buffer.data(), plaintext.data(), plaintext.size());
    benchmark::DoNotOptimize(buffer.data());
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * plaintext.size()));
  MarkBaseline(state);
}
BENCHMARK_CAPTURE(KeyRingMemcpy, address_line, false)->Name("key_ring/memcpy/address_line");
BENCHMARK_CAPTURE(KeyRingMemcpy, history_changes, true)->Name("key_ring/memcpy/history_changes");

void KeyRingSeal(benchmark::State& state, bool history) {
  const std::string plaintext = Payload(history);
  const core::KeyRing& ring = Ring();
  for (auto _ : state) {
    std::string sealed = ring.Seal(plaintext);
    benchmark::DoNotOptimize(sealed);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * plaintext.size()));
  CompareWith(state, history ? "key_ring/memcpy/history_changes" : "key_ring/memcpy/address_line");
}
BENCHMARK_CAPTURE(KeyRingSeal, address_line, false)->Name("key_ring/seal/address_line");
BENCHMARK_CAPTURE(KeyRingSeal, history_changes, true)->Name("key_ring/seal/history_changes");

void KeyRingOpen(benchmark::State& state, bool history) {
  const std::string plaintext = Payload(history);
  const core::KeyRing& ring = Ring();
  const std::string sealed = ring.Seal(plaintext);
  auto check = ring.Open(sealed);
  if (!check.ok() || *check != plaintext) return state.SkipWithError("sealed value does not open");
  for (auto _ : state) {
    core::Result<std::string> opened = ring.Open(sealed);
    benchmark::DoNotOptimize(opened);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * plaintext.size()));
  CompareWith(state, history ? "key_ring/memcpy/history_changes" : "key_ring/memcpy/address_line");
}
BENCHMARK_CAPTURE(KeyRingOpen, address_line, false)->Name("key_ring/open/address_line");
BENCHMARK_CAPTURE(KeyRingOpen, history_changes, true)->Name("key_ring/open/history_changes");

}  // namespace
}  // namespace sinergi::bench
