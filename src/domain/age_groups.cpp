#include "domain/age_groups.hpp"

namespace sinergi::domain {
namespace {

constexpr AgeBand kSimfoni[] = {{"0-5", 0, 5},     {"6-12", 6, 12},   {"13-17", 13, 17}, {"18-24", 18, 24},
                                {"25-44", 25, 44}, {"45-59", 45, 59}, {"60+", 60, -1}};

constexpr AgeBand kCtdc[] = {{"0-8", 0, 8},     {"9-17", 9, 17},   {"18-20", 18, 20},
                             {"21-23", 21, 23}, {"24-26", 24, 26}, {"27-29", 27, 29},
                             {"30-38", 30, 38}, {"39-47", 39, 47}, {"48+", 48, -1}};

}  // namespace

std::span<const AgeBand> SimfoniAgeBands() {
  return kSimfoni;
}

std::span<const AgeBand> CtdcAgeBands() {
  return kCtdc;
}

std::optional<std::string_view> AgeBandOf(std::span<const AgeBand> bands, int age) {
  for (const AgeBand& band : bands) {
    if (age >= band.min_age && (band.max_age < 0 || age <= band.max_age)) return band.code;
  }
  return std::nullopt;
}

}  // namespace sinergi::domain
