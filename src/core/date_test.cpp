#include "core/date.hpp"

#include <gtest/gtest.h>

namespace sinergi::core {
namespace {

TEST(DateTest, ParsesStrictIsoDates) {
  auto d = Date::Parse("2024-02-29");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->ToString(), "2024-02-29");
  EXPECT_FALSE(Date::Parse("2023-02-29"));  // not a leap year
  EXPECT_FALSE(Date::Parse("2024-13-01"));
  EXPECT_FALSE(Date::Parse("2024-1-01"));
  EXPECT_FALSE(Date::Parse("2024-01-01T00:00:00Z"));
  EXPECT_FALSE(Date::Parse("+024-01-01"));
}

TEST(DateTest, AgeCountsWholeYears) {
  Date birth{2008, 10, 21};
  EXPECT_EQ(AgeOn(birth, {2026, 10, 20}), 17);
  EXPECT_EQ(AgeOn(birth, {2026, 10, 21}), 18);
  EXPECT_EQ(AgeOn(birth, {2000, 1, 1}), 0);
}

TEST(DateTest, DaysSinceEpochRoundTrips) {
  Date d{1969, 12, 31};
  EXPECT_EQ(d.DaysSinceEpoch(), -1);
  EXPECT_EQ(Date::FromDaysSinceEpoch(d.DaysSinceEpoch()), d);
  EXPECT_EQ(Date::FromDaysSinceEpoch(Date{2026, 11, 22}.DaysSinceEpoch()), (Date{2026, 11, 22}));
}

TEST(TimestampTest, FormatsAndParsesRfc3339Utc) {
  auto t = ParseTimestamp("2026-11-22T03:04:05.123Z");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(FormatTimestamp(*t), "2026-11-22T03:04:05.123Z");
  EXPECT_EQ(DateOf(*t), (Date{2026, 11, 22}));
  auto whole = ParseTimestamp("2026-11-22T03:04:05Z");
  ASSERT_TRUE(whole.has_value());
  EXPECT_EQ(FormatTimestamp(*whole), "2026-11-22T03:04:05.000Z");
  EXPECT_FALSE(ParseTimestamp("2026-11-22 03:04:05Z"));
  EXPECT_FALSE(ParseTimestamp("2026-11-22T25:04:05Z"));
  EXPECT_FALSE(ParseTimestamp("2026-11-22T03:04:05+07:00"));
}

}  // namespace
}  // namespace sinergi::core
