#pragma once
// The access policy: the ONE place that decides whether an actor may do something (issue #3). Handlers never
// decide by themselves; services call Authorize before touching data. This first slice decides by role; the
// record-level need-to-know rules (owning agency, region scope, grants, sensitivity, break-the-glass) extend it.
#include <string_view>

#include "core/result.hpp"
#include "domain/actor.hpp"

namespace sinergi::domain {

enum class Permission {
  kReferenceRead,  // reference data, code lists, NIK decoding
  kRegistryRead,   // persons, family, journeys, their history
  kRegistryWrite,  // create/update/delete persons, family links, journeys, transitions, follow-ups
  kIdentityAdmin,  // agencies and users
  kAuditRead,      // the audit trail
};

std::string_view ToString(Permission p);

// Role table (codelist peran):
//   SYSTEM_ADMIN        reference, identity admin, audit read (no registry data by default)
//   SUPERVISOR          reference, registry read/write, audit read
//   CASE_WORKER         reference, registry read/write
//   POLICE_INVESTIGATOR reference, registry read
//   DATA_ANALYST        reference only (aggregates arrive with the statistics issue)
//   VIEWER              reference, registry read
// System actors ("system:*") may do everything (migrations, demo data, CLI jobs run by an operator).
// Errors: kUnauthenticated "auth.required" for an empty actor id; kForbidden "forbidden" otherwise.
core::Status Authorize(const Actor& actor, Permission permission);

}  // namespace sinergi::domain
