// TEST DOUBLE: the agency and service directory in the in-memory database (see in_memory_database.hpp). Mirrors
// ports/directory_repository.hpp and the SQLite backend, including its error reasons and orders.
#include "domain/testing/in_memory_directory.hpp"

#include <algorithm>
#include <set>

namespace sinergi::domain::test_doubles::detail {
namespace {

using core::Error;

Error EntryNotFound() {
  return Error::NotFound("directory_entry.not_found", "The agency has no directory entry yet.");
}

bool Contains(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

// The constraints the SQLite tables enforce: each service once per entry, each region once per service.
core::Status CheckUnique(const DirectoryEntry& entry) {
  std::set<std::string> services;
  for (const ServiceOffering& offering : entry.data.services) {
    if (!services.insert(offering.service).second) {
      return Error::Conflict("directory.duplicate_service", "The entry lists a service twice.");
    }
    const std::set<std::string> regions(offering.regions_served.begin(), offering.regions_served.end());
    if (regions.size() != offering.regions_served.size()) {
      return Error::Conflict("directory.duplicate_region", "A service lists a region twice.");
    }
  }
  return core::Ok();
}

}  // namespace

core::Result<DirectoryEntry> InMemoryDirectoryRepository::Get(const std::string& agency_id) {
  auto it = s_.directory_entries.find(agency_id);
  if (it == s_.directory_entries.end()) return EntryNotFound();
  return it->second;
}

core::Result<std::vector<DirectoryEntry>> InMemoryDirectoryRepository::GetMany(
    const std::vector<std::string>& agency_ids) {
  std::vector<DirectoryEntry> out;
  for (const auto& [id, entry] : s_.directory_entries) {
    if (Contains(agency_ids, id)) out.push_back(entry);
  }
  return out;
}

core::Result<std::vector<DirectoryEntry>> InMemoryDirectoryRepository::List(bool public_only, int limit) {
  std::vector<DirectoryEntry> out;
  for (const auto& [id, entry] : s_.directory_entries) {
    if (out.size() >= static_cast<std::size_t>(std::max(limit, 0))) break;
    if (public_only && !entry.data.is_public) continue;
    out.push_back(entry);
  }
  return out;
}

core::Status InMemoryDirectoryRepository::Put(const DirectoryEntry& entry, std::int64_t expected_version) {
  auto it = s_.directory_entries.find(entry.agency_id);
  if (expected_version == 0) {
    if (it != s_.directory_entries.end()) return Error::StaleVersion();
    if (!s_.agencies.contains(entry.agency_id)) return Error::NotFound("agency.not_found", "No agency has this id.");
  } else {
    if (it == s_.directory_entries.end()) return EntryNotFound();
    if (it->second.version != expected_version) return Error::StaleVersion();
  }
  SINERGI_TRY_STATUS(CheckUnique(entry));
  s_.directory_entries[entry.agency_id] = entry;
  return core::Ok();
}

core::Result<std::vector<ports::CoverageHit>> InMemoryDirectoryRepository::FindCoverage(
    const std::string& service, const std::vector<std::string>& codes, int limit) {
  std::vector<ports::CoverageHit> out;
  const auto full = [&] { return out.size() >= static_cast<std::size_t>(std::max(limit, 0)); };
  for (const auto& [id, entry] : s_.directory_entries) {
    auto agency = s_.agencies.find(id);
    if (agency == s_.agencies.end() || agency->second.disabled) continue;
    for (const ServiceOffering& offering : entry.data.services) {
      if (offering.service != service) continue;
      if (!offering.regions_served.empty()) {
        for (const std::string& code : offering.regions_served) {
          if (Contains(codes, code) && !full()) out.push_back({id, code});
        }
        continue;
      }
      const Agency& a = agency->second;
      if (a.region_code && Contains(codes, *a.region_code) && !full()) out.push_back({id, a.region_code});
      if (a.country && Contains(codes, *a.country) && !full()) out.push_back({id, a.country});
      if (!a.region_code && !a.country && !full()) out.push_back({id, std::nullopt});
    }
  }
  return out;
}

}  // namespace sinergi::domain::test_doubles::detail
