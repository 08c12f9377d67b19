// IdentityService, agencies: create, update, read, list. Users are in identity_service_users.cpp.
// Identity records keep no change history of their own; the audit trail records who changed which fields.
#include "domain/identity_service.hpp"

#include <algorithm>
#include <tuple>
#include <utility>

#include "domain/audit_log.hpp"
#include "domain/codelists.hpp"
#include "domain/detail/identity_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::FieldError;
using core::Result;
using ports::TxMode;

constexpr const char* kPostAbroad = "PERWAKILAN_RI";

void Normalise(AgencyInput& in) {
  in.code = detail::ToUpperAscii(detail::Trim(in.code));
  in.name = detail::CollapseSpaces(in.name);
  in.type = detail::Trim(in.type);
  detail::TrimOptional(in.region_code);
  detail::TrimOptional(in.country);
  if (in.country) in.country = detail::ToUpperAscii(*in.country);
}

// Checks that need no storage.
std::vector<FieldError> ValidateShape(const AgencyInput& in) {
  std::vector<FieldError> errors;
  if (!detail::IsValidAgencyCode(in.code)) {
    errors.push_back({"code", "invalid_format", "Use 2-40 capital letters, digits or hyphens, e.g. BP3MI-BALI."});
  }
  if (in.name.empty()) {
    errors.push_back({"name", "required", "Give the agency's name."});
  } else if (detail::CodePointCount(in.name) > 200) {
    errors.push_back({"name", "too_long", "Use at most 200 characters."});
  }
  if (!IsValidCode("jenis_instansi", in.type)) {
    errors.push_back({"type", "unknown_code", "Not a code of the list jenis_instansi."});
  }
  const bool abroad = in.type == kPostAbroad;
  if (abroad && !in.country) {
    errors.push_back({"country", "required", "An embassy or consulate needs its country."});
  }
  if (!abroad && in.country) {
    errors.push_back({"country", "not_allowed", "Only an embassy or consulate (PERWAKILAN_RI) has a country."});
  }
  if (abroad && in.region_code) {
    errors.push_back({"region_code", "not_allowed", "A post abroad has a country instead of a region."});
  }
  return errors;
}

// Checks against reference data, inside the caller's unit of work.
Result<std::vector<FieldError>> ValidateReferences(ports::UnitOfWork& uow, const AgencyInput& in) {
  std::vector<FieldError> errors;
  if (in.region_code) {
    Result<Region> region = uow.reference().GetRegion(*in.region_code);
    if (!region) {
      if (region.error().code() != core::ErrorCode::kNotFound) return region.error();
      errors.push_back({"region_code", "unknown_code", "No region has this code."});
    } else if (region->level > 2) {
      errors.push_back({"region_code", "invalid_level", "Use a province or a regency/city code."});
    }
  }
  if (in.country) {
    Result<Country> country = uow.reference().GetCountry(*in.country);
    if (!country) {
      if (country.error().code() != core::ErrorCode::kNotFound) return country.error();
      errors.push_back({"country", "unknown_code", "Not an ISO 3166 alpha-2 country code."});
    }
  }
  return errors;
}

// Names of the fields that differ; for the audit trail.
std::vector<std::string> ChangedFields(const Agency& before, const Agency& after) {
  std::vector<std::string> fields;
  if (before.code != after.code) fields.emplace_back("code");
  if (before.name != after.name) fields.emplace_back("name");
  if (before.type != after.type) fields.emplace_back("type");
  if (before.region_code != after.region_code) fields.emplace_back("region_code");
  if (before.country != after.country) fields.emplace_back("country");
  if (before.disabled != after.disabled) fields.emplace_back("disabled");
  return fields;
}

void Apply(Agency& agency, AgencyInput in) {
  agency.code = std::move(in.code);
  agency.name = std::move(in.name);
  agency.type = std::move(in.type);
  agency.region_code = std::move(in.region_code);
  agency.country = std::move(in.country);
  agency.disabled = in.disabled;
}

}  // namespace

Result<Agency> IdentityService::CreateAgency(const Actor& actor, AgencyInput input) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kIdentityAdmin));
  Normalise(input);
  std::vector<FieldError> errors = ValidateShape(input);
  if (!errors.empty()) return Error::Validation(std::move(errors));

  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(errors, ValidateReferences(*uow, input));
  if (!errors.empty()) return Error::Validation(std::move(errors));

  const core::Timestamp now = clock_.Now();
  Agency agency;
  agency.id = ids_.NewId();
  agency.version = 1;
  agency.created_at = agency.updated_at = now;
  Apply(agency, std::move(input));
  SINERGI_TRY_STATUS(uow->identity().InsertAgency(agency));
  SINERGI_TRY_STATUS(
      AppendAudit(*uow, clock_, ids_, actor, {"create", "agency", agency.id, {}, ChangedFields(Agency{}, agency), {}}));
  SINERGI_TRY_STATUS(uow->Commit());
  return agency;
}

Result<Agency> IdentityService::UpdateAgency(const Actor& actor, const std::string& id, AgencyInput input,
                                             std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kIdentityAdmin));
  Normalise(input);
  std::vector<FieldError> errors = ValidateShape(input);
  if (!errors.empty()) return Error::Validation(std::move(errors));

  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Agency current, uow->identity().GetAgency(id));
  if (current.version != expected_version) return Error::StaleVersion();
  SINERGI_TRY(errors, ValidateReferences(*uow, input));
  if (!errors.empty()) return Error::Validation(std::move(errors));

  Agency updated = current;
  Apply(updated, std::move(input));
  std::vector<std::string> fields = ChangedFields(current, updated);
  if (fields.empty()) return current;  // nothing to write; the version stays
  updated.version = current.version + 1;
  updated.updated_at = clock_.Now();
  SINERGI_TRY_STATUS(uow->identity().UpdateAgency(updated, expected_version));
  // Disabling an agency ends its users' sign-ins (AuthService refuses them), so it is a permission change.
  const bool permission = current.disabled != updated.disabled;
  SINERGI_TRY_STATUS(
      AppendAudit(*uow, clock_, ids_, actor,
                  {permission ? "permission_change" : "update", "agency", updated.id, {}, std::move(fields), {}}));
  SINERGI_TRY_STATUS(uow->Commit());
  return updated;
}

Result<Agency> IdentityService::GetAgency(const Actor& actor, const std::string& id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kIdentityAdmin));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  return uow->identity().GetAgency(id);
}

Result<ports::Page<Agency>> IdentityService::ListAgencies(const Actor& actor, const ports::PageRequest& page) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kIdentityAdmin));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  return uow->identity().ListAgencies(page);
}

Result<std::vector<Agency>> IdentityService::AgencyDirectory(const Actor& actor) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  std::vector<Agency> out;
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  ports::PageRequest page{200, std::nullopt};
  while (out.size() < static_cast<std::size_t>(kMaxDirectoryAgencies)) {
    SINERGI_TRY(auto agencies, uow->identity().ListAgencies(page));
    for (Agency& a : agencies.items) {
      if (!a.disabled) out.push_back(std::move(a));
    }
    if (!agencies.next_after) break;
    page.after = agencies.next_after;
  }
  std::sort(out.begin(), out.end(),
            [](const Agency& a, const Agency& b) { return std::tie(a.name, a.code) < std::tie(b.name, b.code); });
  return out;
}

}  // namespace sinergi::domain
