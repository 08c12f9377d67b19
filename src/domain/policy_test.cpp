// The role table of policy.hpp, cell by cell, plus the system-actor and unauthenticated rules.
#include "domain/policy.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "domain/codelists.hpp"

namespace sinergi::domain {
namespace {

constexpr auto& kAll = kAllPermissions;

Actor WithRoles(std::vector<std::string> roles) {
  Actor a;
  a.id = "user-1";
  a.roles = std::move(roles);
  return a;
}

bool Allowed(const Actor& actor, Permission p) {
  return Authorize(actor, p).ok();
}

TEST(PolicyTest, RoleTableMatchesTheHeader) {
  using P = Permission;
  const std::map<std::string, std::set<Permission>> expected{
      {"SYSTEM_ADMIN",
       {P::kReferenceRead, P::kIdentityAdmin, P::kAuditRead, P::kDirectoryWrite, P::kCoordinationWrite,
        P::kTrainingWrite}},
      {"SUPERVISOR",
       {P::kReferenceRead, P::kRegistryRead, P::kRegistryWrite, P::kAuditRead, P::kScreening, P::kCaseRead,
        P::kCaseWrite, P::kDirectoryWrite, P::kCoordinationWrite, P::kStatsRead, P::kTrainingWrite}},
      {"CASE_WORKER",
       {P::kReferenceRead, P::kRegistryRead, P::kRegistryWrite, P::kScreening, P::kCaseRead, P::kCaseWrite,
        P::kCoordinationWrite, P::kStatsRead, P::kTrainingWrite}},
      {"POLICE_INVESTIGATOR",
       {P::kReferenceRead, P::kRegistryRead, P::kScreening, P::kCaseRead, P::kCaseWrite, P::kStatsRead}},
      {"DATA_ANALYST", {P::kReferenceRead, P::kStatsRead}},
      {"VIEWER", {P::kReferenceRead, P::kRegistryRead, P::kCaseRead, P::kStatsRead}},
  };
  for (const auto& [role, granted] : expected) {
    for (Permission p : kAll) {
      EXPECT_EQ(Allowed(WithRoles({role}), p), granted.contains(p)) << role << " " << ToString(p);
    }
  }
}

TEST(PolicyTest, EveryRoleOfTheCodeListIsInTheTable) {
  const Codelist* roles = FindCodelist("peran");
  ASSERT_NE(roles, nullptr);
  for (const CodeItem& item : roles->items) {
    EXPECT_TRUE(Allowed(WithRoles({std::string(item.code)}), Permission::kReferenceRead)) << item.code;
  }
}

TEST(PolicyTest, DirectoryEntriesAreEditedByTheirOwnAgencysSupervisorOrAnAdministrator) {
  Actor supervisor = WithRoles({"SUPERVISOR"});
  supervisor.agency_id = "agency-a";
  EXPECT_TRUE(AuthorizeDirectoryEdit(supervisor, "agency-a").ok());
  auto other = AuthorizeDirectoryEdit(supervisor, "agency-b");
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(other.error().reason(), "directory.not_own_agency");

  Actor worker = WithRoles({"CASE_WORKER"});
  worker.agency_id = "agency-a";
  auto refused = AuthorizeDirectoryEdit(worker, "agency-a");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().reason(), "forbidden");

  Actor admin = WithRoles({"SYSTEM_ADMIN"});
  admin.agency_id = "agency-a";
  EXPECT_TRUE(AuthorizeDirectoryEdit(admin, "agency-b").ok());
  Actor system;
  system.id = "system:demo";
  EXPECT_TRUE(AuthorizeDirectoryEdit(system, "agency-b").ok());
  Actor nobody = WithRoles({"SUPERVISOR"});  // a supervisor without an agency edits no entry
  EXPECT_FALSE(AuthorizeDirectoryEdit(nobody, "").ok());
}

TEST(PolicyTest, SystemAdminSeesNoRegistryData) {
  Actor admin = WithRoles({"SYSTEM_ADMIN"});
  auto st = Authorize(admin, Permission::kRegistryRead);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(st.error().reason(), "forbidden");
}

TEST(PolicyTest, RolesCombine) {
  Actor both = WithRoles({"DATA_ANALYST", "SYSTEM_ADMIN"});
  EXPECT_TRUE(Allowed(both, Permission::kIdentityAdmin));
  EXPECT_FALSE(Allowed(both, Permission::kRegistryWrite));
  Actor worker_admin = WithRoles({"CASE_WORKER", "SYSTEM_ADMIN"});
  EXPECT_TRUE(Allowed(worker_admin, Permission::kRegistryWrite));
}

TEST(PolicyTest, UnknownOrMissingRolesGrantNothing) {
  for (Permission p : kAll) {
    EXPECT_FALSE(Allowed(WithRoles({}), p)) << ToString(p);
    EXPECT_FALSE(Allowed(WithRoles({"ROOT"}), p)) << ToString(p);
    EXPECT_FALSE(Allowed(WithRoles({"system_admin"}), p)) << ToString(p);  // codes are case-sensitive
  }
}

TEST(PolicyTest, SystemActorsMayDoEverything) {
  Actor job;
  job.id = "system:cli";
  for (Permission p : kAll) EXPECT_TRUE(Allowed(job, p)) << ToString(p);
}

TEST(PolicyTest, EmptyActorIsUnauthenticated) {
  Actor nobody;
  nobody.roles = {"SYSTEM_ADMIN"};  // roles without an identity do not count
  auto st = Authorize(nobody, Permission::kReferenceRead);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code(), core::ErrorCode::kUnauthenticated);
  EXPECT_EQ(st.error().reason(), "auth.required");
}

TEST(PolicyTest, PermissionNames) {
  EXPECT_EQ(ToString(Permission::kReferenceRead), "reference_read");
  EXPECT_EQ(ToString(Permission::kRegistryRead), "registry_read");
  EXPECT_EQ(ToString(Permission::kRegistryWrite), "registry_write");
  EXPECT_EQ(ToString(Permission::kIdentityAdmin), "identity_admin");
  EXPECT_EQ(ToString(Permission::kAuditRead), "audit_read");
  EXPECT_EQ(ToString(Permission::kScreening), "screening");
}

}  // namespace
}  // namespace sinergi::domain
