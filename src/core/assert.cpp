#include "core/assert.hpp"

#include <atomic>
#include <cstdio>
#include <cstdlib>

namespace sinergi::core {
namespace {
std::atomic<std::uint64_t> g_bug_count{0};
}  // namespace

void CheckFailed(const char* expr, const char* file, int line) {
  std::fprintf(stderr, "sinergi: check failed: %s at %s:%d\n", expr, file, line);
  std::abort();
}

void ReportBug(const char* msg, const char* file, int line) {
  g_bug_count.fetch_add(1, std::memory_order_relaxed);
  std::fprintf(stderr, "sinergi: BUG: %s at %s:%d\n", msg, file, line);
#ifndef NDEBUG
  std::abort();
#endif
}

std::uint64_t BugCount() {
  return g_bug_count.load(std::memory_order_relaxed);
}

}  // namespace sinergi::core
