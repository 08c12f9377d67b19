#include "core/clock.hpp"

#include <charconv>
#include <fstream>
#include <iterator>

namespace sinergi::core {
namespace {
class SystemClock final : public Clock {
 public:
  Timestamp Now() const override {
    return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
  }
};

class OffsetFileClock final : public Clock {
 public:
  OffsetFileClock(std::unique_ptr<Clock> base, std::string offset_file)
      : base_(std::move(base)), offset_file_(std::move(offset_file)) {}

  Timestamp Now() const override {
    std::ifstream in(offset_file_);
    if (!in) return base_->Now();
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto offset = ParseClockOffset(text);
    return offset ? base_->Now() + *offset : base_->Now();
  }

 private:
  std::unique_ptr<Clock> base_;
  std::string offset_file_;
};

bool IsSpace(char ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}
}  // namespace

std::unique_ptr<Clock> NewSystemClock() {
  return std::make_unique<SystemClock>();
}

std::unique_ptr<Clock> NewOffsetFileClock(std::unique_ptr<Clock> base, std::string offset_file) {
  return std::make_unique<OffsetFileClock>(std::move(base), std::move(offset_file));
}

std::optional<std::chrono::seconds> ParseClockOffset(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  if (!text.empty() && text.front() == '+') {
    text.remove_prefix(1);
    if (!text.empty() && text.front() == '-') return std::nullopt;  // "+-5"
  }
  if (text.empty()) return std::nullopt;
  long long seconds = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  constexpr long long kTenYears = 10LL * 366 * 24 * 3600;
  if (seconds > kTenYears || seconds < -kTenYears) return std::nullopt;
  return std::chrono::seconds(seconds);
}

}  // namespace sinergi::core
