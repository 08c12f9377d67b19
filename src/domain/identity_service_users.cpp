// IdentityService, users: create, update, read, list, password reset and disabling. Passwords are hashed before
// the write unit opens (Argon2id takes tens of milliseconds; the writer lock must not wait for it), and only the
// field name "password" ever reaches the audit trail.
#include <algorithm>
#include <utility>

#include "core/crypto.hpp"
#include "domain/audit_log.hpp"
#include "domain/codelists.hpp"
#include "domain/detail/identity_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/identity_service.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::FieldError;
using core::Result;
using core::Status;
using ports::TxMode;

// Normalises in place. An empty username is allowed only for updates (keep_username), meaning "unchanged".
std::vector<FieldError> NormaliseAndValidate(UserInput& in, bool keep_username) {
  std::vector<FieldError> errors;
  in.username = detail::NormaliseUsername(in.username);
  in.display_name = detail::CollapseSpaces(in.display_name);
  in.agency_code = detail::ToUpperAscii(detail::Trim(in.agency_code));
  in.scope = detail::Trim(in.scope);
  if (!(keep_username && in.username.empty()) && !detail::IsValidUsername(in.username)) {
    errors.push_back({"username", "invalid_format", "Use 3-64 lower-case letters, digits, '.', '_' or '-'."});
  }
  if (detail::CodePointCount(in.display_name) > 200) {
    errors.push_back({"display_name", "too_long", "Use at most 200 characters."});
  }
  if (!detail::IsValidAgencyCode(in.agency_code)) {
    errors.push_back({"agency_code", "invalid_format", "Not an agency code."});
  }
  std::vector<std::string> roles;
  for (std::size_t i = 0; i < in.roles.size(); ++i) {
    std::string role = detail::Trim(in.roles[i]);
    if (!IsValidCode("peran", role)) {
      errors.push_back({"roles[" + std::to_string(i) + "]", "unknown_code", "Not a code of the list peran."});
    } else if (std::find(roles.begin(), roles.end(), role) == roles.end()) {
      roles.push_back(std::move(role));
    }
  }
  in.roles = std::move(roles);
  if (in.roles.empty() && errors.empty()) {
    errors.push_back({"roles", "required", "Give the user at least one role."});
  }
  if (!IsValidCode("lingkup_akses", in.scope)) {
    errors.push_back({"scope", "unknown_code", "Use OWN, AGENCY, REGION or NATIONAL."});
  }
  return errors;
}

// The agency a user is placed in: it must exist and be active.
Result<Agency> PlacementAgency(ports::UnitOfWork& uow, const std::string& code) {
  Result<Agency> agency = uow.identity().GetAgencyByCode(code);
  if (!agency) {
    if (agency.error().code() != core::ErrorCode::kNotFound) return agency.error();
    return Error::Validation({{"agency_code", "unknown_code", "No agency has this code."}});
  }
  if (agency->disabled) {
    return Error::Validation({{"agency_code", "disabled", "This agency is disabled."}});
  }
  return agency;
}

std::vector<std::string> ChangedFields(const User& before, const User& after, bool* permission) {
  std::vector<std::string> fields;
  *permission = false;
  auto note = [&fields, permission](bool changed, const char* name, bool grants) {
    if (!changed) return;
    fields.emplace_back(name);
    *permission = *permission || grants;
  };
  note(before.username != after.username, "username", false);
  note(before.display_name != after.display_name, "display_name", false);
  note(before.agency_id != after.agency_id, "agency_id", true);
  note(before.roles != after.roles, "roles", true);
  note(before.scope != after.scope, "scope", true);
  note(before.disabled != after.disabled, "disabled", true);
  return fields;
}

}  // namespace

Result<User> IdentityService::CreateUser(const Actor& actor, UserInput input, const std::string& password) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kIdentityAdmin));
  std::vector<FieldError> errors = NormaliseAndValidate(input, false);
  for (FieldError& e : CheckPasswordStrength(password, input.username)) errors.push_back(std::move(e));
  if (!errors.empty()) return Error::Validation(std::move(errors));
  SINERGI_TRY(std::string password_hash, core::HashPassword(password));

  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Agency agency, PlacementAgency(*uow, input.agency_code));
  const core::Timestamp now = clock_.Now();
  User user;
  user.id = ids_.NewId();
  user.version = 1;
  user.display_name = input.display_name.empty() ? input.username : std::move(input.display_name);
  user.username = std::move(input.username);
  user.agency_id = agency.id;
  user.roles = std::move(input.roles);
  user.scope = std::move(input.scope);
  user.password_hash = std::move(password_hash);
  user.disabled = input.disabled;
  user.password_changed_at = user.created_at = user.updated_at = now;
  SINERGI_TRY_STATUS(uow->identity().InsertUser(user));
  std::vector<std::string> fields{"username", "display_name", "agency_id", "roles", "scope", "password"};
  if (user.disabled) fields.emplace_back("disabled");
  SINERGI_TRY_STATUS(AppendAudit(*uow, clock_, ids_, actor, {"create", "user", user.id, {}, std::move(fields), {}}));
  SINERGI_TRY_STATUS(uow->Commit());
  return user;
}

Result<User> IdentityService::UpdateUser(const Actor& actor, const std::string& id, UserInput input,
                                         std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kIdentityAdmin));
  std::vector<FieldError> errors = NormaliseAndValidate(input, true);
  if (!errors.empty()) return Error::Validation(std::move(errors));

  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(User current, uow->identity().GetUser(id));
  if (current.version != expected_version) return Error::StaleVersion();
  User updated = current;
  if (!input.username.empty()) updated.username = std::move(input.username);
  if (!input.display_name.empty()) updated.display_name = std::move(input.display_name);
  updated.roles = std::move(input.roles);
  updated.scope = std::move(input.scope);
  updated.disabled = input.disabled;
  // Moving a user needs an active agency; staying in a since-disabled agency is not a move.
  SINERGI_TRY(Agency agency, uow->identity().GetAgency(current.agency_id));
  if (agency.code != input.agency_code) {
    SINERGI_TRY(agency, PlacementAgency(*uow, input.agency_code));
    updated.agency_id = agency.id;
  }
  bool permission = false;
  std::vector<std::string> fields = ChangedFields(current, updated, &permission);
  if (fields.empty()) return current;  // nothing to write; the version stays
  updated.version = current.version + 1;
  updated.updated_at = clock_.Now();
  SINERGI_TRY_STATUS(uow->identity().UpdateUser(updated, expected_version));
  if (updated.disabled && !current.disabled) {
    SINERGI_TRY_STATUS(uow->identity().RevokeUserSessions(updated.id, updated.updated_at));
  }
  SINERGI_TRY_STATUS(
      AppendAudit(*uow, clock_, ids_, actor,
                  {permission ? "permission_change" : "update", "user", updated.id, {}, std::move(fields), {}}));
  SINERGI_TRY_STATUS(uow->Commit());
  return updated;
}

Result<User> IdentityService::GetUser(const Actor& actor, const std::string& id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kIdentityAdmin));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  return uow->identity().GetUser(id);
}

Result<ports::Page<User>> IdentityService::ListUsers(const Actor& actor, const std::optional<std::string>& agency_id,
                                                     const ports::PageRequest& page) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kIdentityAdmin));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  return uow->identity().ListUsers(agency_id, page);
}

Status IdentityService::ResetPassword(const Actor& actor, const std::string& username, const std::string& password) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kIdentityAdmin));
  const std::string name = detail::NormaliseUsername(username);
  std::vector<FieldError> errors = CheckPasswordStrength(password, name);
  if (!errors.empty()) return Error::Validation(std::move(errors));
  SINERGI_TRY(std::string password_hash, core::HashPassword(password));

  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(User user, uow->identity().GetUserByUsername(name));
  const core::Timestamp now = clock_.Now();
  const std::int64_t expected_version = user.version;
  user.password_hash = std::move(password_hash);
  user.password_changed_at = user.updated_at = now;
  user.version = expected_version + 1;
  SINERGI_TRY_STATUS(uow->identity().UpdateUser(user, expected_version));
  SINERGI_TRY_STATUS(uow->identity().RevokeUserSessions(user.id, now));
  // A new password from an administrator also lifts a lock caused by guessing the old one.
  SINERGI_TRY_STATUS(uow->identity().ClearThrottle(detail::UserThrottleKey(user.username)));
  SINERGI_TRY_STATUS(AppendAudit(*uow, clock_, ids_, actor, {"password_reset", "user", user.id, {}, {"password"}, {}}));
  return uow->Commit();
}

Status IdentityService::DisableUser(const Actor& actor, const std::string& username) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kIdentityAdmin));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(User user, uow->identity().GetUserByUsername(detail::NormaliseUsername(username)));
  const core::Timestamp now = clock_.Now();
  if (!user.disabled) {
    const std::int64_t expected_version = user.version;
    user.disabled = true;
    user.updated_at = now;
    user.version = expected_version + 1;
    SINERGI_TRY_STATUS(uow->identity().UpdateUser(user, expected_version));
    SINERGI_TRY_STATUS(
        AppendAudit(*uow, clock_, ids_, actor, {"permission_change", "user", user.id, {}, {"disabled"}, {}}));
  }
  // Revoked even when already disabled: a disabled user must have no live session, whatever happened before.
  SINERGI_TRY_STATUS(uow->identity().RevokeUserSessions(user.id, now));
  return uow->Commit();
}

}  // namespace sinergi::domain
