#include "app/demo_identity.hpp"

#include <string>

#include "core/assert.hpp"

namespace sinergi::app {
namespace {

const domain::Actor kDemoActor{"system:demo", "Demo data loader", "demo", "", {}, "", "", "", ""};

core::Result<std::int64_t> CountUsers(domain::ports::Database& db) {
  SINERGI_TRY(auto uow, db.Begin(domain::ports::TxMode::kRead));
  return uow->identity().CountUsers();
}

struct DemoAgency {
  const char* code;
  const char* name;
  const char* type;
  const char* region;   // dotted province or regency code; nullptr for a post abroad or a national agency
  const char* country;  // ISO alpha-2 of a post abroad
};

constexpr DemoAgency kAgencies[] = {
    {"BP3MI-JATENG", "BP3MI Jawa Tengah", "BP3MI", "33", nullptr},
    {"DP3A-SEMARANG", "DP3A Kota Semarang", "DP3A", "33.74", nullptr},
    {"BP3MI-KALBAR", "BP3MI Kalimantan Barat", "BP3MI", "61", nullptr},
    {"UPTD-PPA-KALBAR", "UPTD PPA Provinsi Kalimantan Barat", "UPTD_PPA", "61", nullptr},
    {"POLDA-KALBAR", "Ditreskrimum Polda Kalimantan Barat", "POLRI", "61", nullptr},
    {"BP3MI-NTB", "BP3MI Nusa Tenggara Barat", "BP3MI", "52", nullptr},
    {"KBRI-RIYADH", "KBRI Riyadh", "PERWAKILAN_RI", nullptr, "SA"},
    {"BP3MI-BALI", "BP3MI Bali", "BP3MI", "51", nullptr},
    {"DINSOS-P3A-BALI", "Dinas Sosial P3A Provinsi Bali", "DP3A", "51", nullptr},
    {"BP3MI-SULTENG", "BP3MI Sulawesi Tengah", "BP3MI", "72", nullptr},
    {"DP3A-SULTENG", "DP3A Provinsi Sulawesi Tengah", "DP3A", "72", nullptr},
    {"POLDA-SULTENG", "Ditreskrimum Polda Sulawesi Tengah", "POLRI", "72", nullptr},
    {"KP2MI-PUSAT", "Kementerian P2MI/BP2MI (Pusat)", "KP2MI", nullptr, nullptr},  // national: no region
};

struct DemoUser {
  const char* username;
  const char* display_name;
  const char* agency;
  const char* role;
  const char* scope;
};

constexpr DemoUser kUsers[] = {
    {"admin", "Administrator Demo", "BP3MI-JATENG", "SYSTEM_ADMIN", "NATIONAL"},
    {"petugas", "Petugas Demo", "BP3MI-JATENG", "CASE_WORKER", "AGENCY"},
    {"supervisor", "Supervisor Demo", "BP3MI-JATENG", "SUPERVISOR", "AGENCY"},
    {"petugas.kalbar", "Petugas Kalbar Demo", "BP3MI-KALBAR", "CASE_WORKER", "AGENCY"},
    {"petugas.ppa", "Petugas PPA Demo", "DP3A-SEMARANG", "CASE_WORKER", "AGENCY"},
};

}  // namespace

const std::string& DemoAgencies::Id(std::string_view code) const {
  auto it = by_code.find(code);
  if (it != by_code.end()) return it->second.id;
  SINERGI_BUG("demo: not a demo agency code");
  static const std::string kNone;
  return kNone;
}

core::Result<DemoAgencies> EnsureDemoAgencies(domain::IdentityService& identity, domain::ports::Database& db) {
  DemoAgencies out;
  for (const DemoAgency& a : kAgencies) {
    {
      SINERGI_TRY(auto uow, db.Begin(domain::ports::TxMode::kRead));
      core::Result<domain::Agency> existing = uow->identity().GetAgencyByCode(a.code);
      if (existing) {
        out.by_code.emplace(a.code, std::move(*existing));
        continue;
      }
      if (existing.error().code() != core::ErrorCode::kNotFound) return existing.error();
    }
    domain::AgencyInput input;
    input.code = a.code;
    input.name = a.name;
    input.type = a.type;
    if (a.region != nullptr) input.region_code = a.region;
    if (a.country != nullptr) input.country = a.country;
    SINERGI_TRY(domain::Agency created, identity.CreateAgency(kDemoActor, std::move(input)));
    out.by_code.emplace(a.code, std::move(created));
  }
  return out;
}

core::Result<bool> LoadDemoIdentity(domain::IdentityService& identity, domain::ports::Database& db) {
  SINERGI_TRY(std::int64_t users, CountUsers(db));
  if (users > 0) return false;
  SINERGI_TRY(DemoAgencies agencies, EnsureDemoAgencies(identity, db));
  (void)agencies;
  const std::string password(kDemoPassword);
  for (const DemoUser& u : kUsers) {
    domain::UserInput input;
    input.username = u.username;
    input.display_name = u.display_name;
    input.agency_code = u.agency;
    input.roles = {u.role};
    input.scope = u.scope;
    SINERGI_TRY_STATUS(identity.CreateUser(kDemoActor, std::move(input), password));
  }
  return true;
}

}  // namespace sinergi::app
