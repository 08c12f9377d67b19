#pragma once
// Reading a person's relatives as an actor may see them, shared by RegistryService::ListFamily and the access
// export (PdpService::Export), which audit the read each in their own way. Internal to src/domain.
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/ports/database.hpp"
#include "domain/registry_service.hpp"

namespace sinergi::domain::detail {

// Inside `uow`: requires the person to be visible to the actor (kNotFound "person.not_found" otherwise, as for a
// missing one), then returns their relatives ordered by link id, soft-deleted relatives and those outside the
// actor's scope left out, the rest masked as needed. Not audited: the caller records its one entry.
core::Result<std::vector<FamilyMember>> ReadVisibleFamily(ports::UnitOfWork& uow, const Actor& actor,
                                                          core::Timestamp now, const std::string& person_id);

}  // namespace sinergi::domain::detail
