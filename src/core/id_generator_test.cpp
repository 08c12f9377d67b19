#include "core/id_generator.hpp"

#include <gtest/gtest.h>

#include <set>

namespace sinergi::core {
namespace {

TEST(UlidTest, IdsAreWellFormedUniqueAndIncreasingWithinOneMillisecond) {
  ManualClock clock(Timestamp{std::chrono::milliseconds{1'700'000'000'000}});
  auto ids = NewUlidGenerator(clock);
  ASSERT_NE(ids, nullptr);
  std::string previous;
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    std::string id = ids->NewId();
    EXPECT_TRUE(IsUlid(id)) << id;
    EXPECT_GT(id, previous);
    previous = id;
    seen.insert(id);
  }
  EXPECT_EQ(seen.size(), 1000u);
}

TEST(UlidTest, LaterTimeSortsAfter) {
  ManualClock clock(Timestamp{std::chrono::milliseconds{1'700'000'000'000}});
  auto ids = NewUlidGenerator(clock);
  std::string first = ids->NewId();
  clock.Set(Timestamp{std::chrono::milliseconds{1'700'000'000'001}});
  EXPECT_GT(ids->NewId(), first);
  EXPECT_EQ(first.substr(0, 10), "01HF7YAT00");  // 48-bit time prefix of 1700000000000 ms
}

TEST(UlidTest, RejectsMalformedIds) {
  EXPECT_FALSE(IsUlid(""));
  EXPECT_FALSE(IsUlid("01HF7YAT00ABCDEFGHJKMNPQRS0"));  // 27 chars
  EXPECT_FALSE(IsUlid("01HF7YAT00ABCDEFGHIKMNPQRS"));   // contains I
  EXPECT_FALSE(IsUlid("81HF7YAT00ABCDEFGHJKMNPQRS"));   // overflows 48 bits
}

}  // namespace
}  // namespace sinergi::core
