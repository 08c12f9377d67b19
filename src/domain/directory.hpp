#pragma once
// The agency and service directory (issue #5): what each agency offers (services of the code list layanan_kasus, the
// same list case services and referrals use), where it offers them, with capacity notes, its office contact point,
// opening hours, and whether it appears in the public read-only directory. Office data only: a directory entry never
// holds a victim's or any other person's data beyond the office's own contact point. Rules:
// domain/directory_rules.hpp; use cases: domain/directory_service.hpp; storage: ports/directory_repository.hpp.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "domain/identity.hpp"

namespace sinergi::domain {

// One service an agency offers.
struct ServiceOffering {
  std::string service;  // codelist layanan_kasus
  // Where: dotted province or regency codes of the reference regions ("61", "61.71"); for a post abroad
  // (PERWAKILAN_RI) ISO alpha-2 countries. Empty: the agency's own area (its region; its country for a post abroad;
  // the whole country for an agency without either, e.g. a ministry).
  std::vector<std::string> regions_served;
  std::optional<std::string> notes;  // capacity and conditions, e.g. "rumah aman 12 tempat tidur"

  bool operator==(const ServiceOffering&) const = default;
};

// The office's contact point (never a person's private contact).
struct DirectoryContact {
  std::optional<std::string> name;  // the desk or office, e.g. "Layanan Pengaduan UPTD PPA"
  std::optional<std::string> phone;
  std::optional<std::string> email;
  std::optional<std::string> address;

  bool operator==(const DirectoryContact&) const = default;
};

// The fields a client writes.
struct DirectoryEntryData {
  std::vector<ServiceOffering> services;  // each service at most once
  DirectoryContact contact;
  std::optional<std::string> opening_hours;  // free text, e.g. "Senin-Jumat 08.00-16.00; hotline 24 jam"
  bool is_public = false;                    // listed in the public directory (GET /api/v1/public/directory)

  bool operator==(const DirectoryEntryData&) const = default;
};

// An agency's directory entry. Every agency has one: an agency nobody described yet has the empty entry, version 0.
struct DirectoryEntry {
  std::string agency_id;
  std::int64_t version = 0;  // 0: nothing stored yet; the first write stores version 1
  DirectoryEntryData data;
  std::optional<core::Timestamp> updated_at;
  std::optional<std::string> updated_by;  // user id
};

// An agency with its entry, as the directory shows it.
struct DirectoryListing {
  Agency agency;
  DirectoryEntry entry;
};

// How closely an offering covers the region searched for, nearest first: it names the regency (or the searched
// region itself), its province, the searched country (posts abroad), or the agency serves the whole country.
enum class CoverageLevel { kRegency, kProvince, kCountry, kNational };
std::string_view ToString(CoverageLevel level);  // "REGENCY", "PROVINCE", "COUNTRY", "NATIONAL"

// One answer of the service search: the agency, its entry, the offering that matched and how near it is.
struct ServiceMatch {
  DirectoryListing listing;
  ServiceOffering offering;
  CoverageLevel level = CoverageLevel::kNational;
  std::optional<std::string> matched_region;  // the covering region or country; absent for kNational
};

inline constexpr std::size_t kMaxDirectoryServices = 40;
inline constexpr std::size_t kMaxRegionsPerService = 100;
inline constexpr std::size_t kMaxDirectoryNoteChars = 500;
inline constexpr std::size_t kMaxDirectoryContactChars = 200;
inline constexpr std::size_t kMaxDirectoryAddressChars = 500;
inline constexpr std::size_t kMaxDirectoryHoursChars = 500;
// The most agencies one directory read returns (the public directory, the service search).
inline constexpr int kMaxDirectoryListings = 2000;

}  // namespace sinergi::domain
