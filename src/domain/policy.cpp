// The role table of policy.hpp. Deny by default: an unknown role grants nothing, and a permission missing from
// every role an actor holds is refused.
#include "domain/policy.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

namespace sinergi::domain {
namespace {

constexpr unsigned Bit(Permission p) {
  return 1U << static_cast<unsigned>(p);
}

struct RoleGrant {
  std::string_view role;
  unsigned permissions;  // bit set of Bit(Permission)
};

constexpr unsigned kReference = Bit(Permission::kReferenceRead);
constexpr unsigned kRegistryRead = Bit(Permission::kRegistryRead);
constexpr unsigned kRegistryWrite = Bit(Permission::kRegistryWrite);
constexpr unsigned kIdentityAdmin = Bit(Permission::kIdentityAdmin);
constexpr unsigned kAuditRead = Bit(Permission::kAuditRead);
constexpr unsigned kScreening = Bit(Permission::kScreening);
constexpr unsigned kCaseRead = Bit(Permission::kCaseRead);
constexpr unsigned kCaseWrite = Bit(Permission::kCaseWrite);
constexpr unsigned kDirectoryWrite = Bit(Permission::kDirectoryWrite);
constexpr unsigned kCoordinationWrite = Bit(Permission::kCoordinationWrite);
constexpr unsigned kTrainingWrite = Bit(Permission::kTrainingWrite);
constexpr unsigned kStatsRead = Bit(Permission::kStatsRead);

// Keep in step with the table in policy.hpp and the code list peran (codelist_data_identity.cpp).
constexpr std::array<RoleGrant, 6> kRoleTable{{
    {"SYSTEM_ADMIN", kReference | kIdentityAdmin | kAuditRead | kDirectoryWrite | kCoordinationWrite | kTrainingWrite},
    {"SUPERVISOR", kReference | kRegistryRead | kRegistryWrite | kAuditRead | kScreening | kCaseRead | kCaseWrite |
                       kDirectoryWrite | kCoordinationWrite | kStatsRead | kTrainingWrite},
    {"CASE_WORKER", kReference | kRegistryRead | kRegistryWrite | kScreening | kCaseRead | kCaseWrite |
                        kCoordinationWrite | kStatsRead | kTrainingWrite},
    {"POLICE_INVESTIGATOR", kReference | kRegistryRead | kScreening | kCaseRead | kCaseWrite | kStatsRead},
    {"DATA_ANALYST", kReference | kStatsRead},
    {"VIEWER", kReference | kRegistryRead | kCaseRead | kStatsRead},
}};

bool RoleGrants(std::string_view role, Permission permission) {
  for (const RoleGrant& grant : kRoleTable) {
    if (grant.role == role) return (grant.permissions & Bit(permission)) != 0;
  }
  return false;
}

}  // namespace

std::string_view ToString(Permission p) {
  switch (p) {
    case Permission::kReferenceRead:
      return "reference_read";
    case Permission::kRegistryRead:
      return "registry_read";
    case Permission::kRegistryWrite:
      return "registry_write";
    case Permission::kIdentityAdmin:
      return "identity_admin";
    case Permission::kAuditRead:
      return "audit_read";
    case Permission::kScreening:
      return "screening";
    case Permission::kCaseRead:
      return "case_read";
    case Permission::kCaseWrite:
      return "case_write";
    case Permission::kDirectoryWrite:
      return "directory_write";
    case Permission::kCoordinationWrite:
      return "coordination_write";
    case Permission::kTrainingWrite:
      return "training_write";
    case Permission::kStatsRead:
      return "stats_read";
  }
  return "unknown";
}

core::Status Authorize(const Actor& actor, Permission permission) {
  if (actor.id.empty()) {
    return core::Error(core::ErrorCode::kUnauthenticated, "auth.required", "Sign in first.");
  }
  if (actor.IsSystem()) return core::Ok();
  for (const std::string& role : actor.roles) {
    if (RoleGrants(role, permission)) return core::Ok();
  }
  return core::Error(core::ErrorCode::kForbidden, "forbidden",
                     "Your role does not allow this (" + std::string(ToString(permission)) + ").");
}

core::Status AuthorizeDirectoryEdit(const Actor& actor, const std::string& agency_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kDirectoryWrite));
  if (Authorize(actor, Permission::kIdentityAdmin).ok()) return core::Ok();
  if (!actor.agency_id.empty() && actor.agency_id == agency_id) return core::Ok();
  return core::Error(core::ErrorCode::kForbidden, "directory.not_own_agency",
                     "Only your own agency's directory entry may be edited.");
}

}  // namespace sinergi::domain

namespace sinergi::domain {
namespace {

constexpr int kAdultAge = 18;

// `code` is `region` itself or a region below it (dotted codes: "33" covers "33.01" but not "330").
bool InRegion(const std::string& code, const std::string& region) {
  if (region.empty() || code.size() < region.size()) return false;
  if (code.compare(0, region.size(), region) != 0) return false;
  return code.size() == region.size() || code[region.size()] == '.';
}

bool HasCaseRole(const Actor& actor) {
  return actor.HasRole("CASE_WORKER") || actor.HasRole("SUPERVISOR") || actor.HasRole("POLICE_INVESTIGATOR");
}

}  // namespace

bool CanSeeRecord(const Actor& actor, const RecordScope& record) {
  if (actor.IsSystem() || record.has_active_grant) return true;
  if (actor.scope == "NATIONAL") return true;
  if (actor.scope == "REGION") {
    return InRegion(record.owner_agency_region, actor.agency_region) ||
           InRegion(record.address_region_code, actor.agency_region);
  }
  if (actor.scope == "AGENCY") {
    return record.owner_agency_id.empty() || (!actor.agency_id.empty() && record.owner_agency_id == actor.agency_id);
  }
  if (actor.scope == "OWN") return !actor.id.empty() && record.created_by == actor.id;
  return false;
}

ListScope ListScopeFor(const Actor& actor, std::vector<std::string> granted_person_ids) {
  // Mirrors CanSeeRecord clause by clause; keep the two in step.
  if (actor.IsSystem() || actor.scope == "NATIONAL") return ListScope::Everything();
  ListScope scope;
  std::sort(granted_person_ids.begin(), granted_person_ids.end());
  granted_person_ids.erase(std::unique(granted_person_ids.begin(), granted_person_ids.end()), granted_person_ids.end());
  scope.granted_person_ids = std::move(granted_person_ids);
  if (actor.scope == "REGION") {
    if (!actor.agency_region.empty()) scope.region = actor.agency_region;
  } else if (actor.scope == "AGENCY") {
    scope.nationally_owned = true;
    if (!actor.agency_id.empty()) scope.owner_agency_id = actor.agency_id;
  } else if (actor.scope == "OWN") {
    if (!actor.id.empty()) scope.created_by = actor.id;
  }
  return scope;
}

bool ListScopeAdmits(const ListScope& scope, const std::string& person_id, const RecordScope& record) {
  if (scope.everything) return true;
  if (std::find(scope.granted_person_ids.begin(), scope.granted_person_ids.end(), person_id) !=
      scope.granted_person_ids.end()) {
    return true;
  }
  if (scope.owner_agency_id && record.owner_agency_id == *scope.owner_agency_id) return true;
  if (scope.nationally_owned && record.owner_agency_id.empty()) return true;
  if (scope.region &&
      (InRegion(record.owner_agency_region, *scope.region) || InRegion(record.address_region_code, *scope.region))) {
    return true;
  }
  return scope.created_by && record.created_by == *scope.created_by;
}

bool CanSeeSensitive(const Actor& actor, const RecordScope& record, bool protected_identity) {
  if (!protected_identity || actor.IsSystem() || record.has_active_grant) return true;
  if (!HasCaseRole(actor)) return false;
  if (actor.scope == "NATIONAL") return true;
  return !record.owner_agency_id.empty() && record.owner_agency_id == actor.agency_id;
}

bool IsProtectedPerson(const PersonData& data, core::Date today) {
  if (data.protected_identity) return true;
  return data.birth_date.has_value() && core::AgeOn(*data.birth_date, today) < kAdultAge;
}

void MaskSensitiveFields(Person& person) {
  PersonData& d = person.data;
  d.address_line.reset();
  d.address_region_code.reset();
  d.phone.reset();
  d.birth_place.reset();
  d.passport_number.reset();
  person.masked_fields.assign(kSensitivePersonFields.begin(), kSensitivePersonFields.end());
}

}  // namespace sinergi::domain
