#pragma once
// NIK (Nomor Induk Kependudukan) validation and decoding, exactly as DOMAIN.md §5.1:
// PP RR KK DDMMYY SSSS; women day+40; serial != 0000; no check digit; century ambiguous (19YY or 20YY);
// a region prefix that is not a current code is a warning, not a rejection.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "domain/person.hpp"
#include "domain/region_directory.hpp"

namespace sinergi::domain {

struct NikProblem {
  std::string code;      // see below
  bool is_error = true;  // errors make the NIK invalid; warnings do not
  std::string message;   // English
  bool operator==(const NikProblem&) const = default;
};
// Error codes:   nik.length (not 16 chars), nik.not_digits, nik.month (not 01-12), nik.day (not a real day of
//                that month in any candidate year; 00, 32-40, >71), nik.serial_zero, nik.province_format
//                (province digits 00 or not a plausible two-digit code 11-99).
// Warning codes: nik.unknown_province, nik.unknown_regency, nik.unknown_district (prefix not a current code),
//                nik.century_ambiguous (both 19YY and 20YY are possible past dates).
// Region codes are decoded (dotted) whenever the province digits are well-formed; names are filled from
// `regions`. An empty RegionDirectory (reference data not loaded) skips the unknown_* checks.

struct NikDecoded {
  std::string nik;
  bool valid = false;
  std::optional<std::string> sex;                           // jenis_kelamin code: LAKI_LAKI or PEREMPUAN
  std::vector<core::Date> birth_date_candidates;            // valid, not after `today`; most likely (most recent) first
  std::optional<std::string> province_code, province_name;  // dotted codes
  std::optional<std::string> regency_code, regency_name;
  std::optional<std::string> district_code, district_name;
  std::string serial;
  std::vector<NikProblem> problems;
};

NikDecoded DecodeNik(std::string_view nik, const RegionDirectory& regions, const core::Date& today);

// Compares stated sex/birth date with a valid NIK; returns warnings (codes nik.sex_mismatch,
// nik.birth_date_mismatch with field "sex"/"birth_date"), never errors: the record is saved with them.

std::vector<Warning> NikConsistencyWarnings(const NikDecoded& nik, const std::optional<std::string>& sex,
                                            const std::optional<core::Date>& birth_date);

}  // namespace sinergi::domain
