#pragma once
// Demo agencies and accounts for `serve --demo`, so a first look needs no CLI: the BP3MI of Central Java and the
// DP3A of the city of Semarang, an administrator `admin` (SYSTEM_ADMIN, national) and a case worker `petugas`
// (CASE_WORKER at BP3MI-JATENG). Created through the identity service, so they are validated and audited like
// any other. Never for an installation holding real data: the passwords are printed and public.
#include <string_view>

#include "core/result.hpp"
#include "domain/identity_service.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::app {

// Passes the server's strength rule (12+ characters, no common word, not the username).
inline constexpr std::string_view kDemoPassword = "Sinergi-Demo-2026!";

// Creates the demo agencies and users when the database holds no user yet. Returns true if it created them,
// false if users already existed (nothing is touched then). Errors: any service or storage error.
core::Result<bool> LoadDemoIdentity(domain::IdentityService& identity, domain::ports::Database& db);

}  // namespace sinergi::app
