#include "core/date.hpp"

#include <charconv>
#include <cstdio>

namespace sinergi::core {
namespace {

bool ParseInt(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

}  // namespace

bool Date::IsValid(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  using namespace std::chrono;
  return day <= static_cast<int>(static_cast<unsigned>(
                    year_month_day_last(std::chrono::year(year),
                                        month_day_last(std::chrono::month(static_cast<unsigned>(month))))
                        .day()));
}

std::optional<Date> Date::Parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  Date d;
  if (!ParseInt(text.substr(0, 4), d.year) || !ParseInt(text.substr(5, 2), d.month) ||
      !ParseInt(text.substr(8, 2), d.day)) {
    return std::nullopt;
  }
  if (!IsValid(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

std::string Date::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

long Date::DaysSinceEpoch() const {
  using namespace std::chrono;
  sys_days days{std::chrono::year(year) / std::chrono::month(static_cast<unsigned>(month)) /
                std::chrono::day(static_cast<unsigned>(day))};
  return static_cast<long>(days.time_since_epoch().count());
}

Date Date::FromDaysSinceEpoch(long days) {
  using namespace std::chrono;
  year_month_day ymd{sys_days{std::chrono::days{days}}};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

int AgeOn(const Date& birth, const Date& on) {
  if (on < birth) return 0;
  int age = on.year - birth.year;
  if (on.month < birth.month || (on.month == birth.month && on.day < birth.day)) --age;
  return age;
}

std::string FormatTimestamp(Timestamp t) {
  using namespace std::chrono;
  auto days = floor<std::chrono::days>(t);
  year_month_day ymd{days};
  hh_mm_ss hms{t - days};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()), static_cast<int>(hms.subseconds().count()));
  return buf;
}

std::optional<Timestamp> ParseTimestamp(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SS[.fff]Z
  if (text.size() < 20 || text.back() != 'Z' || (text[10] != 'T' && text[10] != 't')) return std::nullopt;
  auto date = Date::Parse(text.substr(0, 10));
  if (!date || text[13] != ':' || text[16] != ':') return std::nullopt;
  int h = 0, m = 0, s = 0, ms = 0;
  if (!ParseInt(text.substr(11, 2), h) || !ParseInt(text.substr(14, 2), m) || !ParseInt(text.substr(17, 2), s)) {
    return std::nullopt;
  }
  if (h > 23 || m > 59 || s > 60) return std::nullopt;
  std::string_view rest = text.substr(19, text.size() - 20);
  if (!rest.empty()) {
    if (rest[0] != '.' || rest.size() < 2 || rest.size() > 10) return std::nullopt;
    std::string frac(rest.substr(1));
    while (frac.size() < 3) frac.push_back('0');
    if (!ParseInt(std::string_view(frac).substr(0, 3), ms)) return std::nullopt;
    for (char c : frac) {
      if (c < '0' || c > '9') return std::nullopt;
    }
  }
  using namespace std::chrono;
  return Timestamp{sys_days{std::chrono::days{date->DaysSinceEpoch()}}.time_since_epoch() + hours{h} + minutes{m} +
                   seconds{s} + milliseconds{ms}};
}

Date DateOf(Timestamp t) {
  auto days = std::chrono::floor<std::chrono::days>(t);
  return Date::FromDaysSinceEpoch(static_cast<long>(days.time_since_epoch().count()));
}

}  // namespace sinergi::core
