#pragma once
// Key rotation for field-level encryption at rest (core/key_ring.hpp): re-seals every stored value with the
// active data key, in batches, each batch committed together with its audit entry.
#include <cstdint>
#include <string>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::domain {

// Runs ResealBatch(batch) in write units until nothing is left; returns how many values were re-sealed. Each
// non-empty batch appends an audit entry (action key_rotation, detail naming `active_key_id` and the count).
// Interrupted, it can simply be run again. Errors: those of DataKeyRepository::ResealBatch, kInvalid for
// batch < 1.
core::Result<std::int64_t> ResealAll(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids,
                                     const Actor& actor, const std::string& active_key_id, int batch);

}  // namespace sinergi::domain
