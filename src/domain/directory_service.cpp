// DirectoryService (directory_service.hpp): reading, editing and searching the agency and service directory.
#include "domain/directory_service.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "domain/codelists.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/directory_rules.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::FieldError;
using core::Result;
using ports::TxMode;

constexpr const char* kEntityType = "agency_directory";
constexpr const char* kPostAbroad = "PERWAKILAN_RI";

Error AgencyNotFound() {
  return Error::NotFound("agency.not_found", "No agency has this id.");
}

// The enabled agency; a disabled one is as good as missing for the directory.
Result<Agency> GetEnabledAgency(ports::UnitOfWork& uow, const std::string& agency_id) {
  Result<Agency> agency = uow.identity().GetAgency(agency_id);
  if (!agency) return agency.error();
  if (agency->disabled) return AgencyNotFound();
  return agency;
}

// The stored entry, or the empty one (version 0) of an agency nobody described yet.
Result<DirectoryEntry> GetEntryOrEmpty(ports::UnitOfWork& uow, const std::string& agency_id) {
  Result<DirectoryEntry> entry = uow.directory().Get(agency_id);
  if (entry) return entry;
  if (entry.error().code() != core::ErrorCode::kNotFound) return entry.error();
  DirectoryEntry empty;
  empty.agency_id = agency_id;
  return empty;
}

// Whether the region (or, for `country`, the alpha-2 country) exists in the reference data.
Result<bool> ReferenceExists(ports::UnitOfWork& uow, const std::string& code, bool country) {
  std::optional<core::Error> failed;
  if (country) {
    Result<Country> found = uow.reference().GetCountry(code);
    if (found) return true;
    failed = found.error();
  } else {
    Result<Region> found = uow.reference().GetRegion(code);
    if (found) return true;
    failed = found.error();
  }
  if (failed->code() == core::ErrorCode::kNotFound) return false;
  return *failed;
}

// The named regions must exist: provinces or regencies (the format check already keeps deeper codes out), or
// countries for a post abroad.
Result<std::vector<FieldError>> ValidateReferences(ports::UnitOfWork& uow, const DirectoryEntryData& data,
                                                   bool abroad) {
  std::vector<FieldError> errors;
  for (const NamedRegion& named : RegionsNamed(data)) {
    SINERGI_TRY(bool exists, ReferenceExists(uow, named.code, abroad));
    if (exists) continue;
    errors.push_back(
        {named.field, "unknown_code", abroad ? "Not an ISO 3166 alpha-2 country code." : "No region has this code."});
  }
  return errors;
}

std::string ServicesJson(const std::vector<ServiceOffering>& services) {
  std::string out = "[";
  for (const ServiceOffering& s : services) {
    if (out.size() > 1) out += ",";
    out += "{\"service\":" + detail::JsonString(s.service) +
           ",\"regions_served\":" + detail::JsonStringArray(s.regions_served) +
           ",\"notes\":" + detail::JsonOptional(s.notes).value_or("null") + "}";
  }
  return out + "]";
}

void Diff(std::vector<FieldChange>& out, const char* field, const std::optional<std::string>& before,
          const std::optional<std::string>& after) {
  if (before != after) out.push_back({field, detail::JsonOptional(before), detail::JsonOptional(after)});
}

// The field-level diff of two entries; for history (values) and audit (names only).
std::vector<FieldChange> Changes(const DirectoryEntryData& before, const DirectoryEntryData& after) {
  std::vector<FieldChange> changes;
  if (before.services != after.services) {
    changes.push_back({"services", ServicesJson(before.services), ServicesJson(after.services)});
  }
  Diff(changes, "contact.name", before.contact.name, after.contact.name);
  Diff(changes, "contact.phone", before.contact.phone, after.contact.phone);
  Diff(changes, "contact.email", before.contact.email, after.contact.email);
  Diff(changes, "contact.address", before.contact.address, after.contact.address);
  Diff(changes, "opening_hours", before.opening_hours, after.opening_hours);
  if (before.is_public != after.is_public) {
    changes.push_back({"public", detail::JsonBool(before.is_public), detail::JsonBool(after.is_public)});
  }
  return changes;
}

bool ByName(const Agency& a, const Agency& b) {
  return std::tie(a.name, a.code) < std::tie(b.name, b.code);
}

}  // namespace

Result<std::vector<DirectoryEntry>> DirectoryService::ListEntries(const Actor& actor) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  return uow->directory().List(false, kMaxDirectoryListings);
}

Result<DirectoryListing> DirectoryService::GetListing(const Actor& actor, const std::string& agency_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  SINERGI_TRY(Agency agency, GetEnabledAgency(*uow, agency_id));
  SINERGI_TRY(DirectoryEntry entry, GetEntryOrEmpty(*uow, agency_id));
  return DirectoryListing{std::move(agency), std::move(entry)};
}

Result<DirectoryListing> DirectoryService::UpdateEntry(const Actor& actor, const std::string& agency_id,
                                                       DirectoryEntryData data, std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kDirectoryWrite));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Agency agency, GetEnabledAgency(*uow, agency_id));
  // Only after the agency is known to exist: a supervisor learns nothing about ids that name no agency.
  SINERGI_TRY_STATUS(AuthorizeDirectoryEdit(actor, agency.id));
  SINERGI_TRY(DirectoryEntry current, GetEntryOrEmpty(*uow, agency.id));
  if (current.version != expected_version) return Error::StaleVersion();

  const bool abroad = agency.type == kPostAbroad;
  NormaliseDirectoryEntry(data);
  std::vector<FieldError> errors = ValidateDirectoryEntry(data, abroad);
  if (!errors.empty()) return Error::Validation(std::move(errors));
  SINERGI_TRY(errors, ValidateReferences(*uow, data, abroad));
  if (!errors.empty()) return Error::Validation(std::move(errors));

  std::vector<FieldChange> changes = Changes(current.data, data);
  if (changes.empty()) {
    // Nothing to write and the version stays; the caller still receives the record, so the call is audited.
    SINERGI_TRY_STATUS(
        AppendAudit(*uow, clock_, ids_, actor, {"update", kEntityType, agency.id, {}, {}, "no changes"}));
    SINERGI_TRY_STATUS(uow->Commit());
    return DirectoryListing{std::move(agency), std::move(current)};
  }
  const core::Timestamp now = clock_.Now();
  DirectoryEntry updated;
  updated.agency_id = agency.id;
  updated.version = current.version + 1;
  updated.data = std::move(data);
  updated.updated_at = now;
  updated.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->directory().Put(updated, expected_version));
  const char* action = expected_version == 0 ? "create" : "update";
  SINERGI_TRY_STATUS(detail::RecordChange(
      *uow, clock_, ids_, actor,
      detail::NewChangeRecord(ids_, now, actor, kEntityType, agency.id, action, std::move(changes))));
  SINERGI_TRY_STATUS(uow->Commit());
  return DirectoryListing{std::move(agency), std::move(updated)};
}

Result<std::vector<ServiceMatch>> DirectoryService::FindServices(const Actor& actor, std::string service,
                                                                 std::string region) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  service = detail::ToUpperAscii(detail::Trim(service));
  region = detail::Trim(region);
  const bool country = LooksLikeCountry(region);
  if (country) region = detail::ToUpperAscii(region);
  std::vector<FieldError> errors;
  if (service.empty()) {
    errors.push_back({"service", "required", "A code of the list layanan_kasus is required."});
  } else if (!IsValidCode("layanan_kasus", service)) {
    errors.push_back({"service", "unknown_code", "Not a code of the list layanan_kasus."});
  }
  if (region.empty()) errors.push_back({"region", "required", "A region code or a country code is required."});
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  if (!region.empty()) {
    SINERGI_TRY(bool exists, ReferenceExists(*uow, region, country));
    if (!exists) {
      errors.push_back({"region", "unknown_code", "No region or country has this code."});
    }
  }
  if (!errors.empty()) return Error::Validation(std::move(errors));

  SINERGI_TRY(auto hits, uow->directory().FindCoverage(service, CoveringRegions(region), kMaxDirectoryListings));
  // The nearest level per agency, and the code that gave it.
  std::map<std::string, std::pair<CoverageLevel, std::optional<std::string>>> nearest;
  for (ports::CoverageHit& hit : hits) {
    const CoverageLevel level = hit.covering_code ? LevelOfCode(*hit.covering_code) : CoverageLevel::kNational;
    auto [it, inserted] = nearest.try_emplace(hit.agency_id, level, hit.covering_code);
    if (!inserted && level < it->second.first) it->second = {level, std::move(hit.covering_code)};
  }
  std::vector<std::string> ids;
  for (const auto& [id, found] : nearest) ids.push_back(id);
  SINERGI_TRY(auto entries, uow->directory().GetMany(ids));

  std::vector<ServiceMatch> out;
  for (DirectoryEntry& entry : entries) {
    const ServiceOffering* offering = FindOffering(entry.data, service);
    SINERGI_TRY(Agency agency, uow->identity().GetAgency(entry.agency_id));
    if (offering == nullptr || agency.disabled) {
      // FindCoverage answered from the same snapshot: its index disagrees with the entries it was built from.
      SINERGI_BUG("directory coverage names an agency without that offering");
      continue;
    }
    const auto& [level, code] = nearest.at(entry.agency_id);
    // Filled member by member: g++ 12 at -O2 warns (maybe-uninitialized) on the aggregate initialiser with an
    // empty entry moved over afterwards.
    ServiceMatch& match = out.emplace_back();
    match.offering = *offering;
    match.level = level;
    match.matched_region = code;
    match.listing.agency = std::move(agency);
    match.listing.entry = std::move(entry);
  }
  std::sort(out.begin(), out.end(), [](const ServiceMatch& a, const ServiceMatch& b) {
    if (a.level != b.level) return a.level < b.level;
    return ByName(a.listing.agency, b.listing.agency);
  });
  return out;
}

Result<std::vector<DirectoryListing>> DirectoryService::PublicDirectory() {
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  SINERGI_TRY(auto entries, uow->directory().List(true, kMaxDirectoryListings));
  std::vector<DirectoryListing> out;
  for (DirectoryEntry& entry : entries) {
    SINERGI_TRY(Agency agency, uow->identity().GetAgency(entry.agency_id));
    if (agency.disabled) continue;
    out.push_back({std::move(agency), std::move(entry)});
  }
  std::sort(out.begin(), out.end(),
            [](const DirectoryListing& a, const DirectoryListing& b) { return ByName(a.agency, b.agency); });
  return out;
}

}  // namespace sinergi::domain
