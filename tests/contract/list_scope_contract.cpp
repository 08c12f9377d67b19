// Need-to-know in the query (domain/list_scope.hpp): a scoped person list, journey list and name search return
// only what the policy lets the actor see, in full pages with a cursor over in-scope records only. The expected
// answers come from the policy itself (domain::CanSeeRecord), so the backend's SQL cannot drift from it.
#include <algorithm>
#include <map>
#include <set>

#include "domain/policy.hpp"
#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

using domain::Actor;
using domain::Journey;
using domain::ListScope;
using domain::Person;
using domain::ports::JourneyFilter;
using domain::ports::PageRequest;
using domain::ports::PersonFilter;

constexpr int kPageSize = 4;

// Keyset pages of a list until the cursor ends; checks that every page but the last is full, the last one is not
// empty (unless the whole list is), and the cursor is the last item's id.
template <typename T, typename ListFn>
std::vector<std::string> AllPages(ListFn list) {
  std::vector<std::string> seen;
  PageRequest page{.limit = kPageSize, .after = std::nullopt};
  for (int guard = 0; guard < 200; ++guard) {
    auto res = list(page);
    EXPECT_TRUE(res.ok()) << (res.ok() ? "" : res.error().message());
    if (!res.ok()) return seen;
    for (const T& item : res->items) seen.push_back(item.id);
    if (!res->next_after) {
      EXPECT_TRUE(!res->items.empty() || seen.empty()) << "a trailing empty page";
      return seen;
    }
    EXPECT_EQ(res->items.size(), static_cast<std::size_t>(kPageSize)) << "a short page while the cursor goes on";
    EXPECT_EQ(*res->next_after, res->items.back().id);
    page.after = res->next_after;
  }
  ADD_FAILURE() << "the cursor never ended";
  return seen;
}

Actor MakeActor(const std::string& id, const std::string& scope, const std::string& agency, const std::string& region) {
  Actor a;
  a.id = id;
  a.roles = {"CASE_WORKER"};
  a.scope = scope;
  a.agency_id = agency;
  a.agency_region = region;
  return a;
}

// Agencies with their regions ("abroad" has none); "ghost" owns records but has no row.
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

// The policy's view of a stored person, with the owning agency's region as the domain would load it.
domain::RecordScope Facts(const Person& p, const std::vector<std::string>& grants) {
  domain::RecordScope r;
  r.owner_agency_id = p.owner_agency_id.value_or("");
  auto region = kAgencyRegions.find(r.owner_agency_id);
  r.owner_agency_region = region == kAgencyRegions.end() ? "" : region->second;
  r.created_by = p.created_by;
  r.address_region_code = p.data.address_region_code.value_or("");
  r.has_active_grant = std::find(grants.begin(), grants.end(), p.id) != grants.end();
  return r;
}

TEST_P(StorageContract, ScopedPersonListFillsPagesWithInScopeRecordsOnly) {
  // 30 persons of Bali with 6 of Semarang among them: an unrestricted page of 4 would often hold none of them.
  std::vector<std::string> semarang;
  {
    auto uow = Write();
    ASSERT_OK(SaveAgencies(*uow));
    for (int i = 0; i < 36; ++i) {
      Person p = MakePerson("Person " + std::to_string(i));
      p.owner_agency_id = i % 6 == 5 ? "agency-semarang" : "agency-bali";
      if (i % 6 == 5) semarang.push_back(p.id);
      ASSERT_OK(uow->persons().Insert(p, {}));
    }
    ASSERT_OK(uow->Commit());
  }
  ListScope scope;
  scope.owner_agency_id = "agency-semarang";
  PersonFilter filter;
  filter.scope = scope;
  auto uow = Read();
  auto first = uow->persons().List(filter, {.limit = kPageSize, .after = std::nullopt});
  ASSERT_OK(first);
  ASSERT_EQ(first->items.size(), 4u);
  EXPECT_EQ(first->items[0].id, semarang[0]);
  EXPECT_EQ(first->items[3].id, semarang[3]);
  ASSERT_TRUE(first->next_after.has_value());
  auto second = uow->persons().List(filter, {.limit = kPageSize, .after = first->next_after});
  ASSERT_OK(second);
  ASSERT_EQ(second->items.size(), 2u);
  EXPECT_EQ(second->items[1].id, semarang[5]);
  EXPECT_FALSE(second->next_after.has_value());

  filter.scope = ListScope();  // no clause: nothing
  auto none = uow->persons().List(filter, {.limit = kPageSize, .after = std::nullopt});
  ASSERT_OK(none);
  EXPECT_TRUE(none->items.empty());
  EXPECT_FALSE(none->next_after.has_value());
}

// Generated persons (owner x address x creator x deleted) and actors (every scope, several agencies and regions,
// with and without grants): each scoped list, journey list and name search equals what CanSeeRecord admits.
TEST_P(StorageContract, ScopedListsAndSearchesAdmitExactlyWhatThePolicyAdmits) {
  const std::vector<std::string> owners{"",     "agency-jateng", "agency-semarang", "agency-bali", "agency-abroad",
                                        "ghost"};
  const std::vector<std::string> addresses{"", "33", "33.74.01.1001", "330.01", "51.01"};
  const std::vector<std::string> creators{"user-1", "user-2"};
  std::vector<Person> persons;
  std::vector<Journey> journeys;
  {
    auto uow = Write();
    ASSERT_OK(SaveAgencies(*uow));
    for (const std::string& owner : owners) {
      for (const std::string& address : addresses) {
        for (const std::string& creator : creators) {
          Person p = MakePerson("Siti Aminah");
          if (!owner.empty()) p.owner_agency_id = owner;
          if (!address.empty()) p.data.address_region_code = address;
          p.created_by = creator;
          if (persons.size() % 7 == 3) p.deleted_at = Ms(1'700'000'500'000);
          ASSERT_OK(uow->persons().Insert(p, {"sitiaminah", "ica"}));
          persons.push_back(p);
        }
      }
    }
    for (const Person& p : persons) {
      Journey j = MakeJourney(p.id);
      ASSERT_OK(uow->journeys().Insert(j));
      journeys.push_back(j);
    }
    ASSERT_OK(uow->Commit());
  }
  const std::vector<std::string> some_grants{persons.at(1).id, persons.at(3).id, persons.at(44).id};
  struct Case {
    Actor actor;
    std::vector<std::string> grants;
  };
  std::vector<Case> cases;
  for (const char* scope : {"NATIONAL", "REGION", "AGENCY", "OWN", "GALAXY"}) {
    for (const auto& [agency, region] : std::vector<std::pair<std::string, std::string>>{
             {"agency-jateng", "33"}, {"agency-semarang", "33.74"}, {"agency-bali", "51"}, {"agency-abroad", ""}}) {
      for (const auto& grants : {std::vector<std::string>{}, some_grants}) {
        cases.push_back({MakeActor("user-1", scope, agency, region), grants});
      }
    }
  }
  cases.push_back({MakeActor("system:import", "", "", ""), {}});

  auto uow = Read();
  int admitted_total = 0;
  for (const Case& c : cases) {
    SCOPED_TRACE("actor scope '" + c.actor.scope + "' agency " + c.actor.agency_id + " region '" +
                 c.actor.agency_region + "' grants " + std::to_string(c.grants.size()));
    const ListScope scope = domain::ListScopeFor(c.actor, c.grants);
    std::vector<std::string> visible_live;  // persons the policy admits, not deleted, in id order
    std::set<std::string> visible_any;      // also deleted ones (their journeys still list)
    for (const Person& p : persons) {
      if (!domain::CanSeeRecord(c.actor, Facts(p, c.grants))) continue;
      visible_any.insert(p.id);
      if (!p.deleted()) visible_live.push_back(p.id);
    }
    admitted_total += static_cast<int>(visible_live.size());
    std::vector<std::string> visible_journeys;
    for (const Journey& j : journeys) {
      if (visible_any.contains(j.person_id)) visible_journeys.push_back(j.id);
    }

    PersonFilter filter;
    filter.scope = scope;
    EXPECT_EQ(AllPages<Person>([&](const PageRequest& page) { return uow->persons().List(filter, page); }),
              visible_live);

    // With another filter whose parameters come before the scope's.
    filter.region_prefix = "33";
    std::vector<std::string> in_33;
    for (const Person& p : persons) {
      const std::string code = p.data.address_region_code.value_or("");
      const bool in_region = code == "33" || code.starts_with("33.");
      if (in_region && std::find(visible_live.begin(), visible_live.end(), p.id) != visible_live.end()) {
        in_33.push_back(p.id);
      }
    }
    EXPECT_EQ(AllPages<Person>([&](const PageRequest& page) { return uow->persons().List(filter, page); }), in_33);

    JourneyFilter journey_filter;
    journey_filter.scope = scope;
    EXPECT_EQ(AllPages<Journey>([&](const PageRequest& page) { return uow->journeys().List(journey_filter, page); }),
              visible_journeys);

    // Every name key matches: the candidates are exactly the visible live persons, and out-of-scope persons take
    // up none of the limit (trigram search and, for a 2-letter key, the prefix search).
    const int limit = std::max<int>(1, static_cast<int>(visible_live.size()));
    for (const char* key : {"sitiaminah", "si"}) {
      auto candidates = uow->persons().FindNameCandidates(key, limit, scope);
      ASSERT_OK(candidates);
      std::set<std::string> ids;
      for (const auto& candidate : *candidates) ids.insert(candidate.person_id);
      EXPECT_EQ(ids, std::set<std::string>(visible_live.begin(), visible_live.end())) << key;
    }
  }
  EXPECT_GT(admitted_total, 100);  // the cases exercise both answers
}

}  // namespace
}  // namespace sinergi::contract
