#pragma once
// The assertion ladder (STYLE.md §5). Never use these on user input: validate it instead.
//   SINERGI_DCHECK(c): debug-only invariant.
//   SINERGI_CHECK(c):  invariant checked in every build; aborts with file:line.
//   SINERGI_BUG(msg):  something that must not happen; aborts in debug, logs and counts in release.
#include <cstdint>

namespace sinergi::core {
[[noreturn]] void CheckFailed(const char* expr, const char* file, int line);
void ReportBug(const char* msg, const char* file, int line);
// Number of SINERGI_BUG hits since start (exported as a metric).
std::uint64_t BugCount();
}  // namespace sinergi::core

#define SINERGI_CHECK(c) ((c) ? static_cast<void>(0) : ::sinergi::core::CheckFailed(#c, __FILE__, __LINE__))
#ifdef NDEBUG
#define SINERGI_DCHECK(c) static_cast<void>(0)
#else
#define SINERGI_DCHECK(c) SINERGI_CHECK(c)
#endif
#define SINERGI_BUG(msg) ::sinergi::core::ReportBug((msg), __FILE__, __LINE__)
