#include "core/clock.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace sinergi::core {
namespace {

using std::chrono::seconds;

TEST(ClockOffsetTest, ParsesSignedWholeSeconds) {
  EXPECT_EQ(ParseClockOffset("172800"), seconds(172800));
  EXPECT_EQ(ParseClockOffset("  +60\n"), seconds(60));
  EXPECT_EQ(ParseClockOffset("-3600"), seconds(-3600));
  EXPECT_EQ(ParseClockOffset("0"), seconds(0));
}

TEST(ClockOffsetTest, RejectsAnythingElse) {
  EXPECT_FALSE(ParseClockOffset(""));
  EXPECT_FALSE(ParseClockOffset("  "));
  EXPECT_FALSE(ParseClockOffset("2d"));
  EXPECT_FALSE(ParseClockOffset("1.5"));
  EXPECT_FALSE(ParseClockOffset("+-5"));
  EXPECT_FALSE(ParseClockOffset("99999999999999999999"));
  EXPECT_FALSE(ParseClockOffset("400000000"));  // beyond ten years
}

class OffsetFileClockTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("sinergi-clock-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove(path_);
  }
  void TearDown() override { std::filesystem::remove(path_); }
  void Write(const std::string& text) { std::ofstream(path_) << text; }

  std::filesystem::path path_;
  const Timestamp base_time_ = *ParseTimestamp("2026-12-03T10:00:00Z");
};

TEST_F(OffsetFileClockTest, FollowsTheFileAsItChanges) {
  auto clock = NewOffsetFileClock(std::make_unique<ManualClock>(base_time_), path_.string());
  EXPECT_EQ(clock->Now(), base_time_);  // no file yet: no shift
  Write("86400\n");
  EXPECT_EQ(clock->Now(), *ParseTimestamp("2026-12-04T10:00:00Z"));
  Write("-7200");
  EXPECT_EQ(clock->Now(), *ParseTimestamp("2026-12-03T08:00:00Z"));
}

TEST_F(OffsetFileClockTest, AMalformedFileMeansNoShift) {
  auto clock = NewOffsetFileClock(std::make_unique<ManualClock>(base_time_), path_.string());
  Write("two days");
  EXPECT_EQ(clock->Now(), base_time_);
}

}  // namespace
}  // namespace sinergi::core
