#pragma once
// Who is acting. Until the access-control issue (#3) adds sign-in, the HTTP layer passes an actor built
// from the request context; every write records actor.id in history.
#include <string>

namespace sinergi::domain {

struct Actor {
  std::string id;            // user id (or "system" for migrations/demo loading)
  std::string display_name;  // for history views
  std::string correlation_id;
};

}  // namespace sinergi::domain
