#pragma once
// Working days (hari kerja) for the legal timers counted in them, e.g. Perban BP2MI 6/2024 Ps 30(1)(b): 15 working
// days. A working day is Monday to Friday and not a national public holiday. The holidays are reference data (table
// public_holidays, loaded from the npm package date-holidays by app/reference_loader.cpp); the official cuti
// bersama (collective leave days of the yearly SKB) are not among them (docs/api.md, "Working days").
#include <vector>

#include "core/date.hpp"

namespace sinergi::domain {

// 0 = Monday ... 6 = Sunday.
int WeekdayIndex(core::Date d);

// Monday to Friday and not one of `holidays` (sorted ascending; duplicates allowed).
bool IsWorkingDay(core::Date d, const std::vector<core::Date>& holidays);

// The n-th working day after `from` (`from` itself is never counted, whatever day it is); `from` when n <= 0.
// `holidays` (sorted ascending) must cover the days after `from` up to the result: WorkingDaysHorizon says how far.
core::Date AddWorkingDays(core::Date from, int n, const std::vector<core::Date>& holidays);

// A last day that AddWorkingDays(from, n, ...) cannot pass for any plausible holiday calendar (2n + 45 calendar days:
// room for more than 0.4n + 30 holidays on weekdays), so loading the holidays of [from, horizon] is enough.
core::Date WorkingDaysHorizon(core::Date from, int n);

}  // namespace sinergi::domain
