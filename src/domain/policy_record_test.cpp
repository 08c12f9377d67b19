// The record-level rules of policy.hpp: every scope against in-scope and out-of-scope records, grants, system
// actors, and which roles see the sensitive fields of protected persons.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

Actor User(std::string scope, std::vector<std::string> roles = {"CASE_WORKER"}) {
  Actor a;
  a.id = "user-1";
  a.agency_id = "agency-a";
  a.agency_region = "33";
  a.scope = std::move(scope);
  a.roles = std::move(roles);
  return a;
}

RecordScope OwnedBy(std::string agency, std::string region = {}) {
  RecordScope r;
  r.owner_agency_id = std::move(agency);
  r.owner_agency_region = std::move(region);
  r.created_by = "user-2";
  return r;
}

TEST(RecordPolicyTest, NationalSeesEverything) {
  const Actor a = User("NATIONAL");
  EXPECT_TRUE(CanSeeRecord(a, OwnedBy("agency-b", "51")));
  EXPECT_TRUE(CanSeeRecord(a, OwnedBy("")));
}

TEST(RecordPolicyTest, RegionSeesOwnerOrAddressInsideItsRegion) {
  const Actor a = User("REGION", {"POLICE_INVESTIGATOR"});
  EXPECT_TRUE(CanSeeRecord(a, OwnedBy("agency-b", "33")));
  EXPECT_TRUE(CanSeeRecord(a, OwnedBy("agency-b", "33.74")));
  EXPECT_FALSE(CanSeeRecord(a, OwnedBy("agency-b", "51")));
  EXPECT_FALSE(CanSeeRecord(a, OwnedBy("agency-b", "330")));  // a code prefix is not a region prefix
  RecordScope by_address = OwnedBy("agency-b", "51");
  by_address.address_region_code = "33.74.01.1001";
  EXPECT_TRUE(CanSeeRecord(a, by_address));
  EXPECT_FALSE(CanSeeRecord(a, OwnedBy("")));  // national records without an address in the region

  Actor abroad = a;
  abroad.agency_region.clear();
  EXPECT_FALSE(CanSeeRecord(abroad, OwnedBy("agency-b", "33")));
}

TEST(RecordPolicyTest, AgencySeesItsOwnAndNationalRecords) {
  const Actor a = User("AGENCY");
  EXPECT_TRUE(CanSeeRecord(a, OwnedBy("agency-a", "51")));
  EXPECT_TRUE(CanSeeRecord(a, OwnedBy("")));
  EXPECT_FALSE(CanSeeRecord(a, OwnedBy("agency-b", "33")));
}

TEST(RecordPolicyTest, OwnSeesOnlyWhatItCreated) {
  const Actor a = User("OWN");
  RecordScope mine = OwnedBy("agency-a");
  mine.created_by = "user-1";
  EXPECT_TRUE(CanSeeRecord(a, mine));
  EXPECT_FALSE(CanSeeRecord(a, OwnedBy("agency-a")));
  EXPECT_FALSE(CanSeeRecord(a, OwnedBy("")));
}

TEST(RecordPolicyTest, UnknownScopeSeesNothing) {
  EXPECT_FALSE(CanSeeRecord(User(""), OwnedBy("")));
  EXPECT_FALSE(CanSeeRecord(User("GALAXY"), OwnedBy("agency-a")));
}

TEST(RecordPolicyTest, GrantAndSystemAlwaysSee) {
  RecordScope granted = OwnedBy("agency-b", "51");
  granted.has_active_grant = true;
  for (const char* scope : {"OWN", "AGENCY", "REGION", ""}) {
    EXPECT_TRUE(CanSeeRecord(User(scope), granted)) << scope;
    EXPECT_FALSE(CanSeeRecord(User(scope), OwnedBy("agency-b", "51"))) << scope;
  }
  Actor system;
  system.id = "system:demo";
  EXPECT_TRUE(CanSeeRecord(system, OwnedBy("agency-b", "51")));
  EXPECT_TRUE(CanSeeSensitive(system, OwnedBy("agency-b", "51"), true));
}

TEST(RecordPolicyTest, UnprotectedRecordsShowSensitiveFieldsToEveryReader) {
  EXPECT_TRUE(CanSeeSensitive(User("AGENCY", {"VIEWER"}), OwnedBy("agency-a"), false));
}

TEST(RecordPolicyTest, ProtectedRecordsShowSensitiveFieldsToCaseRolesOfTheOwningAgency) {
  const RecordScope own = OwnedBy("agency-a", "33");
  const RecordScope other = OwnedBy("agency-b", "33");
  for (const char* role : {"CASE_WORKER", "SUPERVISOR", "POLICE_INVESTIGATOR"}) {
    EXPECT_TRUE(CanSeeSensitive(User("AGENCY", {role}), own, true)) << role;
    EXPECT_FALSE(CanSeeSensitive(User("REGION", {role}), other, true)) << role;
    EXPECT_TRUE(CanSeeSensitive(User("NATIONAL", {role}), other, true)) << role;
    EXPECT_FALSE(CanSeeSensitive(User("AGENCY", {role}), OwnedBy(""), true)) << role;
  }
  for (const char* role : {"VIEWER", "DATA_ANALYST", "SYSTEM_ADMIN"}) {
    EXPECT_FALSE(CanSeeSensitive(User("AGENCY", {role}), own, true)) << role;
    EXPECT_FALSE(CanSeeSensitive(User("NATIONAL", {role}), own, true)) << role;
  }
  RecordScope granted = other;
  granted.has_active_grant = true;
  EXPECT_TRUE(CanSeeSensitive(User("AGENCY", {"VIEWER"}), granted, true));
}

TEST(RecordPolicyTest, ChildrenAreAlwaysProtected) {
  const core::Date today{2026, 11, 22};
  PersonData adult;
  adult.birth_date = core::Date{1990, 1, 1};
  EXPECT_FALSE(IsProtectedPerson(adult, today));
  adult.protected_identity = true;
  EXPECT_TRUE(IsProtectedPerson(adult, today));
  PersonData child;
  child.birth_date = core::Date{2010, 1, 1};
  EXPECT_TRUE(IsProtectedPerson(child, today));
  EXPECT_FALSE(IsProtectedPerson(PersonData{}, today));
}

TEST(RecordPolicyTest, MaskingEmptiesAndListsTheSensitiveFields) {
  Person p;
  p.data.full_name = "Siti";
  p.data.phone = "+628123";
  p.data.address_line = "Jl. Mawar 1";
  p.data.passport_number = "C1234567";
  MaskSensitiveFields(p);
  EXPECT_EQ(p.data.full_name, "Siti");
  EXPECT_FALSE(p.data.phone || p.data.address_line || p.data.passport_number || p.data.birth_place ||
               p.data.address_region_code);
  EXPECT_EQ(p.masked_fields.size(), kSensitivePersonFields.size());
}

}  // namespace
}  // namespace sinergi::domain
