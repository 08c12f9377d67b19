// Need-to-know in the case list (ports::CaseFilter::scope): a case is judged on itself (its owning agency and that
// agency's region, its occurrence region, its creator, the cases shared with the actor). The expected answers come
// from the policy itself (domain::ListScopeAdmits), so the backend's SQL cannot drift from it. Runs on every
// backend and the in-memory fake.
#include <map>

#include "domain/policy.hpp"
#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

using domain::Case;
using domain::CaseStatus;
using domain::ports::CaseFilter;
using domain::ports::PageRequest;

constexpr int kPageSize = 4;

// Every page of a case list, checking that only the last page is short and the cursor is the last item's id.
std::vector<std::string> AllPages(UnitOfWork& uow, const CaseFilter& filter) {
  std::vector<std::string> seen;
  PageRequest page{.limit = kPageSize, .after = std::nullopt};
  for (int guard = 0; guard < 200; ++guard) {
    auto res = uow.cases().List(filter, page);
    EXPECT_TRUE(res.ok()) << (res.ok() ? "" : res.error().message());
    if (!res.ok()) return seen;
    for (const Case& c : res->items) seen.push_back(c.id);
    if (!res->next_after) return seen;
    EXPECT_EQ(res->items.size(), static_cast<std::size_t>(kPageSize)) << "a short page while the cursor goes on";
    EXPECT_EQ(*res->next_after, res->items.back().id);
    page.after = res->next_after;
  }
  ADD_FAILURE() << "the cursor never ended";
  return seen;
}

// Agencies with their regions ("abroad" has none); "ghost" owns cases but has no row.
const std::map<std::string, std::string> kAgencyRegions{
    {"agency-jateng", "33"}, {"agency-semarang", "33.74"}, {"agency-bali", "51"}, {"agency-abroad", ""}};

core::Status SaveAgencies(UnitOfWork& uow) {
  int n = 0;
  for (const auto& [id, region] : kAgencyRegions) {
    domain::Agency a;
    a.id = id;
    a.code = "AGENCY-" + std::to_string(++n);
    a.name = id;
    a.type = "DP3A";
    if (!region.empty()) a.region_code = region;
    a.created_at = a.updated_at = Ms(1'700'000'000'000);
    SINERGI_TRY_STATUS(uow.identity().InsertAgency(a));
  }
  return core::Ok();
}

// The policy's view of a stored case, with the owning agency's region as the case service would load it.
domain::RecordScope Facts(const Case& c) {
  domain::RecordScope r;
  r.owner_agency_id = c.owner_agency_id;
  auto region = kAgencyRegions.find(r.owner_agency_id);
  r.owner_agency_region = region == kAgencyRegions.end() ? "" : region->second;
  r.created_by = c.created_by;
  r.address_region_code = c.data.occurrence_region_code.value_or("");
  return r;
}

// Generated cases (owner x occurrence region x creator) and actors (every scope, several agencies and regions, with
// and without shared cases): each scoped list, alone and with a filter, is exactly what ListScopeAdmits admits.
TEST_P(CaseContract, ScopedCaseListAdmitsExactlyWhatThePolicyAdmits) {
  const std::vector<std::string> owners{"",     "agency-jateng", "agency-semarang", "agency-bali", "agency-abroad",
                                        "ghost"};
  const std::vector<std::string> regions{"", "33", "33.74.01.1001", "330.01", "51.01"};
  std::vector<Case> cases;
  {
    auto uow = Write();
    ASSERT_OK(SaveAgencies(*uow));
    for (const std::string& owner : owners) {
      for (const std::string& region : regions) {
        for (const char* creator : {"user-1", "user-2"}) {
          Case c;
          c.id = NextId();
          c.data.intake_channel = "PENGADUAN_LANGSUNG";
          c.data.reported_on = core::Date{2025, 3, 10};
          c.data.case_types = {"TPPO"};
          c.created_at = c.updated_at = Ms(1'700'000'200'000);
          c.owner_agency_id = owner;
          if (!region.empty()) c.data.occurrence_region_code = region;
          c.created_by = creator;
          if (cases.size() % 3 == 1) c.status = CaseStatus::kAssessment;
          ASSERT_OK(uow->cases().Insert(c));
          cases.push_back(c);
        }
      }
    }
    ASSERT_OK(uow->Commit());
  }
  const std::vector<std::string> shared{cases.at(1).id, cases.at(3).id, cases.at(44).id};
  std::vector<std::pair<domain::Actor, std::vector<std::string>>> actors;
  for (const char* scope : {"NATIONAL", "REGION", "AGENCY", "OWN", "GALAXY"}) {
    for (const auto& [agency, region] : std::vector<std::pair<std::string, std::string>>{
             {"agency-jateng", "33"}, {"agency-semarang", "33.74"}, {"agency-bali", "51"}, {"agency-abroad", ""}}) {
      for (const auto& grants : {std::vector<std::string>{}, shared}) {
        domain::Actor a;
        a.id = "user-1";
        a.roles = {"CASE_WORKER"};
        a.scope = scope;
        a.agency_id = agency;
        a.agency_region = region;
        actors.emplace_back(a, grants);
      }
    }
  }
  domain::Actor system;
  system.id = "system:import";
  actors.emplace_back(system, std::vector<std::string>{});

  auto uow = Read();
  int admitted_total = 0;
  for (const auto& [actor, grants] : actors) {
    SCOPED_TRACE("actor scope '" + actor.scope + "' agency " + actor.agency_id + " grants " +
                 std::to_string(grants.size()));
    CaseFilter filter;
    filter.scope = domain::ListScopeFor(actor, grants);
    std::vector<std::string> visible;
    std::vector<std::string> visible_assessment;
    for (const Case& c : cases) {
      if (!domain::ListScopeAdmits(filter.scope, c.id, Facts(c))) continue;
      visible.push_back(c.id);
      if (c.status == CaseStatus::kAssessment) visible_assessment.push_back(c.id);
    }
    admitted_total += static_cast<int>(visible.size());
    EXPECT_EQ(AllPages(*uow, filter), visible);
    filter.status = CaseStatus::kAssessment;  // a filter whose parameter comes before the scope's
    EXPECT_EQ(AllPages(*uow, filter), visible_assessment);
  }
  EXPECT_GT(admitted_total, 100);  // the cases exercise both answers
}

}  // namespace
}  // namespace sinergi::contract
