// The rules of a directory entry and of the service search (directory_rules.hpp), and the names of the coverage
// levels (directory.hpp).
#include "domain/directory_rules.hpp"

#include <algorithm>

#include "domain/codelists.hpp"
#include "domain/detail/text.hpp"

namespace sinergi::domain {
namespace {

using core::FieldError;

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

bool IsUpper(char c) {
  return c >= 'A' && c <= 'Z';
}

// "61" or "61.71": a province or a regency (two digits, optionally a dot and two more).
bool IsProvinceOrRegencyCode(std::string_view code) {
  if (code.size() != 2 && code.size() != 5) return false;
  if (!IsDigit(code[0]) || !IsDigit(code[1])) return false;
  return code.size() == 2 || (code[2] == '.' && IsDigit(code[3]) && IsDigit(code[4]));
}

// Digits with the usual separators; 3 digits for short hotlines (SAPA 129) up to 20 for extensions.
bool IsPhone(std::string_view phone) {
  int digits = 0;
  for (char c : phone) {
    if (IsDigit(c)) {
      ++digits;
    } else if (c != '+' && c != '-' && c != '(' && c != ')' && c != '.' && c != '/' && c != ' ') {
      return false;
    }
  }
  return digits >= 3 && digits <= 20;
}

// One '@' with something on both sides, a dot in the domain, no spaces: enough to catch typing mistakes.
bool IsEmail(std::string_view email) {
  const std::size_t at = email.find('@');
  if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos) return false;
  const std::string_view domain = email.substr(at + 1);
  const std::size_t dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == domain.size()) return false;
  return std::none_of(email.begin(), email.end(), [](char c) { return c == ' ' || c == '\t'; });
}

void CheckLength(std::vector<FieldError>& errors, const std::string& field, const std::optional<std::string>& text,
                 std::size_t max) {
  if (text && detail::CodePointCount(*text) > max) {
    errors.push_back({field, "too_long", "At most " + std::to_string(max) + " characters."});
  }
}

void CheckRegions(std::vector<FieldError>& errors, const std::string& field, const std::vector<std::string>& regions,
                  bool abroad) {
  if (regions.size() > kMaxRegionsPerService) {
    errors.push_back({field, "too_many", "At most " + std::to_string(kMaxRegionsPerService) + " regions."});
    return;
  }
  for (std::size_t j = 0; j < regions.size(); ++j) {
    const std::string path = field + "[" + std::to_string(j) + "]";
    const std::string& code = regions[j];
    if (abroad ? !LooksLikeCountry(code) : !IsProvinceOrRegencyCode(code)) {
      errors.push_back({path, "invalid_format",
                        abroad ? "A post abroad serves countries: use ISO alpha-2 codes such as MY."
                               : "Use a province or regency code such as 61 or 61.71."});
    } else if (std::find(regions.begin(), regions.begin() + static_cast<std::ptrdiff_t>(j), code) !=
               regions.begin() + static_cast<std::ptrdiff_t>(j)) {
      errors.push_back({path, "duplicate", "This region is listed twice."});
    }
  }
}

}  // namespace

std::string_view ToString(CoverageLevel level) {
  switch (level) {
    case CoverageLevel::kRegency:
      return "REGENCY";
    case CoverageLevel::kProvince:
      return "PROVINCE";
    case CoverageLevel::kCountry:
      return "COUNTRY";
    case CoverageLevel::kNational:
      return "NATIONAL";
  }
  return "NATIONAL";
}

void NormaliseDirectoryEntry(DirectoryEntryData& data) {
  for (ServiceOffering& offering : data.services) {
    offering.service = detail::ToUpperAscii(detail::Trim(offering.service));
    std::vector<std::string> regions;
    for (const std::string& raw : offering.regions_served) {
      std::string code = detail::Trim(raw);
      if (code.empty()) continue;
      regions.push_back(LooksLikeCountry(code) ? detail::ToUpperAscii(code) : std::move(code));
    }
    offering.regions_served = std::move(regions);
    detail::TrimOptional(offering.notes);
  }
  detail::TrimOptional(data.contact.name);
  detail::TrimOptional(data.contact.phone);
  detail::TrimOptional(data.contact.email);
  detail::TrimOptional(data.contact.address);
  detail::TrimOptional(data.opening_hours);
  if (data.contact.name) data.contact.name = detail::CollapseSpaces(*data.contact.name);
}

std::vector<FieldError> ValidateDirectoryEntry(const DirectoryEntryData& data, bool abroad) {
  std::vector<FieldError> errors;
  if (data.services.size() > kMaxDirectoryServices) {
    errors.push_back({"services", "too_many", "At most " + std::to_string(kMaxDirectoryServices) + " services."});
  }
  for (std::size_t i = 0; i < data.services.size(); ++i) {
    const ServiceOffering& offering = data.services[i];
    const std::string path = "services[" + std::to_string(i) + "]";
    if (offering.service.empty()) {
      errors.push_back({path + ".service", "required", "A code of the list layanan_kasus is required."});
    } else if (!IsValidCode("layanan_kasus", offering.service)) {
      errors.push_back({path + ".service", "unknown_code", "Not a code of the list layanan_kasus."});
    } else {
      const auto earlier = data.services.begin() + static_cast<std::ptrdiff_t>(i);
      if (std::any_of(data.services.begin(), earlier,
                      [&](const ServiceOffering& o) { return o.service == offering.service; })) {
        errors.push_back({path + ".service", "duplicate", "List each service once, with all its regions."});
      }
    }
    CheckRegions(errors, path + ".regions_served", offering.regions_served, abroad);
    CheckLength(errors, path + ".notes", offering.notes, kMaxDirectoryNoteChars);
  }
  CheckLength(errors, "contact.name", data.contact.name, kMaxDirectoryContactChars);
  if (data.contact.phone && !IsPhone(*data.contact.phone)) {
    errors.push_back({"contact.phone", "invalid_format", "Use digits, e.g. +62 561 123456 or 129."});
  }
  if (data.contact.email &&
      (!IsEmail(*data.contact.email) || detail::CodePointCount(*data.contact.email) > kMaxDirectoryContactChars)) {
    errors.push_back({"contact.email", "invalid_format", "Not an e-mail address."});
  }
  CheckLength(errors, "contact.address", data.contact.address, kMaxDirectoryAddressChars);
  CheckLength(errors, "opening_hours", data.opening_hours, kMaxDirectoryHoursChars);
  return errors;
}

std::vector<NamedRegion> RegionsNamed(const DirectoryEntryData& data) {
  std::vector<NamedRegion> out;
  for (std::size_t i = 0; i < data.services.size(); ++i) {
    const std::vector<std::string>& regions = data.services[i].regions_served;
    for (std::size_t j = 0; j < regions.size(); ++j) {
      if (std::any_of(out.begin(), out.end(), [&](const NamedRegion& r) { return r.code == regions[j]; })) continue;
      out.push_back({regions[j], "services[" + std::to_string(i) + "].regions_served[" + std::to_string(j) + "]"});
    }
  }
  return out;
}

bool LooksLikeCountry(std::string_view code) {
  return code.size() == 2 && IsUpper(detail::ToUpperAscii(code)[0]) && IsUpper(detail::ToUpperAscii(code)[1]);
}

std::vector<std::string> CoveringRegions(std::string_view region) {
  std::vector<std::string> out;
  if (region.empty()) return out;
  std::string code(region);
  while (true) {
    out.push_back(code);
    const std::size_t dot = code.rfind('.');
    if (dot == std::string::npos) break;
    code.resize(dot);
  }
  return out;
}

CoverageLevel LevelOfCode(std::string_view code) {
  if (LooksLikeCountry(code)) return CoverageLevel::kCountry;
  return code.find('.') == std::string_view::npos ? CoverageLevel::kProvince : CoverageLevel::kRegency;
}

const ServiceOffering* FindOffering(const DirectoryEntryData& data, std::string_view service) {
  for (const ServiceOffering& offering : data.services) {
    if (offering.service == service) return &offering;
  }
  return nullptr;
}

}  // namespace sinergi::domain
