#include "app/demo_identity.hpp"

#include <string>

namespace sinergi::app {
namespace {

const domain::Actor kDemoActor{"system:demo", "Demo data loader", "demo", "", {}, "", "", "", ""};

core::Result<std::int64_t> CountUsers(domain::ports::Database& db) {
  SINERGI_TRY(auto uow, db.Begin(domain::ports::TxMode::kRead));
  return uow->identity().CountUsers();
}

domain::AgencyInput Agency(std::string code, std::string name, std::string type, std::string region) {
  domain::AgencyInput a;
  a.code = std::move(code);
  a.name = std::move(name);
  a.type = std::move(type);
  a.region_code = std::move(region);
  return a;
}

domain::UserInput User(std::string username, std::string display_name, std::string agency, std::string role,
                       std::string scope) {
  domain::UserInput u;
  u.username = std::move(username);
  u.display_name = std::move(display_name);
  u.agency_code = std::move(agency);
  u.roles = {std::move(role)};
  u.scope = std::move(scope);
  return u;
}

}  // namespace

core::Result<bool> LoadDemoIdentity(domain::IdentityService& identity, domain::ports::Database& db) {
  SINERGI_TRY(std::int64_t users, CountUsers(db));
  if (users > 0) return false;
  const std::string password(kDemoPassword);
  SINERGI_TRY_STATUS(identity.CreateAgency(kDemoActor, Agency("BP3MI-JATENG", "BP3MI Jawa Tengah", "BP3MI", "33")));
  SINERGI_TRY_STATUS(identity.CreateAgency(kDemoActor, Agency("DP3A-SEMARANG", "DP3A Kota Semarang", "DP3A", "33.74")));
  SINERGI_TRY_STATUS(identity.CreateUser(
      kDemoActor, User("admin", "Administrator Demo", "BP3MI-JATENG", "SYSTEM_ADMIN", "NATIONAL"), password));
  SINERGI_TRY_STATUS(identity.CreateUser(
      kDemoActor, User("petugas", "Petugas Demo", "BP3MI-JATENG", "CASE_WORKER", "AGENCY"), password));
  return true;
}

}  // namespace sinergi::app
