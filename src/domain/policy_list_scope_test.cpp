// The list restriction of policy.hpp (ListScopeFor, ListScopeAdmits) against CanSeeRecord, over every
// combination of generated actors and records: the guard that lists and single reads never disagree. The storage
// contract suite (tests/contract/list_scope_contract.cpp) holds each backend's query to the same policy.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

// Owning agencies and their regions; "ghost" owns records but no longer exists (no region).
const std::map<std::string, std::string> kAgencyRegions{
    {"agency-jateng", "33"}, {"agency-semarang", "33.74"}, {"agency-bali", "51"}, {"agency-abroad", ""}};

struct Record {
  std::string id;
  RecordScope scope;  // has_active_grant is filled per actor
};

std::vector<Record> Records() {
  std::vector<Record> out;
  const std::vector<std::string> owners{"",     "agency-jateng", "agency-semarang", "agency-bali", "agency-abroad",
                                        "ghost"};
  const std::vector<std::string> addresses{"", "33", "33.74.01.1001", "330.01", "51.01", "3", "33.7"};
  const std::vector<std::string> creators{"user-1", "user-2", "system:demo"};
  for (const std::string& owner : owners) {
    for (const std::string& address : addresses) {
      for (const std::string& creator : creators) {
        Record r;
        r.id = "person-" + std::to_string(out.size());
        r.scope.owner_agency_id = owner;
        auto region = kAgencyRegions.find(owner);
        r.scope.owner_agency_region = region == kAgencyRegions.end() ? "" : region->second;
        r.scope.address_region_code = address;
        r.scope.created_by = creator;
        out.push_back(std::move(r));
      }
    }
  }
  return out;
}

struct Subject {
  Actor actor;
  std::vector<std::string> grants;
};

std::vector<Subject> Subjects(const std::vector<Record>& records) {
  const std::vector<std::string> scopes{"NATIONAL", "REGION", "AGENCY", "OWN", "", "GALAXY"};
  const std::vector<std::string> agencies{"agency-jateng", "agency-semarang", "agency-bali", "agency-abroad", ""};
  const std::vector<std::string> regions{"33", "33.74", "51", "", "3"};
  const std::vector<std::vector<std::string>> grant_sets{
      {}, {records.at(0).id}, {records.at(7).id, records.at(40).id, records.back().id, "person-unknown"}};
  std::vector<Subject> out;
  for (const std::string& scope : scopes) {
    for (const std::string& agency : agencies) {
      for (const std::string& region : regions) {
        for (const char* id : {"user-1", "user-3"}) {
          for (const auto& grants : grant_sets) {
            Subject s;
            s.actor.id = id;
            s.actor.roles = {"CASE_WORKER"};
            s.actor.scope = scope;
            s.actor.agency_id = agency;
            s.actor.agency_region = region;
            s.grants = grants;
            out.push_back(std::move(s));
          }
        }
      }
    }
  }
  Subject system;
  system.actor.id = "system:import";
  out.push_back(system);
  return out;
}

TEST(ListScopePolicyTest, AdmitsExactlyWhatCanSeeRecordAdmitsForEveryActorAndRecord) {
  const std::vector<Record> records = Records();
  int admitted = 0;
  int refused = 0;
  for (const Subject& subject : Subjects(records)) {
    const ListScope scope = ListScopeFor(subject.actor, subject.grants);
    for (const Record& record : records) {
      RecordScope facts = record.scope;
      facts.has_active_grant =
          std::find(subject.grants.begin(), subject.grants.end(), record.id) != subject.grants.end();
      const bool expected = CanSeeRecord(subject.actor, facts);
      ASSERT_EQ(ListScopeAdmits(scope, record.id, facts), expected)
          << "actor " << subject.actor.id << " scope '" << subject.actor.scope << "' agency '"
          << subject.actor.agency_id << "' region '" << subject.actor.agency_region << "' grants "
          << subject.grants.size() << "; record " << record.id << " owner '" << facts.owner_agency_id << "' ("
          << facts.owner_agency_region << ") address '" << facts.address_region_code << "' by " << facts.created_by;
      (expected ? admitted : refused) += 1;
    }
  }
  // The generated sets exercise both answers, many times over.
  EXPECT_GT(admitted, 10000);
  EXPECT_GT(refused, 10000);
}

TEST(ListScopePolicyTest, NationalAndSystemActorsAreUnrestricted) {
  Actor national;
  national.id = "user-1";
  national.scope = "NATIONAL";
  EXPECT_EQ(ListScopeFor(national, {"p-1"}), ListScope::Everything());
  Actor system;
  system.id = "system:demo";
  EXPECT_EQ(ListScopeFor(system, {}), ListScope::Everything());
}

TEST(ListScopePolicyTest, EachScopeBecomesItsClause) {
  Actor a;
  a.id = "user-1";
  a.agency_id = "agency-a";
  a.agency_region = "33";

  a.scope = "AGENCY";
  ListScope agency = ListScopeFor(a, {"p-2", "p-1", "p-2"});
  EXPECT_FALSE(agency.everything);
  EXPECT_EQ(agency.owner_agency_id, "agency-a");
  EXPECT_TRUE(agency.nationally_owned);
  EXPECT_FALSE(agency.region.has_value());
  EXPECT_FALSE(agency.created_by.has_value());
  EXPECT_EQ(agency.granted_person_ids, (std::vector<std::string>{"p-1", "p-2"}));  // sorted, no duplicates

  a.scope = "REGION";
  ListScope region = ListScopeFor(a, {});
  EXPECT_EQ(region.region, "33");
  EXPECT_FALSE(region.owner_agency_id.has_value());
  EXPECT_FALSE(region.nationally_owned);

  a.scope = "OWN";
  EXPECT_EQ(ListScopeFor(a, {}).created_by, "user-1");

  a.scope = "GALAXY";
  EXPECT_EQ(ListScopeFor(a, {}), ListScope());  // no clause: admits nothing
  EXPECT_FALSE(ListScopeAdmits(ListScope(), "p-1", RecordScope{}));
}

}  // namespace
}  // namespace sinergi::domain
