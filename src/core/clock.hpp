#pragma once
// Time source behind an interface so tests can fix "now" (leveldb Env style).
#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace sinergi::core {

class Clock {
 public:
  virtual ~Clock() = default;
  // Current UTC time. Thread-safe.
  virtual Timestamp Now() const = 0;
};

std::unique_ptr<Clock> NewSystemClock();

// `base` shifted by the whole number of seconds written in `offset_file` (e.g. "172800" for two days ahead; may be
// negative), read again on every call so a test can move time while a server runs. A missing or unreadable file, or
// one that does not hold just an integer, means no shift. For end-to-end tests only (config
// testing.clock_offset_file); production never sets it. Thread-safe.
std::unique_ptr<Clock> NewOffsetFileClock(std::unique_ptr<Clock> base, std::string offset_file);

// The offset an offset file's text means (see NewOffsetFileClock): an optional sign and digits, surrounding
// whitespace allowed, at most ten years either way; anything else is nullopt.
std::optional<std::chrono::seconds> ParseClockOffset(std::string_view text);

// A clock that returns what it is set to; for tests. Thread-safe.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(Timestamp t) : now_(t) {}
  Timestamp Now() const override { return now_.load(); }
  void Set(Timestamp t) { now_.store(t); }

 private:
  std::atomic<Timestamp> now_;
};

}  // namespace sinergi::core
