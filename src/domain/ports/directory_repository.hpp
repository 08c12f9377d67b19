#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/directory.hpp"

namespace sinergi::domain::ports {

// One offering found by FindCoverage: the agency and the code that covers the searched region (absent: the agency
// serves the whole country, having neither region nor country).
struct CoverageHit {
  std::string agency_id;
  std::optional<std::string> covering_code;

  bool operator==(const CoverageHit&) const = default;
};

// The directory entries of agencies (domain/directory.hpp), and the coverage index the service search reads. Used
// inside one UnitOfWork; not thread-safe.
class DirectoryRepository {
 public:
  virtual ~DirectoryRepository() = default;

  // Errors: kNotFound "directory_entry.not_found" (the agency has no stored entry yet).
  virtual core::Result<DirectoryEntry> Get(const std::string& agency_id) = 0;
  // The stored entries of these agencies (agencies without one are left out), in agency id order.
  virtual core::Result<std::vector<DirectoryEntry>> GetMany(const std::vector<std::string>& agency_ids) = 0;
  // The stored entries, only the public ones when `public_only`, in agency id order, at most `limit`.
  virtual core::Result<std::vector<DirectoryEntry>> List(bool public_only, int limit) = 0;

  // Stores `entry` (whose version is expected_version + 1) and rewrites its coverage index. expected_version 0
  // inserts the agency's first entry; otherwise the stored entry must have expected_version.
  // Errors: kPreconditionFailed "version_mismatch" (an entry exists although 0 was expected, or the stored
  // version differs); kNotFound "directory_entry.not_found" (nothing stored although a version was expected);
  // kNotFound "agency.not_found" (no such agency).
  virtual core::Status Put(const DirectoryEntry& entry, std::int64_t expected_version) = 0;

  // The offerings of `service` that cover one of `codes` (dotted region codes or alpha-2 countries): an offering
  // whose regions_served lists the code, or an offering without regions_served of an agency whose region_code or
  // country is the code, or of an agency without either (covering_code absent: it serves the whole country).
  // Enabled agencies only; one hit per agency and covering code; any order; at most `limit` hits. `codes` are not
  // empty strings. Index-served: no backend scans a whole table for it.
  virtual core::Result<std::vector<CoverageHit>> FindCoverage(const std::string& service,
                                                              const std::vector<std::string>& codes, int limit) = 0;
};

}  // namespace sinergi::domain::ports
