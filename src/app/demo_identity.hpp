#pragma once
// Demo agencies and accounts for `serve --demo`, so a first look needs no CLI. Agencies in three provinces and
// abroad (BP3MI of Central Java, West Kalimantan and West Nusa Tenggara; the DP3A of the city of Semarang; the UPTD
// PPA and the police of West Kalimantan; the embassy in Riyadh) own the demo cases; the accounts are an administrator
// `admin` (SYSTEM_ADMIN, national), the case worker `petugas` and the supervisor `supervisor` of BP3MI Jawa Tengah,
// the case worker `petugas.kalbar` of BP3MI Kalimantan Barat and `petugas.ppa` of DP3A Kota Semarang. Created through
// the identity service, so they are validated and audited like any other. Never for an installation holding real
// data: the passwords are printed and public.
#include <map>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "domain/identity.hpp"
#include "domain/identity_service.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::app {

// Passes the server's strength rule (12+ characters, no common word, not the username).
inline constexpr std::string_view kDemoPassword = "Sinergi-Demo-2026!";

// The demo agencies by code (e.g. "BP3MI-JATENG").
struct DemoAgencies {
  std::map<std::string, domain::Agency, std::less<>> by_code;
  // The agency's id; a code that is not a demo agency is a bug of the demo loader.
  const std::string& Id(std::string_view code) const;
};

// Creates each demo agency that does not exist yet (by code) and returns them all. Errors: any service or storage
// error.
core::Result<DemoAgencies> EnsureDemoAgencies(domain::IdentityService& identity, domain::ports::Database& db);

// Creates the demo agencies (EnsureDemoAgencies) and users when the database holds no user yet. Returns true if it
// created the users, false if users already existed (nothing is touched then). Errors: any service or storage error.
core::Result<bool> LoadDemoIdentity(domain::IdentityService& identity, domain::ports::Database& db);

}  // namespace sinergi::app
