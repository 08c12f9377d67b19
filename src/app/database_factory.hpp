#pragma once
// Chooses the storage backend from the database URL. Only src/app names concrete backends (STYLE.md §2-3).
#include <memory>

#include "app/config.hpp"
#include "core/key_ring.hpp"
#include "core/result.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::app {

// sqlite:PATH opens (and migrates) the embedded backend, creating the parent directory if needed, with the data
// key ring of the configuration (app/data_keys.hpp) when one is configured.
// postgresql://... fails loudly: that backend is not compiled into this build yet (issue #7).
core::Result<std::unique_ptr<domain::ports::Database>> OpenDatabase(const Config& config);
// The same with a key ring already loaded (LoadDataKeys), for callers that also need the keys themselves.
core::Result<std::unique_ptr<domain::ports::Database>> OpenDatabase(const Config& config,
                                                                    std::shared_ptr<const core::KeyRing> keys);
// Applies pending migrations; returns how many ran.
core::Result<int> MigrateDatabase(const Config& config);

}  // namespace sinergi::app
