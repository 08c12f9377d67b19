#pragma once
// Who is acting. The HTTP layer builds it from the authenticated session; system jobs use ids "system:<job>".
// Every write records actor.id in history; the audit trail records all of it.
#include <algorithm>
#include <string>
#include <vector>

namespace sinergi::domain {

struct Actor {
  std::string id;            // user id, or "system:<job>" for migrations, demo loading, CLI jobs
  std::string display_name;  // for history views
  std::string correlation_id;
  std::string agency_id;           // the user's agency; empty for system actors
  std::vector<std::string> roles;  // codelist peran (SYSTEM_ADMIN, SUPERVISOR, CASE_WORKER, ...)
  std::string ip;                  // client address as the server saw it (for the audit trail)
  std::string session_id;          // the session used; empty for system actors
  std::string scope;               // codelist lingkup_akses (OWN, AGENCY, REGION, NATIONAL); empty for system actors
  std::string agency_region;       // the agency's dotted region code; empty when it has none (posts abroad)

  bool HasRole(const std::string& role) const { return std::find(roles.begin(), roles.end(), role) != roles.end(); }
  bool IsSystem() const { return id.rfind("system:", 0) == 0; }
};

}  // namespace sinergi::domain
