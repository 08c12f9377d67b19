// IdentityService against the in-memory test double: the policy gate, validation, auditing of changes, and
// the session revocations that disabling and password resets imply.
#include "domain/identity_service.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/crypto.hpp"
#include "domain/auth_service.hpp"
#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain {
namespace {

using core::ErrorCode;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::UnorderedElementsAre;

Actor SystemActor() {
  Actor a;
  a.id = "system:test";
  a.display_name = "Test";
  return a;
}

const core::Timestamp kNow = std::chrono::sys_days{std::chrono::year{2025} / 6 / 1} + std::chrono::hours{8};
constexpr const char* kPassword = "kopi tubruk pagi hari";

std::vector<std::string> FieldNames(const core::Error& e) {
  std::vector<std::string> out;
  for (const core::FieldError& f : e.fields()) out.push_back(f.field + ":" + f.code);
  return out;
}

class IdentityServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_.MutateForTest([](test_doubles::InMemoryState& s) {
      s.regions["33"] = {"33", 1, std::nullopt, "Jawa Tengah"};
      s.regions["33.01"] = {"33.01", 2, "33", "Kabupaten Cilacap"};
      s.regions["33.01.01"] = {"33.01.01", 3, "33.01", "Dayeuhluhur"};
      s.countries["MY"] = {"MY", "MYS", "Malaysia", "Malaysia"};
    });
    auto agency = svc_.CreateAgency(system_, {"DP3A-JATENG", "DP3A Jawa Tengah", "DP3A", "33", std::nullopt, false});
    ASSERT_TRUE(agency.ok()) << agency.error().message();
    agency_ = *agency;
  }

  User MustCreateUser(const std::string& username, std::vector<std::string> roles = {"CASE_WORKER"}) {
    auto u = svc_.CreateUser(system_, {username, "", "DP3A-JATENG", std::move(roles), "AGENCY", false}, kPassword);
    SINERGI_CHECK(u.ok());
    return *u;
  }
  UserInput InputOf(const User& u) { return {u.username, u.display_name, "DP3A-JATENG", u.roles, u.scope, u.disabled}; }
  std::vector<AuditEntry> Audit() { return db_.SnapshotForTest().audit; }

  test_doubles::InMemoryDatabase db_;
  core::ManualClock clock_{kNow};
  test_doubles::SequentialIdGenerator ids_;
  IdentityService svc_{db_, clock_, ids_};
  AuthService auth_{db_, clock_, ids_, AuthOptions{}};
  Actor system_ = SystemActor();
  Agency agency_;
};

TEST_F(IdentityServiceTest, OnlyIdentityAdministratorsMayCallAnything) {
  Actor worker{"u-1", "Worker", "c", agency_.id, {"CASE_WORKER"}, "", "s-1", "AGENCY", ""};
  Actor supervisor{"u-2", "Supervisor", "c", agency_.id, {"SUPERVISOR"}, "", "s-2", "AGENCY", ""};
  const User user = MustCreateUser("siti");
  for (const Actor& a : {worker, supervisor}) {
    auto expect_forbidden = [](const auto& r) {
      ASSERT_FALSE(r.ok());
      EXPECT_EQ(r.error().code(), ErrorCode::kForbidden);
    };
    expect_forbidden(svc_.CreateAgency(a, {"X-1", "X", "LSM", std::nullopt, std::nullopt, false}));
    expect_forbidden(svc_.UpdateAgency(a, agency_.id, {"X-1", "X", "LSM", std::nullopt, std::nullopt, false}, 1));
    expect_forbidden(svc_.GetAgency(a, agency_.id));
    expect_forbidden(svc_.ListAgencies(a, {}));
    expect_forbidden(svc_.CreateUser(a, InputOf(user), kPassword));
    expect_forbidden(svc_.UpdateUser(a, user.id, InputOf(user), user.version));
    expect_forbidden(svc_.GetUser(a, user.id));
    expect_forbidden(svc_.ListUsers(a, std::nullopt, {}));
    expect_forbidden(svc_.ResetPassword(a, "siti", "another long password"));
    expect_forbidden(svc_.DisableUser(a, "siti"));
  }
  auto anonymous = svc_.GetUser(Actor{}, user.id);
  ASSERT_FALSE(anonymous.ok());
  EXPECT_EQ(anonymous.error().code(), ErrorCode::kUnauthenticated);

  Actor admin{"u-3", "Admin", "c", agency_.id, {"SYSTEM_ADMIN"}, "", "s-3", "AGENCY", ""};
  EXPECT_TRUE(svc_.GetUser(admin, user.id).ok());
}

TEST_F(IdentityServiceTest, CreateAgencyNormalisesStoresAndAudits) {
  auto a = svc_.CreateAgency(system_, {" bp3mi-bali ", "  BP3MI   Bali ", "BP3MI", "33.01", std::nullopt, false});
  ASSERT_TRUE(a.ok()) << a.error().message();
  EXPECT_EQ(a->code, "BP3MI-BALI");
  EXPECT_EQ(a->name, "BP3MI Bali");
  EXPECT_EQ(a->version, 1);
  EXPECT_EQ(a->created_at, kNow);
  auto got = svc_.GetAgency(system_, a->id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->code, "BP3MI-BALI");
  const AuditEntry e = Audit().back();
  EXPECT_EQ(e.action, "create");
  EXPECT_EQ(e.entity_type, "agency");
  EXPECT_EQ(e.entity_id, a->id);
  EXPECT_EQ(e.actor_id, "system:test");
  EXPECT_THAT(e.fields, ElementsAre("code", "name", "type", "region_code"));
}

TEST_F(IdentityServiceTest, AgencyValidation) {
  auto bad = svc_.CreateAgency(system_, {"X", "", "KEMENTERIAN", "33.01.01", "MY", false});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code(), ErrorCode::kInvalid);
  EXPECT_THAT(FieldNames(bad.error()),
              UnorderedElementsAre("code:invalid_format", "name:required", "type:unknown_code", "country:not_allowed"));

  auto level = svc_.CreateAgency(system_, {"UPTD-X", "UPTD", "UPTD_PPA", "33.01.01", std::nullopt, false});
  ASSERT_FALSE(level.ok());
  EXPECT_THAT(FieldNames(level.error()), ElementsAre("region_code:invalid_level"));
  auto unknown = svc_.CreateAgency(system_, {"UPTD-X", "UPTD", "UPTD_PPA", "99.99", std::nullopt, false});
  ASSERT_FALSE(unknown.ok());
  EXPECT_THAT(FieldNames(unknown.error()), ElementsAre("region_code:unknown_code"));

  auto no_country = svc_.CreateAgency(system_, {"KBRI-KL", "KBRI Kuala Lumpur", "PERWAKILAN_RI", "33", {}, false});
  ASSERT_FALSE(no_country.ok());
  EXPECT_THAT(FieldNames(no_country.error()), UnorderedElementsAre("country:required", "region_code:not_allowed"));
  auto bad_country = svc_.CreateAgency(system_, {"KBRI-KL", "KBRI Kuala Lumpur", "PERWAKILAN_RI", {}, "XX", false});
  ASSERT_FALSE(bad_country.ok());
  EXPECT_THAT(FieldNames(bad_country.error()), ElementsAre("country:unknown_code"));
  auto embassy = svc_.CreateAgency(system_, {"KBRI-KL", "KBRI Kuala Lumpur", "PERWAKILAN_RI", {}, "my", false});
  ASSERT_TRUE(embassy.ok()) << embassy.error().message();
  EXPECT_EQ(embassy->country, "MY");
  EXPECT_TRUE(svc_.CreateAgency(system_, {"KP2MI", "KP2MI", "KP2MI", {}, {}, false}).ok());  // national: no region

  auto dup = svc_.CreateAgency(system_, {"dp3a-jateng", "Again", "DP3A", {}, {}, false});
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(dup.error().reason(), "agency.code_taken");
}

TEST_F(IdentityServiceTest, UpdateAgencyChecksVersionAndAuditsChangedFields) {
  AgencyInput in{"DP3A-JATENG", "DP3A Provinsi Jawa Tengah", "DP3A", "33", std::nullopt, false};
  auto stale = svc_.UpdateAgency(system_, agency_.id, in, agency_.version + 1);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code(), ErrorCode::kPreconditionFailed);
  auto missing = svc_.UpdateAgency(system_, "nope", in, 1);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().reason(), "agency.not_found");

  auto renamed = svc_.UpdateAgency(system_, agency_.id, in, agency_.version);
  ASSERT_TRUE(renamed.ok());
  EXPECT_EQ(renamed->version, 2);
  EXPECT_EQ(Audit().back().action, "update");
  EXPECT_THAT(Audit().back().fields, ElementsAre("name"));

  auto same = svc_.UpdateAgency(system_, agency_.id, in, 2);
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->version, 2);  // nothing changed, nothing written

  in.disabled = true;
  auto disabled = svc_.UpdateAgency(system_, agency_.id, in, 2);
  ASSERT_TRUE(disabled.ok());
  EXPECT_EQ(Audit().back().action, "permission_change");
  EXPECT_THAT(Audit().back().fields, ElementsAre("disabled"));
}

TEST_F(IdentityServiceTest, CreateUserStoresAHashAndAuditsNoPassword) {
  auto u = svc_.CreateUser(
      system_, {" Siti.Aminah ", "Siti Aminah", "dp3a-jateng", {"CASE_WORKER", "CASE_WORKER"}, "AGENCY", false},
      kPassword);
  ASSERT_TRUE(u.ok()) << u.error().message();
  EXPECT_EQ(u->username, "siti.aminah");
  EXPECT_EQ(u->agency_id, agency_.id);
  EXPECT_EQ(u->roles, std::vector<std::string>{"CASE_WORKER"});
  EXPECT_EQ(u->password_changed_at, kNow);
  EXPECT_NE(u->password_hash, kPassword);
  EXPECT_TRUE(core::VerifyPassword(u->password_hash, kPassword));
  const AuditEntry e = Audit().back();
  EXPECT_EQ(e.action, "create");
  EXPECT_EQ(e.entity_type, "user");
  EXPECT_THAT(e.fields, ElementsAre("username", "display_name", "agency_id", "roles", "scope", "password"));
  for (const AuditEntry& entry : Audit()) EXPECT_THAT(entry.detail, Not(HasSubstr(kPassword)));

  auto dup = svc_.CreateUser(system_, {"SITI.AMINAH", "", "DP3A-JATENG", {"VIEWER"}, "OWN", false}, kPassword);
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().reason(), "user.username_taken");
}

TEST_F(IdentityServiceTest, CreateUserValidation) {
  auto bad = svc_.CreateUser(system_, {"a b", "", "?", {"ROOT"}, "EVERYTHING", false}, "short");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code(), ErrorCode::kInvalid);
  EXPECT_THAT(FieldNames(bad.error()),
              UnorderedElementsAre("username:invalid_format", "agency_code:invalid_format", "roles[0]:unknown_code",
                                   "scope:unknown_code", "password:too_short"));
  auto no_roles = svc_.CreateUser(system_, {"budi", "", "DP3A-JATENG", {}, "AGENCY", false}, kPassword);
  ASSERT_FALSE(no_roles.ok());
  EXPECT_THAT(FieldNames(no_roles.error()), ElementsAre("roles:required"));
  auto weak = svc_.CreateUser(system_, {"budi", "", "DP3A-JATENG", {"VIEWER"}, "AGENCY", false}, "Bismillah123!");
  ASSERT_FALSE(weak.ok());
  EXPECT_THAT(FieldNames(weak.error()), ElementsAre("password:too_common"));
  auto no_agency = svc_.CreateUser(system_, {"budi", "", "NOPE", {"VIEWER"}, "AGENCY", false}, kPassword);
  ASSERT_FALSE(no_agency.ok());
  EXPECT_EQ(no_agency.error().code(), ErrorCode::kInvalid);
  EXPECT_THAT(FieldNames(no_agency.error()), ElementsAre("agency_code:unknown_code"));

  ASSERT_TRUE(svc_.CreateAgency(system_, {"LSM-TUTUP", "LSM", "LSM", {}, {}, true}).ok());
  auto closed = svc_.CreateUser(system_, {"budi", "", "LSM-TUTUP", {"VIEWER"}, "AGENCY", false}, kPassword);
  ASSERT_FALSE(closed.ok());
  EXPECT_THAT(FieldNames(closed.error()), ElementsAre("agency_code:disabled"));
  EXPECT_TRUE(db_.SnapshotForTest().users.empty());
}

TEST_F(IdentityServiceTest, UpdateUserAuditsPermissionChangesAndDisablingRevokesSessions) {
  const User user = MustCreateUser("siti");
  auto login = auth_.Login({"siti", kPassword, std::nullopt, "192.0.2.1", "ua"});
  ASSERT_TRUE(login.ok());

  UserInput in = InputOf(user);
  in.display_name = "Siti A.";
  auto renamed = svc_.UpdateUser(system_, user.id, in, user.version);
  ASSERT_TRUE(renamed.ok()) << renamed.error().message();
  EXPECT_EQ(Audit().back().action, "update");
  EXPECT_THAT(Audit().back().fields, ElementsAre("display_name"));
  EXPECT_TRUE(auth_.Authenticate(login->token).ok());

  in.roles = {"SUPERVISOR"};
  in.scope = "REGION";
  auto promoted = svc_.UpdateUser(system_, user.id, in, renamed->version);
  ASSERT_TRUE(promoted.ok());
  EXPECT_EQ(Audit().back().action, "permission_change");
  EXPECT_THAT(Audit().back().fields, ElementsAre("roles", "scope"));

  auto stale = svc_.UpdateUser(system_, user.id, in, renamed->version);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code(), ErrorCode::kPreconditionFailed);

  ASSERT_TRUE(svc_.CreateAgency(system_, {"UPTD-CLP", "UPTD PPA Cilacap", "UPTD_PPA", "33.01", {}, false}).ok());
  in.agency_code = "UPTD-CLP";
  in.disabled = true;
  auto moved = svc_.UpdateUser(system_, user.id, in, promoted->version);
  ASSERT_TRUE(moved.ok()) << moved.error().message();
  EXPECT_NE(moved->agency_id, agency_.id);
  EXPECT_THAT(Audit().back().fields, ElementsAre("agency_id", "disabled"));
  EXPECT_FALSE(auth_.Authenticate(login->token).ok());
  EXPECT_TRUE(db_.SnapshotForTest().sessions.at(login->session.id).revoked_at.has_value());
}

TEST_F(IdentityServiceTest, ResetPasswordRevokesSessionsAndUnlocks) {
  const User user = MustCreateUser("siti");
  auto login = auth_.Login({"siti", kPassword, std::nullopt, "192.0.2.1", "ua"});
  ASSERT_TRUE(login.ok());
  for (int i = 0; i < 5; ++i) (void)auth_.Login({"siti", "guessing wrong", std::nullopt, "192.0.2.99", "ua"});
  ASSERT_TRUE(db_.SnapshotForTest().throttles.at("user:siti").locked_until.has_value());

  auto weak = svc_.ResetPassword(system_, "siti", "sayangsayang");
  ASSERT_FALSE(weak.ok());
  EXPECT_THAT(FieldNames(weak.error()), ElementsAre("password:too_common"));
  auto missing = svc_.ResetPassword(system_, "nobody", "another long password");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().reason(), "user.not_found");

  ASSERT_TRUE(svc_.ResetPassword(system_, "SITI", "another long password").ok());
  EXPECT_FALSE(auth_.Authenticate(login->token).ok());
  EXPECT_FALSE(db_.SnapshotForTest().throttles.contains("user:siti"));
  EXPECT_FALSE(auth_.Login({"siti", kPassword, std::nullopt, "192.0.2.1", "ua"}).ok());
  EXPECT_TRUE(auth_.Login({"siti", "another long password", std::nullopt, "192.0.2.1", "ua"}).ok());
  const User stored = db_.SnapshotForTest().users.at(user.id);
  EXPECT_EQ(stored.version, user.version + 1);
  bool audited = false;
  for (const AuditEntry& e : Audit()) {
    EXPECT_THAT(e.detail, Not(HasSubstr("another long password")));
    if (e.action == "password_reset") {
      audited = true;
      EXPECT_EQ(e.entity_id, user.id);
      EXPECT_THAT(e.fields, ElementsAre("password"));
    }
  }
  EXPECT_TRUE(audited);
}

TEST_F(IdentityServiceTest, DisableUserRevokesSessionsOnce) {
  const User user = MustCreateUser("siti");
  auto login = auth_.Login({"siti", kPassword, std::nullopt, "192.0.2.1", "ua"});
  ASSERT_TRUE(login.ok());
  ASSERT_TRUE(svc_.DisableUser(system_, "Siti").ok());
  EXPECT_TRUE(db_.SnapshotForTest().users.at(user.id).disabled);
  EXPECT_FALSE(auth_.Authenticate(login->token).ok());
  EXPECT_EQ(Audit().back().action, "permission_change");
  const std::size_t entries = Audit().size();
  ASSERT_TRUE(svc_.DisableUser(system_, "siti").ok());
  EXPECT_EQ(Audit().size(), entries);  // already disabled: nothing changed, nothing audited
  auto missing = svc_.DisableUser(system_, "nobody");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
}

TEST_F(IdentityServiceTest, ListsAndFilters) {
  ASSERT_TRUE(svc_.CreateAgency(system_, {"LSM-A", "LSM A", "LSM", {}, {}, false}).ok());
  const User a = MustCreateUser("user-a");
  const User b = MustCreateUser("user-b");
  ASSERT_TRUE(
      svc_.CreateUser(system_, {"user-c", "", "LSM-A", {"VIEWER"}, "OWN", false}, "another long password").ok());
  auto in_agency = svc_.ListUsers(system_, agency_.id, {});
  ASSERT_TRUE(in_agency.ok());
  ASSERT_EQ(in_agency->items.size(), 2U);
  EXPECT_EQ(in_agency->items[0].id, a.id);
  EXPECT_EQ(in_agency->items[1].id, b.id);
  auto first = svc_.ListUsers(system_, std::nullopt, {2, std::nullopt});
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->items.size(), 2U);
  ASSERT_TRUE(first->next_after.has_value());
  auto second = svc_.ListUsers(system_, std::nullopt, {2, first->next_after});
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(second->items.size(), 1U);
  EXPECT_EQ(second->items[0].username, "user-c");
  auto agencies = svc_.ListAgencies(system_, {});
  ASSERT_TRUE(agencies.ok());
  EXPECT_EQ(agencies->items.size(), 2U);
}

TEST_F(IdentityServiceTest, EverySignedInUserReadsTheDirectoryOfEnabledAgencies) {
  auto cilacap = svc_.CreateAgency(system_, {"BP3MI-CILACAP", "BP3MI Cilacap", "BP3MI", "33.01", std::nullopt, false});
  ASSERT_TRUE(cilacap.ok()) << cilacap.error().message();
  auto closed = svc_.CreateAgency(system_, {"LSM-TUTUP", "Aaa LSM yang ditutup", "LSM", "33", std::nullopt, true});
  ASSERT_TRUE(closed.ok()) << closed.error().message();
  Actor worker{"u-1", "Worker", "c", agency_.id, {"CASE_WORKER"}, "", "s-1", "AGENCY", ""};
  Actor analyst{"u-3", "Analyst", "c", agency_.id, {"DATA_ANALYST"}, "", "s-3", "NATIONAL", ""};
  for (const Actor& a : {worker, analyst}) {
    auto directory = svc_.AgencyDirectory(a);
    ASSERT_TRUE(directory.ok()) << directory.error().message();
    ASSERT_EQ(directory->size(), 2U);                  // the disabled agency is left out
    EXPECT_EQ((*directory)[0].code, "BP3MI-CILACAP");  // by name
    EXPECT_EQ((*directory)[1].code, "DP3A-JATENG");
  }
  auto anonymous = svc_.AgencyDirectory(Actor{});
  ASSERT_FALSE(anonymous.ok());
  EXPECT_EQ(anonymous.error().code(), ErrorCode::kUnauthenticated);
}

}  // namespace
}  // namespace sinergi::domain
