#pragma once
// Use cases of the agency and service directory (issue #5; domain/directory.hpp). Thread-safe; each call is one unit
// of work. Directory entries describe offices, not people, so reads are not audited (like the agency directory of
// IdentityService); every write stores its change history (entity "agency_directory", id = the agency id) and its
// audit entry in the same unit.
#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/directory.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::domain {

// Errors of every method, in addition to those listed: kUnavailable/kInternal from storage; and for the methods
// taking an actor, kUnauthenticated "auth.required" and kForbidden "forbidden" from the policy.
class DirectoryService {
 public:
  DirectoryService(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids)
      : db_(db), clock_(clock), ids_(ids) {}

  // Every stored entry (Permission::kReferenceRead: every signed-in user), in agency id order, at most
  // kMaxDirectoryListings; the signed-in directory joins them to IdentityService::AgencyDirectory's agencies.
  core::Result<std::vector<DirectoryEntry>> ListEntries(const Actor& actor);

  // One enabled agency with its entry (the empty entry, version 0, when none is stored). kReferenceRead.
  // Errors: kNotFound "agency.not_found" (also for a disabled agency).
  core::Result<DirectoryListing> GetListing(const Actor& actor, const std::string& agency_id);

  // Replaces the agency's entry (AuthorizeDirectoryEdit: the agency's own supervisor, or an administrator), after
  // NormaliseDirectoryEntry and ValidateDirectoryEntry; the regions named must be provinces or regencies of the
  // reference data (countries for a post abroad). expected_version is the entry's version (0 for the first write).
  // No change: nothing is written and the version stays. Errors: kNotFound "agency.not_found" (missing or
  // disabled); kForbidden "directory.not_own_agency"; kPreconditionFailed "version_mismatch"; kInvalid
  // "validation_failed" (the rule's field errors; services[i].regions_served[j] unknown_code / invalid_level).
  core::Result<DirectoryListing> UpdateEntry(const Actor& actor, const std::string& agency_id, DirectoryEntryData data,
                                             std::int64_t expected_version);

  // The enabled agencies offering `service` (codelist layanan_kasus) in `region` (a dotted region code of the
  // reference data at any level, or an alpha-2 country), nearest first: an offering naming the regency (or the
  // region searched), then its province, then the country searched (posts abroad), then agencies serving the whole
  // country; by agency name within a level. Each agency once, at its nearest level. kReferenceRead. At most
  // kMaxDirectoryListings. Errors: kInvalid "validation_failed" (service required / unknown_code; region required /
  // unknown_code).
  core::Result<std::vector<ServiceMatch>> FindServices(const Actor& actor, std::string service, std::string region);

  // The public directory, for anyone without signing in: the enabled agencies whose entry is public, by name, at
  // most kMaxDirectoryListings. Only office data leaves: the caller shows agency names, types, regions, services
  // and office contacts, never user or case data (nothing of that is read here).
  core::Result<std::vector<DirectoryListing>> PublicDirectory();

 private:
  ports::Database& db_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
};

}  // namespace sinergi::domain
