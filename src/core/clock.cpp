#include "core/clock.hpp"

namespace sinergi::core {
namespace {
class SystemClock final : public Clock {
 public:
  Timestamp Now() const override {
    return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
  }
};
}  // namespace

std::unique_ptr<Clock> NewSystemClock() {
  return std::make_unique<SystemClock>();
}

}  // namespace sinergi::core
