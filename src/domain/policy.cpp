// The role table of policy.hpp. Deny by default: an unknown role grants nothing, and a permission missing from
// every role an actor holds is refused.
#include "domain/policy.hpp"

#include <array>
#include <string>

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

// Keep in step with the table in policy.hpp and the code list peran (codelist_data_identity.cpp).
constexpr std::array<RoleGrant, 6> kRoleTable{{
    {"SYSTEM_ADMIN", kReference | kIdentityAdmin | kAuditRead},
    {"SUPERVISOR", kReference | kRegistryRead | kRegistryWrite | kAuditRead},
    {"CASE_WORKER", kReference | kRegistryRead | kRegistryWrite},
    {"POLICE_INVESTIGATOR", kReference | kRegistryRead},
    {"DATA_ANALYST", kReference},
    {"VIEWER", kReference | kRegistryRead},
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

}  // namespace sinergi::domain
