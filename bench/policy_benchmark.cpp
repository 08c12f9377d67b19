// The access policy (domain/policy.hpp), asked before every use case (Authorize), for every record a service
// returns (CanSeeRecord, CanSeeSensitive) and for every list or search (ListScopeFor). Baseline: the simplest
// ownership check there is, one string comparison of the actor's agency with the record's owning agency, over the
// same actor/record pairs.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "domain/policy.hpp"
#include "realistic_inputs.hpp"
#include "report_label.hpp"

namespace sinergi::bench {
namespace {

constexpr char kBaseline[] = "policy/agency_id_compare";

// The owning agencies of the sample persons, in order of first appearance.
std::vector<std::string> SampleAgencies() {
  std::vector<std::string> out;
  for (const domain::Person& p : SamplePersons()) {
    if (p.owner_agency_id && std::find(out.begin(), out.end(), *p.owner_agency_id) == out.end()) {
      out.push_back(*p.owner_agency_id);
    }
  }
  return out;
}

// Dotted regions of agencies: provincial BP3MI offices and district manpower offices (Disnaker) of origin areas.
constexpr const char* kAgencyRegions[] = {"33", "35", "32", "52", "18", "35.07", "33.01", "32.03", "52.03", "51"};

domain::Actor MakeActor(std::string id, std::string agency, std::string region, std::string scope,
                        std::vector<std::string> roles) {
  domain::Actor a;
  a.id = std::move(id);
  a.display_name = "Petugas";
  a.correlation_id = "01JD3Q5V2K7M9P4R8T6W0X1Y2Z";
  a.agency_id = std::move(agency);
  a.agency_region = std::move(region);
  a.scope = std::move(scope);
  a.roles = std::move(roles);
  a.ip = "10.20.30.40";
  a.session_id = "01JD3Q5V2K7M9P4R8T6W0X1Y30";
  return a;
}

struct PolicyCase {
  const domain::Actor* actor = nullptr;
  domain::RecordScope record;
  bool protected_identity = false;
};

struct PolicyInputs {
  std::vector<domain::Actor> actors;
  std::vector<std::vector<std::string>> grants;  // per actor: person ids with an active break-the-glass grant
  std::vector<PolicyCase> cases;                 // kSampleSize actor/record pairs
};

const PolicyInputs& Inputs() {
  static const PolicyInputs inputs = [] {
    PolicyInputs in;
    const std::vector<std::string> agencies = SampleAgencies();
    const auto& persons = SamplePersons();
    const std::string& creator = persons[5].created_by;
    // The roles and scopes of the codelists, as agencies hand them out.
    in.actors = {
        MakeActor("01JD3Q5V2K7M9P4R8T6W0X1A01", agencies[0], "33", "REGION", {"CASE_WORKER"}),
        MakeActor("01JD3Q5V2K7M9P4R8T6W0X1A02", agencies[1], "35", "AGENCY", {"SUPERVISOR"}),
        MakeActor(creator, agencies[2], "35.07", "OWN", {"CASE_WORKER"}),
        MakeActor("01JD3Q5V2K7M9P4R8T6W0X1A04", agencies[3], "", "NATIONAL", {"POLICE_INVESTIGATOR"}),
        MakeActor("01JD3Q5V2K7M9P4R8T6W0X1A05", agencies[4], "52", "AGENCY", {"VIEWER"}),
        MakeActor("01JD3Q5V2K7M9P4R8T6W0X1A06", agencies[5], "32", "REGION", {"SUPERVISOR", "CASE_WORKER"}),
        MakeActor("system:retention", "", "", "", {}),
    };
    in.grants.resize(in.actors.size());
    in.grants[0] = {persons[17].id, persons[301].id, persons[777].id};
    in.grants[2] = {persons[42].id};
    for (std::size_t i = 0; i < kSampleSize; ++i) {
      const domain::Person& p = persons[i];
      PolicyCase c;
      c.actor = &in.actors[(i * 5 + i / 7) % in.actors.size()];
      if (p.owner_agency_id) {
        c.record.owner_agency_id = *p.owner_agency_id;
        const auto at = std::find(agencies.begin(), agencies.end(), *p.owner_agency_id) - agencies.begin();
        c.record.owner_agency_region = kAgencyRegions[static_cast<std::size_t>(at) % std::size(kAgencyRegions)];
      }
      c.record.created_by = p.created_by;
      c.record.address_region_code = p.data.address_region_code.value_or("");
      c.record.has_active_grant = i % 64 == 0;
      // Half protected (victims and witnesses of the cases the registry serves), so both paths of the rule run.
      c.protected_identity = p.data.protected_identity || i % 2 == 0;
      in.cases.push_back(std::move(c));
    }
    return in;
  }();
  return inputs;
}

void PolicyAgencyIdCompare(benchmark::State& state) {
  const auto& cases = Inputs().cases;
  std::size_t i = 0;
  for (auto _ : state) {
    const PolicyCase& c = cases[i++ & (kSampleSize - 1)];
    bool same = c.actor->agency_id == c.record.owner_agency_id;
    benchmark::DoNotOptimize(same);
  }
  MarkBaseline(state);
}
BENCHMARK(PolicyAgencyIdCompare)->Name(kBaseline);

// Allowed requests: reading and writing the registry, screening, reading the audit trail, by roles that hold them.
void PolicyAuthorize(benchmark::State& state) {
  using domain::Permission;
  const auto& actors = Inputs().actors;
  const std::vector<std::pair<const domain::Actor*, Permission>> requests = {
      {&actors[0], Permission::kRegistryRead},  {&actors[0], Permission::kRegistryWrite},
      {&actors[1], Permission::kAuditRead},     {&actors[2], Permission::kScreening},
      {&actors[3], Permission::kRegistryRead},  {&actors[4], Permission::kRegistryRead},
      {&actors[5], Permission::kRegistryWrite}, {&actors[6], Permission::kRegistryWrite},
  };
  for (const auto& [actor, permission] : requests) {
    if (!domain::Authorize(*actor, permission).ok()) return state.SkipWithError("a sample request is refused");
  }
  std::size_t i = 0;
  for (auto _ : state) {
    const auto& [actor, permission] = requests[i++ & 7];
    core::Status status = domain::Authorize(*actor, permission);
    benchmark::DoNotOptimize(status);
  }
  CompareWith(state, kBaseline);
}
BENCHMARK(PolicyAuthorize)->Name("policy/authorize");

// Refused requests build a 403 error with a message: the price of saying no.
void PolicyAuthorizeDenied(benchmark::State& state) {
  using domain::Permission;
  const auto& actors = Inputs().actors;
  const std::vector<std::pair<const domain::Actor*, Permission>> requests = {
      {&actors[4], Permission::kRegistryWrite},
      {&actors[3], Permission::kIdentityAdmin},
      {&actors[2], Permission::kAuditRead},
      {&actors[4], Permission::kScreening},
  };
  for (const auto& [actor, permission] : requests) {
    if (domain::Authorize(*actor, permission).ok()) return state.SkipWithError("a sample request is allowed");
  }
  std::size_t i = 0;
  for (auto _ : state) {
    const auto& [actor, permission] = requests[i++ & 3];
    core::Status status = domain::Authorize(*actor, permission);
    benchmark::DoNotOptimize(status);
  }
  CompareWith(state, kBaseline);
}
BENCHMARK(PolicyAuthorizeDenied)->Name("policy/authorize_denied");

void PolicyCanSeeRecord(benchmark::State& state) {
  const auto& cases = Inputs().cases;
  std::size_t i = 0;
  for (auto _ : state) {
    const PolicyCase& c = cases[i++ & (kSampleSize - 1)];
    bool visible = domain::CanSeeRecord(*c.actor, c.record);
    benchmark::DoNotOptimize(visible);
  }
  CompareWith(state, kBaseline);
}
BENCHMARK(PolicyCanSeeRecord)->Name("policy/can_see_record");

void PolicyCanSeeSensitive(benchmark::State& state) {
  const auto& cases = Inputs().cases;
  std::size_t i = 0;
  for (auto _ : state) {
    const PolicyCase& c = cases[i++ & (kSampleSize - 1)];
    bool sensitive = domain::CanSeeSensitive(*c.actor, c.record, c.protected_identity);
    benchmark::DoNotOptimize(sensitive);
  }
  CompareWith(state, kBaseline);
}
BENCHMARK(PolicyCanSeeSensitive)->Name("policy/can_see_sensitive");

// Once per list or search request. The grant list is copied per call, as the repository hands over a fresh one.
void PolicyListScopeFor(benchmark::State& state) {
  const PolicyInputs& in = Inputs();
  std::size_t i = 0;
  for (auto _ : state) {
    const std::size_t a = i++ % in.actors.size();
    domain::ListScope scope = domain::ListScopeFor(in.actors[a], in.grants[a]);
    benchmark::DoNotOptimize(scope);
  }
  CompareWith(state, kBaseline);
}
BENCHMARK(PolicyListScopeFor)->Name("policy/list_scope_for");

}  // namespace
}  // namespace sinergi::bench
