#include "domain/nik.hpp"

#include <algorithm>
#include <string>

namespace sinergi::domain {
namespace {

constexpr std::size_t kNikLength = 16;
constexpr int kFemaleDayOffset = 40;  // Dukcapil adds 40 to a woman's day of birth

bool AllDigits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Callers have checked that text[pos], text[pos + 1] are digits.
int TwoDigits(std::string_view text, std::size_t pos) {
  return (text[pos] - '0') * 10 + (text[pos + 1] - '0');
}

// value is 0-99 (two NIK digits).
std::string Pad2(int value) {
  return std::string{static_cast<char>('0' + value / 10), static_cast<char>('0' + value % 10)};
}

void AddError(NikDecoded& out, std::string code, std::string message) {
  out.problems.push_back(NikProblem{std::move(code), true, std::move(message)});
}

void AddWarning(NikDecoded& out, std::string code, std::string message) {
  out.problems.push_back(NikProblem{std::move(code), false, std::move(message)});
}

// Decodes positions 1-6. An unknown code is only a warning (DOMAIN.md §5.1): the prefix records where the NIK was
// first issued, and NIKs issued before a region was split (e.g. the 2022 Papua provinces) keep the old code.
// Only the highest unknown level is reported, since its children are then necessarily unknown too. An empty
// directory means reference data is not loaded, which says nothing about the NIK, so nothing is reported.
void DecodeRegion(std::string_view nik, const RegionDirectory& regions, NikDecoded& out) {
  out.province_code = DotNikDigits(nik.substr(0, 2));
  out.regency_code = DotNikDigits(nik.substr(0, 4));
  out.district_code = DotNikDigits(nik.substr(0, 6));
  if (regions.size() == 0) {
    return;
  }
  const Region* province = regions.FindByNikDigits(nik.substr(0, 2));
  if (province == nullptr) {
    AddWarning(out, "nik.unknown_province", "Province code " + *out.province_code + " is not a current code.");
    return;
  }
  out.province_name = province->name;
  const Region* regency = regions.FindByNikDigits(nik.substr(0, 4));
  if (regency == nullptr) {
    AddWarning(out, "nik.unknown_regency", "Regency code " + *out.regency_code + " is not a current code.");
    return;
  }
  out.regency_name = regency->name;
  const Region* district = regions.FindByNikDigits(nik.substr(0, 6));
  if (district == nullptr) {
    AddWarning(out, "nik.unknown_district", "District code " + *out.district_code + " is not a current code.");
    return;
  }
  out.district_name = district->name;
}

// Decodes positions 7-12 (DDMMYY) into sex and the birth dates the NIK allows.
void DecodeBirth(std::string_view nik, const core::Date& today, NikDecoded& out) {
  const int raw_day = TwoDigits(nik, 6);
  const int month = TwoDigits(nik, 8);
  const int yy = TwoDigits(nik, 10);

  int day = 0;
  if (raw_day >= 1 && raw_day <= 31) {
    out.sex = "LAKI_LAKI";
    day = raw_day;
  } else if (raw_day >= 1 + kFemaleDayOffset && raw_day <= 31 + kFemaleDayOffset) {
    out.sex = "PEREMPUAN";
    day = raw_day - kFemaleDayOffset;
  } else {
    AddError(out, "nik.day",
             "Day digits " + Pad2(raw_day) + " are neither a day (01-31) nor a woman's day plus 40 (41-71).");
  }
  if (month < 1 || month > 12) {
    AddError(out, "nik.month", "Month digits " + Pad2(month) + " are not a month (01-12).");
  }
  if (day == 0 || month < 1 || month > 12) {
    return;
  }

  // Most recent first: for a person alive today the later century is the likelier one.
  for (int century : {2000, 1900}) {
    const int year = century + yy;
    if (core::Date::IsValid(year, month, day) && core::Date{year, month, day} <= today) {
      out.birth_date_candidates.push_back(core::Date{year, month, day});
    }
  }
  if (out.birth_date_candidates.empty()) {
    AddError(out, "nik.day",
             "Day " + Pad2(day) + " of month " + Pad2(month) + " is not a past date in 19" + Pad2(yy) + " or 20" +
                 Pad2(yy) + ".");
  } else if (out.birth_date_candidates.size() == 2) {
    AddWarning(out, "nik.century_ambiguous",
               "The birth year may be " + std::to_string(out.birth_date_candidates[0].year) + " or " +
                   std::to_string(out.birth_date_candidates[1].year) + ".");
  }
}

}  // namespace

NikDecoded DecodeNik(std::string_view nik, const RegionDirectory& regions, const core::Date& today) {
  NikDecoded out;
  out.nik = std::string(nik);
  if (nik.size() != kNikLength) {
    AddError(out, "nik.length", "A NIK has 16 digits; this one has " + std::to_string(nik.size()) + " characters.");
  }
  if (!AllDigits(nik)) {
    AddError(out, "nik.not_digits", "A NIK contains only the digits 0-9.");
  }
  if (!out.problems.empty()) {
    return out;  // nothing below can be decoded reliably
  }

  // Kemendagri province codes run 11 (Aceh) to 9x (Papua); anything lower was never issued.
  if (TwoDigits(nik, 0) < 11) {
    AddError(out, "nik.province_format", "Province digits " + std::string(nik.substr(0, 2)) + " are not 11-99.");
  } else {
    DecodeRegion(nik, regions, out);
  }
  DecodeBirth(nik, today, out);
  out.serial = std::string(nik.substr(12, 4));
  if (out.serial == "0000") {
    AddError(out, "nik.serial_zero", "The serial number (digits 13-16) starts at 0001.");
  }

  out.valid = std::none_of(out.problems.begin(), out.problems.end(), [](const NikProblem& p) { return p.is_error; });
  return out;
}

std::vector<Warning> NikConsistencyWarnings(const NikDecoded& nik, const std::optional<std::string>& sex,
                                            const std::optional<core::Date>& birth_date) {
  std::vector<Warning> warnings;
  if (!nik.valid) {
    return warnings;  // an invalid NIK is reported as an error by validation, not as a contradiction
  }
  if (sex.has_value() && nik.sex.has_value() && *sex != *nik.sex) {
    warnings.push_back(Warning{"nik.sex_mismatch", "sex", "The NIK encodes sex " + *nik.sex + ", not " + *sex + "."});
  }
  if (birth_date.has_value() && !nik.birth_date_candidates.empty() &&
      std::find(nik.birth_date_candidates.begin(), nik.birth_date_candidates.end(), *birth_date) ==
          nik.birth_date_candidates.end()) {
    std::string encoded = nik.birth_date_candidates[0].ToString();
    for (std::size_t i = 1; i < nik.birth_date_candidates.size(); ++i) {
      encoded += " or " + nik.birth_date_candidates[i].ToString();
    }
    warnings.push_back(Warning{"nik.birth_date_mismatch", "birth_date",
                               "The NIK encodes birth date " + encoded + ", not " + birth_date->ToString() + "."});
  }
  return warnings;
}

}  // namespace sinergi::domain
