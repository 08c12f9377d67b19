// Working days (working_days.hpp): weekends, a holiday on a weekday, a long Lebaran break.
#include "domain/working_days.hpp"

#include <gtest/gtest.h>

namespace sinergi::domain {
namespace {

constexpr core::Date D(int y, int m, int d) {
  return core::Date{y, m, d};
}

TEST(WorkingDays, KnowsTheWeekday) {
  EXPECT_EQ(WeekdayIndex(D(1970, 1, 1)), 3);    // Thursday
  EXPECT_EQ(WeekdayIndex(D(1969, 12, 29)), 0);  // Monday, before the epoch
  EXPECT_EQ(WeekdayIndex(D(2026, 12, 4)), 4);   // Friday
  EXPECT_EQ(WeekdayIndex(D(2026, 12, 6)), 6);   // Sunday
}

TEST(WorkingDays, SkipsTheWeekend) {
  EXPECT_EQ(AddWorkingDays(D(2026, 12, 4), 1, {}), D(2026, 12, 7));  // Friday -> Monday
  EXPECT_EQ(AddWorkingDays(D(2026, 12, 5), 1, {}), D(2026, 12, 7));  // from a Saturday: Monday is the first
  EXPECT_EQ(AddWorkingDays(D(2026, 12, 1), 3, {}), D(2026, 12, 4));  // Tuesday + 3 = Friday
  // 15 working days from a Monday are three full weeks.
  EXPECT_EQ(AddWorkingDays(D(2026, 11, 2), 15, {}), D(2026, 11, 23));
  EXPECT_FALSE(IsWorkingDay(D(2026, 12, 5), {}));
  EXPECT_TRUE(IsWorkingDay(D(2026, 12, 7), {}));
}

TEST(WorkingDays, ZeroDaysIsTheStartItself) {
  EXPECT_EQ(AddWorkingDays(D(2026, 12, 5), 0, {}), D(2026, 12, 5));
  EXPECT_EQ(AddWorkingDays(D(2026, 12, 5), -3, {}), D(2026, 12, 5));
}

TEST(WorkingDays, SkipsAHolidayOnAWeekday) {
  const std::vector<core::Date> holidays{D(2026, 8, 17)};  // Independence Day, a Monday
  EXPECT_FALSE(IsWorkingDay(D(2026, 8, 17), holidays));
  EXPECT_EQ(AddWorkingDays(D(2026, 8, 14), 1, holidays), D(2026, 8, 18));  // Friday -> Tuesday
  EXPECT_EQ(AddWorkingDays(D(2026, 8, 14), 1, {}), D(2026, 8, 17));
  // A holiday on a weekend changes nothing; duplicates neither.
  const std::vector<core::Date> weekend{D(2026, 8, 15), D(2026, 8, 15), D(2026, 8, 16)};
  EXPECT_EQ(AddWorkingDays(D(2026, 8, 14), 1, weekend), D(2026, 8, 17));
}

TEST(WorkingDays, SkipsALongLebaranBreak) {
  // Nyepi and Idul Fitri 1447 H with the collective leave around them (the SKB of 2026): the week of 18-24 March
  // has no working day.
  const std::vector<core::Date> lebaran{D(2026, 3, 18), D(2026, 3, 19), D(2026, 3, 20), D(2026, 3, 23), D(2026, 3, 24)};
  EXPECT_EQ(AddWorkingDays(D(2026, 3, 17), 1, lebaran), D(2026, 3, 25));
  // The public holidays of date-holidays for that spring (19, 20 March and Good Friday, 3 April): 15 working days
  // from Friday 13 March end on Wednesday 8 April instead of Friday 3 April.
  const std::vector<core::Date> holidays{D(2026, 3, 19), D(2026, 3, 20), D(2026, 4, 3)};
  EXPECT_EQ(AddWorkingDays(D(2026, 3, 13), 15, {}), D(2026, 4, 3));
  EXPECT_EQ(AddWorkingDays(D(2026, 3, 13), 15, holidays), D(2026, 4, 8));
}

TEST(WorkingDays, TheHorizonCoversTheResult) {
  const std::vector<core::Date> holidays{D(2026, 3, 18), D(2026, 3, 19), D(2026, 3, 20),
                                         D(2026, 3, 23), D(2026, 3, 24), D(2026, 4, 3)};
  const core::Date from = D(2026, 3, 13);
  EXPECT_LE(AddWorkingDays(from, 15, holidays), WorkingDaysHorizon(from, 15));
  EXPECT_EQ(WorkingDaysHorizon(from, 15), D(2026, 5, 27));  // 13 March + 75 days
}

}  // namespace
}  // namespace sinergi::domain
