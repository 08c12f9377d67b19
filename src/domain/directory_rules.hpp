#pragma once
// The rules of a directory entry (domain/directory.hpp) and of the service search, as pure functions the directory
// service applies and tests call directly. Checks against reference data (does region 61.71 exist, is it a province
// or regency) need storage and stay in the service (directory_service.cpp).
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/directory.hpp"

namespace sinergi::domain {

// Trims every text (an empty optional text becomes absent), upper-cases service codes and country codes, trims the
// region codes and drops empty ones.
void NormaliseDirectoryEntry(DirectoryEntryData& data);

// Field errors (field: code) that need no reference data. `abroad`: the agency is a post abroad (PERWAKILAN_RI),
// whose regions_served are countries. services: too_many (kMaxDirectoryServices); services[i].service: required /
// unknown_code (layanan_kasus) / duplicate (the same service twice); services[i].regions_served: too_many
// (kMaxRegionsPerService); services[i].regions_served[j]: invalid_format (not "61" or "61.71", or not an alpha-2
// country for a post abroad) / duplicate; services[i].notes, contact.name, contact.address, opening_hours: too_long;
// contact.phone: invalid_format (digits with + - ( ) . / and spaces, 3 to 20 digits); contact.email: invalid_format.
std::vector<core::FieldError> ValidateDirectoryEntry(const DirectoryEntryData& data, bool abroad);

// The distinct regions (or countries) the entry's offerings name, in first-mention order, each with the field
// path of its first mention ("services[0].regions_served[1]"), for the reference check.
struct NamedRegion {
  std::string code;
  std::string field;
};
std::vector<NamedRegion> RegionsNamed(const DirectoryEntryData& data);

// ^[A-Z]{2}$ after upper-casing: a country (posts abroad serve countries) rather than a dotted region code.
bool LooksLikeCountry(std::string_view code);

// The codes that cover `region`, nearest first: "61.71.02" -> {"61.71.02", "61.71", "61"}; "61" -> {"61"}; a
// country ("MY") -> {"MY"}.
std::vector<std::string> CoveringRegions(std::string_view region);

// The level of a covering code: a dotted code (regency or deeper) kRegency, a province kProvince, a country
// kCountry.
CoverageLevel LevelOfCode(std::string_view code);

// The agency's offering of `service`, or nullptr.
const ServiceOffering* FindOffering(const DirectoryEntryData& data, std::string_view service);

}  // namespace sinergi::domain
