#pragma once
// Age bands of the reporting standards (issue #6 statistics, issue #4 case figures): SIMFONI-PPA's victim age
// groups (DOMAIN.md §7) and CTDC's ageBroad (§6.1, used on export). One place, so every figure bands ages alike.
// Ages are whole years on the reference date (core::AgeOn); a negative age is a data error and has no band.
#include <optional>
#include <span>
#include <string_view>

namespace sinergi::domain {

struct AgeBand {
  std::string_view code;  // stable, e.g. "13-17", "60+"
  int min_age;            // inclusive
  int max_age;            // inclusive; -1 = no upper bound
};

// 0-5, 6-12, 13-17, 18-24, 25-44, 45-59, 60+ (KTA = under 18, KTP = adult women).
std::span<const AgeBand> SimfoniAgeBands();
// 0-8, 9-17, 18-20, 21-23, 24-26, 27-29, 30-38, 39-47, 48+.
std::span<const AgeBand> CtdcAgeBands();

// The band of `age` in `bands`; nullopt for a negative age (bands start at 0 and are open-ended at the top).
std::optional<std::string_view> AgeBandOf(std::span<const AgeBand> bands, int age);

}  // namespace sinergi::domain
