#include "core/id_generator.hpp"

#include <sodium.h>

#include <array>
#include <cstdint>
#include <mutex>

namespace sinergi::core {
namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

class UlidGenerator final : public IdGenerator {
 public:
  explicit UlidGenerator(const Clock& clock) : clock_(clock) {}

  std::string NewId() override {
    auto ms = static_cast<std::uint64_t>(clock_.Now().time_since_epoch().count());
    std::array<unsigned char, 10> rnd{};
    {
      // Within one millisecond, increment the random part so ids stay strictly increasing (ULID spec).
      std::lock_guard lock(mu_);
      if (ms <= last_ms_) {
        ms = last_ms_;
        for (int i = 9; i >= 0; --i) {
          if (++last_rnd_[static_cast<std::size_t>(i)] != 0) break;
        }
      } else {
        randombytes_buf(last_rnd_.data(), last_rnd_.size());
        last_ms_ = ms;
      }
      rnd = last_rnd_;
    }
    std::string out(26, '0');
    for (int i = 9; i >= 0; --i) {
      out[static_cast<std::size_t>(i)] = kAlphabet[ms & 31U];
      ms >>= 5;
    }
    // 80 random bits -> 16 base32 chars, most significant bits first.
    for (std::size_t i = 0; i < 16; ++i) {
      std::size_t bit = i * 5;
      unsigned v = 0;
      for (std::size_t b = 0; b < 5; ++b, ++bit) {
        v = (v << 1) | ((rnd[bit / 8] >> (7 - bit % 8)) & 1U);
      }
      out[10 + i] = kAlphabet[v];
    }
    return out;
  }

 private:
  const Clock& clock_;
  std::mutex mu_;
  std::uint64_t last_ms_ = 0;                 // guarded by mu_
  std::array<unsigned char, 10> last_rnd_{};  // guarded by mu_
};

}  // namespace

std::unique_ptr<IdGenerator> NewUlidGenerator(const Clock& clock) {
  if (sodium_init() < 0) return nullptr;
  return std::make_unique<UlidGenerator>(clock);
}

bool IsUlid(const std::string& id) {
  if (id.size() != 26) return false;
  for (char c : id) {
    bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z' && c != 'I' && c != 'L' && c != 'O' && c != 'U');
    if (!ok) return false;
  }
  return id[0] <= '7';
}

}  // namespace sinergi::core
