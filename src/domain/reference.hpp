#pragma once
// Reference data: Kemendagri regions (from the npm package idn-area-data), ISO 3166 countries and public holidays.
#include <optional>
#include <string>

#include "core/date.hpp"

namespace sinergi::domain {

// level: 1 province, 2 regency/city (kabupaten/kota), 3 district (kecamatan), 4 village (desa/kelurahan).
// code is dotted, e.g. "33", "33.73", "33.73.04", "33.73.04.1001".
struct Region {
  std::string code;
  int level = 1;
  std::optional<std::string> parent_code;
  std::string name;

  bool operator==(const Region&) const = default;
};

struct Country {
  std::string alpha2;   // "MY"
  std::string alpha3;   // "MYS"
  std::string name_id;  // "Malaysia"
  std::string name_en;  // "Malaysia"

  bool operator==(const Country&) const = default;
};

// A national public holiday of Indonesia (hari libur nasional), from the npm package date-holidays (country ID,
// type "public"): not the yearly SKB's collective leave (cuti bersama), and for the Islamic holidays a computed date
// that may differ by a day from the government's (docs/api.md, "Working days").
struct PublicHoliday {
  core::Date date;
  std::string name;  // in Bahasa Indonesia, e.g. "Hari Raya Idul Fitri"

  bool operator==(const PublicHoliday&) const = default;
};

}  // namespace sinergi::domain
