#pragma once
// Time source behind an interface so tests can fix "now" (leveldb Env style).
#include <memory>

#include "core/date.hpp"

namespace sinergi::core {

class Clock {
 public:
  virtual ~Clock() = default;
  // Current UTC time. Thread-safe.
  virtual Timestamp Now() const = 0;
};

std::unique_ptr<Clock> NewSystemClock();

// A clock that returns what it is set to; for tests. Thread-safe.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(Timestamp t) : now_(t) {}
  Timestamp Now() const override { return now_; }
  void Set(Timestamp t) { now_ = t; }

 private:
  Timestamp now_;
};

}  // namespace sinergi::core
