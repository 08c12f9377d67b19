// Working days (working_days.hpp).
#include "domain/working_days.hpp"

#include <algorithm>

namespace sinergi::domain {

int WeekdayIndex(core::Date d) {
  // 1970-01-01 was a Thursday (index 3).
  const long index = (d.DaysSinceEpoch() + 3) % 7;
  return static_cast<int>(index < 0 ? index + 7 : index);
}

bool IsWorkingDay(core::Date d, const std::vector<core::Date>& holidays) {
  if (WeekdayIndex(d) >= 5) return false;
  return !std::binary_search(holidays.begin(), holidays.end(), d);
}

core::Date AddWorkingDays(core::Date from, int n, const std::vector<core::Date>& holidays) {
  long day = from.DaysSinceEpoch();
  for (int counted = 0; counted < n;) {
    ++day;
    if (IsWorkingDay(core::Date::FromDaysSinceEpoch(day), holidays)) ++counted;
  }
  return core::Date::FromDaysSinceEpoch(day);
}

core::Date WorkingDaysHorizon(core::Date from, int n) {
  return core::Date::FromDaysSinceEpoch(from.DaysSinceEpoch() + 2L * std::max(n, 0) + 45);
}

}  // namespace sinergi::domain
