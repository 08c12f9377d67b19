// AuthService against the in-memory test double: sign-in, throttling and lockout, sessions and their expiry,
// CSRF, sign-out and TOTP. Accounts are set up through IdentityService as a system actor, like the CLI does.
#include "domain/auth_service.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/crypto.hpp"
#include "domain/identity_service.hpp"
#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain {
namespace {

using core::ErrorCode;
using std::chrono::minutes;
using std::chrono::seconds;
using ::testing::HasSubstr;
using ::testing::Not;

Actor SystemActor() {
  Actor a;
  a.id = "system:test";
  a.display_name = "Test";
  return a;
}

const core::Timestamp kNow = std::chrono::sys_days{std::chrono::year{2025} / 6 / 1} + std::chrono::hours{8};
constexpr const char* kPassword = "kopi tubruk pagi hari";
constexpr const char* kIp = "203.0.113.7";

AuthOptions TestOptions() {
  AuthOptions o;
  o.idle_timeout = minutes(30);
  o.absolute_timeout = minutes(12 * 60);
  o.max_failures = 3;
  o.max_failures_per_address = 4;
  o.failure_window = minutes(60);
  o.base_lock = seconds(60);
  o.max_lock = seconds(240);
  return o;
}

class AuthServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto agency =
        admin_.CreateAgency(system_, {"DP3A-JATENG", "DP3A Jawa Tengah", "DP3A", std::nullopt, std::nullopt, false});
    ASSERT_TRUE(agency.ok()) << agency.error().message();
    agency_ = *agency;
    auto user =
        admin_.CreateUser(system_, {"siti", "Siti Aminah", "DP3A-JATENG", {"CASE_WORKER"}, "AGENCY", false}, kPassword);
    ASSERT_TRUE(user.ok()) << user.error().message();
    user_ = *user;
  }

  core::Result<LoginResult> Login(const std::string& username, const std::string& password,
                                  std::optional<std::string> totp = std::nullopt, const std::string& ip = kIp) {
    return auth_.Login({username, password, std::move(totp), ip, "test-agent"});
  }
  LoginResult MustLogin() {
    auto r = Login("siti", kPassword);
    SINERGI_CHECK(r.ok());
    return *r;
  }
  void Advance(std::chrono::milliseconds d) { clock_.Set(clock_.Now() + d); }
  std::vector<AuditEntry> Audit() { return db_.SnapshotForTest().audit; }
  std::vector<AuditEntry> AuditOf(const std::string& action) {
    std::vector<AuditEntry> out;
    for (const AuditEntry& e : Audit()) {
      if (e.action == action) out.push_back(e);
    }
    return out;
  }
  LoginThrottle Throttle(const std::string& key) {
    auto state = db_.SnapshotForTest();
    auto it = state.throttles.find(key);
    return it == state.throttles.end() ? LoginThrottle{key, 0, {}, std::nullopt} : it->second;
  }

  test_doubles::InMemoryDatabase db_;
  core::ManualClock clock_{kNow};
  test_doubles::SequentialIdGenerator ids_;
  AuthOptions options_ = TestOptions();
  AuthService auth_{db_, clock_, ids_, options_};
  IdentityService admin_{db_, clock_, ids_};
  Actor system_ = SystemActor();
  Agency agency_;
  User user_;
};

#define EXPECT_AUTH_ERROR(expr, code_, reason_)        \
  do {                                                 \
    const auto& auth_result_ = (expr);                 \
    ASSERT_FALSE(auth_result_.ok());                   \
    EXPECT_EQ(auth_result_.error().code(), code_);     \
    EXPECT_EQ(auth_result_.error().reason(), reason_); \
  } while (false)

TEST_F(AuthServiceTest, LoginCreatesASessionStoringOnlyTokenHashes) {
  auto r = Login("siti", kPassword);
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_EQ(r->token.size(), 43U);
  EXPECT_NE(r->token, r->csrf_token);
  EXPECT_EQ(r->user.id, user_.id);
  EXPECT_EQ(r->agency.id, agency_.id);
  EXPECT_EQ(r->session.expires_at, kNow + minutes(12 * 60));
  EXPECT_EQ(r->session.ip, kIp);
  EXPECT_EQ(r->session.user_agent, "test-agent");

  auto state = db_.SnapshotForTest();
  ASSERT_EQ(state.sessions.size(), 1U);
  const Session& stored = state.sessions.begin()->second;
  EXPECT_EQ(stored.token_hash, core::Blake2bHex(r->token));
  EXPECT_EQ(stored.csrf_hash, core::Blake2bHex(r->csrf_token));
  EXPECT_NE(stored.token_hash, r->token);

  auto logins = AuditOf("login");
  ASSERT_EQ(logins.size(), 1U);
  EXPECT_EQ(logins[0].actor_id, user_.id);
  EXPECT_EQ(logins[0].agency_id, agency_.id);
  EXPECT_EQ(logins[0].ip, kIp);
  EXPECT_EQ(logins[0].entity_id, r->session.id);
}

TEST_F(AuthServiceTest, UsernamesAreCaseInsensitive) {
  EXPECT_TRUE(Login("  SITI ", kPassword).ok());
}

TEST_F(AuthServiceTest, WrongPasswordAndUnknownUserLookTheSame) {
  auto wrong = Login("siti", "not the password at all");
  auto unknown = Login("nobody", "not the password at all");
  ASSERT_FALSE(wrong.ok());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(wrong.error().code(), ErrorCode::kUnauthenticated);
  EXPECT_EQ(wrong.error().reason(), "auth.invalid_credentials");
  EXPECT_EQ(unknown.error().code(), wrong.error().code());
  EXPECT_EQ(unknown.error().reason(), wrong.error().reason());
  EXPECT_EQ(unknown.error().message(), wrong.error().message());
  EXPECT_TRUE(wrong.error().fields().empty());
  EXPECT_TRUE(unknown.error().fields().empty());
}

TEST_F(AuthServiceTest, FailuresAreCommittedAndAuditedWithoutThePassword) {
  EXPECT_FALSE(Login("siti", "secret-guess-1").ok());
  EXPECT_FALSE(Login("ghost", "secret-guess-2").ok());
  EXPECT_EQ(Throttle("user:siti").failures, 1);
  EXPECT_EQ(Throttle("user:ghost").failures, 1);
  EXPECT_EQ(Throttle(std::string("ip:") + kIp).failures, 2);
  auto failed = AuditOf("login_failed");
  ASSERT_EQ(failed.size(), 2U);
  for (const AuditEntry& e : failed) {
    EXPECT_EQ(e.actor_id, "anonymous");
    EXPECT_EQ(e.ip, kIp);
    EXPECT_THAT(e.detail, Not(HasSubstr("secret-guess")));
  }
  EXPECT_EQ(failed[0].entity_id, user_.id);
  EXPECT_THAT(failed[0].detail, HasSubstr("username=siti"));
  EXPECT_THAT(failed[1].detail, HasSubstr("username=ghost"));
  for (const AuditEntry& e : Audit()) EXPECT_THAT(e.detail, Not(HasSubstr(kPassword)));
}

TEST_F(AuthServiceTest, LockDoublesPerFailureUpToTheCap) {
  for (int i = 0; i < 2; ++i)
    EXPECT_AUTH_ERROR(Login("siti", "wrong-1"), ErrorCode::kUnauthenticated, "auth.invalid_credentials");
  EXPECT_FALSE(Throttle("user:siti").locked_until.has_value());
  EXPECT_FALSE(Login("siti", "wrong-1").ok());  // 3rd failure: locked for base_lock
  EXPECT_EQ(Throttle("user:siti").locked_until, clock_.Now() + seconds(60));

  // While locked even the right password is refused, and the attempt does not extend the lock.
  auto locked = Login("siti", kPassword);
  EXPECT_AUTH_ERROR(locked, ErrorCode::kRateLimited, "auth.locked");
  EXPECT_THAT(locked.error().message(), HasSubstr(core::FormatTimestamp(clock_.Now() + seconds(60))));
  EXPECT_EQ(Throttle("user:siti").failures, 3);

  const seconds expected_locks[] = {seconds(120), seconds(240), seconds(240), seconds(240)};
  for (seconds expected : expected_locks) {
    Advance(*Throttle("user:siti").locked_until - clock_.Now() + seconds(1));
    EXPECT_AUTH_ERROR(Login("siti", "wrong-1"), ErrorCode::kUnauthenticated, "auth.invalid_credentials");
    EXPECT_EQ(Throttle("user:siti").locked_until, clock_.Now() + expected);
  }
  EXPECT_EQ(AuditOf("login_failed").size(), 8U);  // 7 counted failures and 1 refused while locked
}

TEST_F(AuthServiceTest, LockedAccountUnlocksAfterMaxLockAtMost) {
  // An attacker hammers the account from another address for a long time...
  for (int round = 0; round < 12; ++round) {
    (void)Login("siti", "guess", std::nullopt, "198.51.100.66");
    Advance(seconds(30));
  }
  const LoginThrottle t = Throttle("user:siti");
  ASSERT_TRUE(t.locked_until.has_value());
  // ...but no lock ever reaches further than max_lock past now, so the real user gets in once it has passed.
  EXPECT_LE(*t.locked_until, clock_.Now() + options_.max_lock);
  EXPECT_AUTH_ERROR(Login("siti", kPassword), ErrorCode::kRateLimited, "auth.locked");
  Advance(options_.max_lock);
  auto ok = Login("siti", kPassword);
  ASSERT_TRUE(ok.ok()) << ok.error().message();
  EXPECT_EQ(Throttle("user:siti").failures, 0);  // success clears the account's counter
  EXPECT_EQ(Throttle(std::string("ip:") + kIp).failures, 0);
}

TEST_F(AuthServiceTest, LockOfAnUnknownUserLooksLikeALockOfAKnownOne) {
  for (int i = 0; i < 3; ++i) {
    (void)Login("siti", "guess", std::nullopt, "198.51.100.1");
    (void)Login("ghost", "guess", std::nullopt, "198.51.100.2");
  }
  auto known = Login("siti", "guess", std::nullopt, "198.51.100.3");
  auto unknown = Login("ghost", "guess", std::nullopt, "198.51.100.4");
  EXPECT_AUTH_ERROR(known, ErrorCode::kRateLimited, "auth.locked");
  EXPECT_AUTH_ERROR(unknown, ErrorCode::kRateLimited, "auth.locked");
  EXPECT_EQ(known.error().message(), unknown.error().message());
}

TEST_F(AuthServiceTest, AddressIsThrottledAcrossUsernames) {
  (void)Login("a1", "guess");
  (void)Login("a2", "guess");
  (void)Login("a3", "guess");
  // The address threshold (4) is above the account one (3): three failures across accounts do not lock it.
  EXPECT_TRUE(Login("siti", kPassword).ok());
  (void)Login("a4", "guess");
  (void)Login("a5", "guess");
  (void)Login("a6", "guess");
  (void)Login("a7", "guess");
  EXPECT_AUTH_ERROR(Login("siti", kPassword), ErrorCode::kRateLimited, "auth.locked");
  EXPECT_TRUE(Login("siti", kPassword, std::nullopt, "192.0.2.10").ok());  // another address is not locked
}

TEST_F(AuthServiceTest, FailureCountRestartsAfterTheWindow) {
  (void)Login("siti", "guess");
  (void)Login("siti", "guess");
  Advance(options_.failure_window + seconds(1));
  (void)Login("siti", "guess");
  (void)Login("siti", "guess");
  EXPECT_EQ(Throttle("user:siti").failures, 2);
  EXPECT_TRUE(Login("siti", kPassword).ok());
}

TEST_F(AuthServiceTest, DisabledUserCannotSignInAndLosesSessions) {
  LoginResult session = MustLogin();
  ASSERT_TRUE(auth_.Authenticate(session.token).ok());
  ASSERT_TRUE(admin_.DisableUser(system_, "siti").ok());
  EXPECT_AUTH_ERROR(auth_.Authenticate(session.token), ErrorCode::kUnauthenticated, "auth.session_invalid");
  EXPECT_AUTH_ERROR(Login("siti", kPassword), ErrorCode::kUnauthenticated, "auth.invalid_credentials");
}

TEST_F(AuthServiceTest, DisabledAgencyEndsSignInsAndSessions) {
  LoginResult session = MustLogin();
  AgencyInput input{agency_.code, agency_.name, agency_.type, std::nullopt, std::nullopt, true};
  ASSERT_TRUE(admin_.UpdateAgency(system_, agency_.id, input, agency_.version).ok());
  EXPECT_AUTH_ERROR(auth_.Authenticate(session.token), ErrorCode::kUnauthenticated, "auth.session_invalid");
  EXPECT_AUTH_ERROR(Login("siti", kPassword), ErrorCode::kUnauthenticated, "auth.invalid_credentials");
}

TEST_F(AuthServiceTest, AuthenticateReturnsThePrincipal) {
  LoginResult login = MustLogin();
  auto p = auth_.Authenticate(login.token);
  ASSERT_TRUE(p.ok()) << p.error().message();
  EXPECT_EQ(p->user.id, user_.id);
  EXPECT_EQ(p->agency.code, "DP3A-JATENG");
  EXPECT_EQ(p->session.id, login.session.id);

  Actor actor = p->ToActor("corr-9", "192.0.2.1");
  EXPECT_EQ(actor.id, user_.id);
  EXPECT_EQ(actor.display_name, "Siti Aminah");
  EXPECT_EQ(actor.agency_id, agency_.id);
  EXPECT_EQ(actor.roles, std::vector<std::string>{"CASE_WORKER"});
  EXPECT_EQ(actor.session_id, login.session.id);
  EXPECT_EQ(actor.ip, "192.0.2.1");
  EXPECT_EQ(actor.correlation_id, "corr-9");
}

TEST_F(AuthServiceTest, UnknownEmptyOrRevokedTokensAreInvalid) {
  EXPECT_AUTH_ERROR(auth_.Authenticate(""), ErrorCode::kUnauthenticated, "auth.session_invalid");
  EXPECT_AUTH_ERROR(auth_.Authenticate("made-up-token"), ErrorCode::kUnauthenticated, "auth.session_invalid");
  LoginResult login = MustLogin();
  EXPECT_AUTH_ERROR(auth_.Authenticate(core::Blake2bHex(login.token)), ErrorCode::kUnauthenticated,
                    "auth.session_invalid");  // the stored hash is not a token
  auto p = auth_.Authenticate(login.token);
  ASSERT_TRUE(p.ok());
  ASSERT_TRUE(auth_.Logout(p->ToActor("c", kIp)).ok());
  EXPECT_AUTH_ERROR(auth_.Authenticate(login.token), ErrorCode::kUnauthenticated, "auth.session_invalid");
}

TEST_F(AuthServiceTest, IdleSessionsExpireAndUseKeepsThemAlive) {
  LoginResult login = MustLogin();
  Advance(minutes(29));
  ASSERT_TRUE(auth_.Authenticate(login.token).ok());  // touches: idle time restarts
  Advance(minutes(29));
  ASSERT_TRUE(auth_.Authenticate(login.token).ok());
  Advance(minutes(31));
  EXPECT_AUTH_ERROR(auth_.Authenticate(login.token), ErrorCode::kUnauthenticated, "auth.session_expired");
}

TEST_F(AuthServiceTest, SessionsExpireAtTheAbsoluteLimitEvenWhenUsed) {
  LoginResult login = MustLogin();
  for (int i = 0; i < 12 * 3 - 1; ++i) {
    Advance(minutes(20));
    ASSERT_TRUE(auth_.Authenticate(login.token).ok()) << i;
  }
  Advance(minutes(20));  // exactly 12 hours after sign-in
  EXPECT_AUTH_ERROR(auth_.Authenticate(login.token), ErrorCode::kUnauthenticated, "auth.session_expired");
}

TEST_F(AuthServiceTest, LastSeenIsWrittenAtMostOnceAMinute) {
  LoginResult login = MustLogin();
  const int commits = db_.CommitCountForTest();
  Advance(seconds(30));
  ASSERT_TRUE(auth_.Authenticate(login.token).ok());
  EXPECT_EQ(db_.CommitCountForTest(), commits);
  EXPECT_EQ(db_.SnapshotForTest().sessions.at(login.session.id).last_seen_at, kNow);
  Advance(seconds(31));
  auto p = auth_.Authenticate(login.token);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->session.last_seen_at, clock_.Now());
  EXPECT_EQ(db_.SnapshotForTest().sessions.at(login.session.id).last_seen_at, clock_.Now());
}

TEST_F(AuthServiceTest, CsrfTokenMustMatchTheSession) {
  LoginResult a = MustLogin();
  LoginResult b = MustLogin();
  EXPECT_TRUE(auth_.CheckCsrf(a.session, a.csrf_token));
  EXPECT_FALSE(auth_.CheckCsrf(a.session, b.csrf_token));
  EXPECT_FALSE(auth_.CheckCsrf(a.session, ""));
  EXPECT_FALSE(auth_.CheckCsrf(a.session, a.token));
  EXPECT_FALSE(auth_.CheckCsrf(a.session, a.session.csrf_hash));
}

TEST_F(AuthServiceTest, LogoutEndsOneSessionAndLogoutEverywhereAll) {
  LoginResult a = MustLogin();
  LoginResult b = MustLogin();
  LoginResult c = MustLogin();
  auto pa = auth_.Authenticate(a.token);
  ASSERT_TRUE(pa.ok());
  ASSERT_TRUE(auth_.Logout(pa->ToActor("c", kIp)).ok());
  EXPECT_FALSE(auth_.Authenticate(a.token).ok());
  auto pb = auth_.Authenticate(b.token);
  ASSERT_TRUE(pb.ok());
  auto revoked = auth_.LogoutEverywhere(pb->ToActor("c", kIp));
  ASSERT_TRUE(revoked.ok());
  EXPECT_EQ(*revoked, 2);
  EXPECT_FALSE(auth_.Authenticate(b.token).ok());
  EXPECT_FALSE(auth_.Authenticate(c.token).ok());
  ASSERT_EQ(AuditOf("logout").size(), 1U);
  EXPECT_EQ(AuditOf("logout")[0].entity_id, a.session.id);
  ASSERT_EQ(AuditOf("logout_all").size(), 1U);
  EXPECT_EQ(AuditOf("logout_all")[0].actor_id, user_.id);
  EXPECT_EQ(AuditOf("logout_all")[0].detail, "revoked=2");
}

TEST_F(AuthServiceTest, LogoutNeedsASignedInUser) {
  EXPECT_AUTH_ERROR(auth_.Logout(system_), ErrorCode::kUnauthenticated, "auth.required");
  EXPECT_AUTH_ERROR(auth_.LogoutEverywhere(Actor{}), ErrorCode::kUnauthenticated, "auth.required");
}

std::int64_t UnixSeconds(core::Timestamp t) {
  return std::chrono::duration_cast<seconds>(t.time_since_epoch()).count();
}

TEST_F(AuthServiceTest, TotpEnrolmentAndSignIn) {
  auto p = auth_.Authenticate(MustLogin().token);
  ASSERT_TRUE(p.ok());
  const Actor actor = p->ToActor("c", kIp);
  auto setup = auth_.BeginTotpSetup(actor);
  ASSERT_TRUE(setup.ok()) << setup.error().message();
  EXPECT_THAT(setup->uri, HasSubstr("otpauth://totp/Sinergi:siti?secret=" + setup->secret));
  EXPECT_EQ(db_.SnapshotForTest().users.at(user_.id).totp_pending_secret, setup->secret);
  EXPECT_TRUE(Login("siti", kPassword).ok());  // not active before confirmation

  auto bad = auth_.ConfirmTotp(
      actor, "000000" == core::TotpCode(setup->secret, UnixSeconds(clock_.Now())) ? "111111" : "000000");
  EXPECT_AUTH_ERROR(bad, ErrorCode::kInvalid, "auth.totp_invalid");
  ASSERT_TRUE(auth_.ConfirmTotp(actor, core::TotpCode(setup->secret, UnixSeconds(clock_.Now()))).ok());
  const User stored = db_.SnapshotForTest().users.at(user_.id);
  EXPECT_EQ(stored.totp_secret, setup->secret);
  EXPECT_FALSE(stored.totp_pending_secret.has_value());
  EXPECT_EQ(AuditOf("totp_enabled").size(), 1U);
  EXPECT_AUTH_ERROR(auth_.BeginTotpSetup(actor), ErrorCode::kConflict, "auth.totp_already_enabled");

  // Without a code: asked for one, not counted as a failure.
  auto missing = Login("siti", kPassword);
  EXPECT_AUTH_ERROR(missing, ErrorCode::kUnauthenticated, "auth.totp_required");
  ASSERT_EQ(missing.error().fields().size(), 1U);
  EXPECT_EQ(missing.error().fields()[0].field, "totp");
  EXPECT_EQ(Throttle("user:siti").failures, 0);

  // A wrong code counts like a wrong password.
  Advance(minutes(5));
  const std::string right = core::TotpCode(setup->secret, UnixSeconds(clock_.Now()));
  const std::string wrong = right == "123456" ? "654321" : "123456";
  EXPECT_AUTH_ERROR(Login("siti", kPassword, wrong), ErrorCode::kUnauthenticated, "auth.totp_required");
  EXPECT_EQ(Throttle("user:siti").failures, 1);
  auto ok = Login("siti", kPassword, right);
  ASSERT_TRUE(ok.ok()) << ok.error().message();

  // The second factor does not help with a wrong password.
  EXPECT_AUTH_ERROR(Login("siti", "wrong password!", right), ErrorCode::kUnauthenticated, "auth.invalid_credentials");
}

TEST_F(AuthServiceTest, ConfirmWithoutSetupIsRefused) {
  auto p = auth_.Authenticate(MustLogin().token);
  ASSERT_TRUE(p.ok());
  EXPECT_AUTH_ERROR(auth_.ConfirmTotp(p->ToActor("c", kIp), "123456"), ErrorCode::kInvalid, "auth.totp_not_started");
}

TEST_F(AuthServiceTest, RoleRequiringTotpCannotSignInWithoutIt) {
  AuthOptions strict = TestOptions();
  strict.totp_required_roles = {"SYSTEM_ADMIN"};
  AuthService strict_auth{db_, clock_, ids_, strict};
  ASSERT_TRUE(admin_
                  .CreateUser(system_, {"admin", "", "DP3A-JATENG", {"SYSTEM_ADMIN"}, "NATIONAL", false},
                              "gunung merapi meletus")
                  .ok());
  auto r = strict_auth.Login({"admin", "gunung merapi meletus", "123456", kIp, "ua"});
  EXPECT_AUTH_ERROR(r, ErrorCode::kUnauthenticated, "auth.totp_setup_required");
  EXPECT_EQ(Throttle("user:admin").failures, 0);
  EXPECT_TRUE(strict_auth.Login({"siti", kPassword, std::nullopt, kIp, "ua"}).ok());  // other roles unaffected
  // Without the requirement the administrator signs in and can enrol.
  EXPECT_TRUE(auth_.Login({"admin", "gunung merapi meletus", std::nullopt, kIp, "ua"}).ok());
}

}  // namespace
}  // namespace sinergi::domain
