#pragma once
// Calendar dates (no time zone) and UTC timestamps, with the text forms the API uses:
// dates as "YYYY-MM-DD", timestamps as RFC 3339 UTC "YYYY-MM-DDTHH:MM:SS.mmmZ".
#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace sinergi::core {

struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  auto operator<=>(const Date&) const = default;

  // Strict "YYYY-MM-DD" with a real calendar day; nullopt otherwise.
  static std::optional<Date> Parse(std::string_view text);
  static bool IsValid(int year, int month, int day);
  std::string ToString() const;
  // Days since 1970-01-01 (may be negative).
  long DaysSinceEpoch() const;
  static Date FromDaysSinceEpoch(long days);
};

// Whole years between birth and on (0 if on < birth).
int AgeOn(const Date& birth, const Date& on);

using Timestamp = std::chrono::sys_time<std::chrono::milliseconds>;

std::string FormatTimestamp(Timestamp t);                        // RFC 3339 UTC with milliseconds
std::optional<Timestamp> ParseTimestamp(std::string_view text);  // accepts "...Z" with optional fraction
Date DateOf(Timestamp t);                                        // UTC calendar date

}  // namespace sinergi::core
