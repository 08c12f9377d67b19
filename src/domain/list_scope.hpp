#pragma once
// The need-to-know restriction of a list or search, in a form storage can put into its query (issue #3). Only
// the policy builds one (domain/policy.hpp ListScopeFor, from the actor and their active grants); the services
// put it into the port filters (ports::PersonFilter, ports::JourneyFilter, FindNameCandidates) and every backend
// turns it into a condition on the person (a journey is judged by its person). ListScopeAdmits in policy.hpp is
// the reference meaning every backend must implement exactly; tests hold both it and the SQL to CanSeeRecord.
#include <optional>
#include <string>
#include <vector>

namespace sinergi::domain {

// Admits a person when `everything` is set, or else when ANY present clause holds. A default-constructed
// ListScope has no clause and admits nothing (an unknown scope sees nothing).
struct ListScope {
  bool everything = false;  // NATIONAL scope and system actors: no restriction; the clauses below are unused

  std::optional<std::string> owner_agency_id;  // persons owned by this agency
  bool nationally_owned = false;               // persons without an owning agency (empty or absent)
  // A dotted region code: persons whose owning agency's region, or whose own address region, is this region or
  // lies below it ("33" covers "33" and "33.01", not "330").
  std::optional<std::string> region;
  std::optional<std::string> created_by;        // persons created by this user id
  std::vector<std::string> granted_person_ids;  // persons the actor holds an active break-the-glass grant for

  // No restriction: for system jobs and storage tests. Services never use it; they ask ListScopeFor.
  static ListScope Everything() {
    ListScope scope;
    scope.everything = true;
    return scope;
  }

  bool operator==(const ListScope&) const = default;
};

}  // namespace sinergi::domain
