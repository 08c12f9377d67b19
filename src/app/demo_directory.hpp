#pragma once
// Demo entries of the agency and service directory (issue #5) for `serve --demo`: realistic services, regions served,
// capacity notes, office contacts (fictitious numbers, addresses under the reserved .invalid domain) and opening
// hours for the demo agencies, looked up by code. An agency that does not exist is skipped, and one whose entry was
// already written is left alone, so loading is safe on every start and whatever demo agencies app/demo_identity.cpp
// holds.
#include "core/result.hpp"
#include "domain/directory_service.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::app {

// Writes the demo entries through the directory service as a system actor. Returns how many it wrote.
// Errors: any service or storage error.
core::Result<int> LoadDemoDirectory(domain::DirectoryService& directory, domain::ports::Database& db);

}  // namespace sinergi::app
