// Agencies, users, sessions and login throttles (ports/identity_repository.hpp): round trips, uniqueness,
// references, optimistic concurrency, keyset pagination, revocation and throttle upserts.
#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

using core::ErrorCode;
using domain::Agency;
using domain::LoginThrottle;
using domain::Session;
using domain::User;
using domain::ports::PageRequest;

Agency MakeAgency(std::string id, std::string code) {
  Agency a;
  a.id = std::move(id);
  a.code = std::move(code);
  a.name = "DP3A Jawa Tengah";
  a.type = "DP3A";
  a.created_at = Ms(1'700'000'000'000);
  a.updated_at = a.created_at;
  return a;
}

User MakeUser(std::string id, std::string username, std::string agency_id) {
  User u;
  u.id = std::move(id);
  u.username = std::move(username);
  u.display_name = "Siti \"Ica\" Aminah";
  u.agency_id = std::move(agency_id);
  u.roles = {"CASE_WORKER", "SUPERVISOR"};
  u.scope = "AGENCY";
  u.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
  u.password_changed_at = Ms(1'700'000'000'000);
  u.created_at = u.password_changed_at;
  u.updated_at = u.password_changed_at;
  return u;
}

Session MakeSession(std::string id, std::string user_id, std::string token_hash, std::int64_t expires_ms) {
  Session s;
  s.id = std::move(id);
  s.user_id = std::move(user_id);
  s.token_hash = std::move(token_hash);
  s.csrf_hash = "csrf-" + s.token_hash;
  s.created_at = Ms(1'700'000'000'000);
  s.last_seen_at = s.created_at;
  s.expires_at = Ms(expires_ms);
  s.ip = "203.0.113.7";
  s.user_agent = "Mozilla/5.0";
  return s;
}

void ExpectSameUser(const User& a, const User& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.version, b.version);
  EXPECT_EQ(a.username, b.username);
  EXPECT_EQ(a.display_name, b.display_name);
  EXPECT_EQ(a.agency_id, b.agency_id);
  EXPECT_EQ(a.roles, b.roles);
  EXPECT_EQ(a.scope, b.scope);
  EXPECT_EQ(a.password_hash, b.password_hash);
  EXPECT_EQ(a.totp_secret, b.totp_secret);
  EXPECT_EQ(a.totp_pending_secret, b.totp_pending_secret);
  EXPECT_EQ(a.disabled, b.disabled);
  EXPECT_EQ(a.password_changed_at, b.password_changed_at);
  EXPECT_EQ(a.created_at, b.created_at);
  EXPECT_EQ(a.updated_at, b.updated_at);
}

void ExpectSameAgency(const Agency& a, const Agency& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.version, b.version);
  EXPECT_EQ(a.code, b.code);
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.type, b.type);
  EXPECT_EQ(a.region_code, b.region_code);
  EXPECT_EQ(a.country, b.country);
  EXPECT_EQ(a.disabled, b.disabled);
  EXPECT_EQ(a.created_at, b.created_at);
  EXPECT_EQ(a.updated_at, b.updated_at);
}

TEST_P(StorageContract, AgencyRoundTripAndLookups) {
  Agency regional = MakeAgency(NextId(), "DP3A-JATENG");
  regional.region_code = "33";
  Agency embassy = MakeAgency(NextId(), "KBRI-KL");
  embassy.type = "PERWAKILAN_RI";
  embassy.country = "MY";
  embassy.disabled = true;
  {
    auto uow = Write();
    ASSERT_OK(uow->identity().InsertAgency(regional));
    ASSERT_OK(uow->identity().InsertAgency(embassy));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->identity().GetAgency(regional.id);
  ASSERT_OK(got);
  ExpectSameAgency(*got, regional);
  auto by_code = uow->identity().GetAgencyByCode("KBRI-KL");
  ASSERT_OK(by_code);
  ExpectSameAgency(*by_code, embassy);
  EXPECT_ERROR(uow->identity().GetAgency("01NOPE"), ErrorCode::kNotFound, "agency.not_found");
  EXPECT_ERROR(uow->identity().GetAgencyByCode("kbri-kl"), ErrorCode::kNotFound, "agency.not_found");
}

TEST_P(StorageContract, AgencyCodeAndIdAreUnique) {
  Agency a = MakeAgency(NextId(), "BP3MI-BALI");
  Agency b = MakeAgency(NextId(), "BP3MI-NTB");
  {
    auto uow = Write();
    ASSERT_OK(uow->identity().InsertAgency(a));
    ASSERT_OK(uow->identity().InsertAgency(b));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Write();
  EXPECT_ERROR(uow->identity().InsertAgency(MakeAgency(NextId(), "BP3MI-BALI")), ErrorCode::kConflict,
               "agency.code_taken");
  EXPECT_ERROR(uow->identity().InsertAgency(MakeAgency(a.id, "OTHER")), ErrorCode::kConflict, "agency.exists");
  Agency renamed = b;
  renamed.code = "BP3MI-BALI";
  renamed.version = 2;
  EXPECT_ERROR(uow->identity().UpdateAgency(renamed, 1), ErrorCode::kConflict, "agency.code_taken");
}

TEST_P(StorageContract, AgencyUpdateChecksVersion) {
  Agency a = MakeAgency(NextId(), "UPTD-PPA-CLP");
  {
    auto uow = Write();
    ASSERT_OK(uow->identity().InsertAgency(a));
    ASSERT_OK(uow->Commit());
  }
  Agency updated = a;
  updated.version = 2;
  updated.name = "UPTD PPA Kabupaten Cilacap";
  updated.region_code = "33.01";
  updated.disabled = true;
  updated.updated_at = Ms(1'700'000'500'000);
  {
    auto uow = Write();
    EXPECT_ERROR(uow->identity().UpdateAgency(updated, 7), ErrorCode::kPreconditionFailed, "version_mismatch");
    Agency ghost = MakeAgency("01GHOST", "GHOST");
    EXPECT_ERROR(uow->identity().UpdateAgency(ghost, 1), ErrorCode::kNotFound, "agency.not_found");
    ASSERT_OK(uow->identity().UpdateAgency(updated, 1));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->identity().GetAgency(a.id);
  ASSERT_OK(got);
  ExpectSameAgency(*got, updated);
  EXPECT_EQ(got->created_at, a.created_at);
}

TEST_P(StorageContract, AgencyListPagesById) {
  std::vector<std::string> ids;
  {
    auto uow = Write();
    for (int i = 0; i < 5; ++i) {
      Agency a = MakeAgency(NextId(), "A-" + std::to_string(i));
      ids.push_back(a.id);
      ASSERT_OK(uow->identity().InsertAgency(a));
    }
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  std::vector<std::string> seen;
  PageRequest page{2, std::nullopt};
  for (int i = 0; i < 5; ++i) {
    auto got = uow->identity().ListAgencies(page);
    ASSERT_OK(got);
    for (const Agency& a : got->items) seen.push_back(a.id);
    if (!got->next_after) break;
    page.after = got->next_after;
  }
  EXPECT_EQ(seen, ids);
}

TEST_P(StorageContract, UserRoundTripAndUsernameLookup) {
  Agency a = MakeAgency(NextId(), "DP3A-JATENG");
  User plain = MakeUser(NextId(), "siti", a.id);
  User full = MakeUser(NextId(), "budi.santoso", a.id);
  full.roles = {"SYSTEM_ADMIN"};
  full.scope = "NATIONAL";
  full.totp_secret = "JBSWY3DPEHPK3PXP";
  full.totp_pending_secret = "KRSXG5CTMVRXEZLU";
  full.disabled = true;
  {
    auto uow = Write();
    ASSERT_OK(uow->identity().InsertAgency(a));
    ASSERT_OK(uow->identity().InsertUser(plain));
    ASSERT_OK(uow->identity().InsertUser(full));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->identity().GetUser(plain.id);
  ASSERT_OK(got);
  ExpectSameUser(*got, plain);
  auto by_name = uow->identity().GetUserByUsername("budi.santoso");
  ASSERT_OK(by_name);
  ExpectSameUser(*by_name, full);
  EXPECT_ERROR(uow->identity().GetUser("01NOPE"), ErrorCode::kNotFound, "user.not_found");
  EXPECT_ERROR(uow->identity().GetUserByUsername("nobody"), ErrorCode::kNotFound, "user.not_found");
  auto count = uow->identity().CountUsers();
  ASSERT_OK(count);
  EXPECT_EQ(*count, 2);
}

TEST_P(StorageContract, UserNeedsAnAgencyAndAUniqueUsername) {
  Agency a = MakeAgency(NextId(), "DP3A-JATENG");
  User u = MakeUser(NextId(), "siti", a.id);
  {
    auto uow = Write();
    ASSERT_OK(uow->identity().InsertAgency(a));
    ASSERT_OK(uow->identity().InsertUser(u));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Write();
  EXPECT_ERROR(uow->identity().InsertUser(MakeUser(NextId(), "siti", a.id)), ErrorCode::kConflict,
               "user.username_taken");
  EXPECT_ERROR(uow->identity().InsertUser(MakeUser(u.id, "other", a.id)), ErrorCode::kConflict, "user.exists");
  EXPECT_ERROR(uow->identity().InsertUser(MakeUser(NextId(), "orphan", "01NOAGENCY")), ErrorCode::kNotFound,
               "agency.not_found");
  User moved = u;
  moved.version = 2;
  moved.agency_id = "01NOAGENCY";
  EXPECT_ERROR(uow->identity().UpdateUser(moved, 1), ErrorCode::kNotFound, "agency.not_found");
}

TEST_P(StorageContract, UserUpdateChecksVersion) {
  Agency a = MakeAgency(NextId(), "DP3A-JATENG");
  User u = MakeUser(NextId(), "siti", a.id);
  {
    auto uow = Write();
    ASSERT_OK(uow->identity().InsertAgency(a));
    ASSERT_OK(uow->identity().InsertUser(u));
    ASSERT_OK(uow->Commit());
  }
  User updated = u;
  updated.version = 2;
  updated.roles = {"VIEWER"};
  updated.totp_secret = "JBSWY3DPEHPK3PXP";
  updated.password_hash = "$argon2id$new";
  updated.password_changed_at = Ms(1'700'000'900'000);
  updated.updated_at = updated.password_changed_at;
  updated.disabled = true;
  {
    auto uow = Write();
    EXPECT_ERROR(uow->identity().UpdateUser(updated, 2), ErrorCode::kPreconditionFailed, "version_mismatch");
    EXPECT_ERROR(uow->identity().UpdateUser(MakeUser("01GHOST", "ghost", a.id), 1), ErrorCode::kNotFound,
                 "user.not_found");
    ASSERT_OK(uow->identity().UpdateUser(updated, 1));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->identity().GetUser(u.id);
  ASSERT_OK(got);
  ExpectSameUser(*got, updated);
}

TEST_P(StorageContract, UserListFiltersByAgencyAndPages) {
  Agency a = MakeAgency(NextId(), "A");
  Agency b = MakeAgency(NextId(), "B");
  std::vector<std::string> in_a;
  {
    auto uow = Write();
    ASSERT_OK(uow->identity().InsertAgency(a));
    ASSERT_OK(uow->identity().InsertAgency(b));
    for (int i = 0; i < 4; ++i) {
      User u = MakeUser(NextId(), "user" + std::to_string(i), i % 2 == 0 ? a.id : b.id);
      if (i % 2 == 0) in_a.push_back(u.id);
      ASSERT_OK(uow->identity().InsertUser(u));
    }
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto only_a = uow->identity().ListUsers(a.id, {10, std::nullopt});
  ASSERT_OK(only_a);
  ASSERT_EQ(only_a->items.size(), 2U);
  EXPECT_EQ(only_a->items[0].id, in_a[0]);
  EXPECT_EQ(only_a->items[1].id, in_a[1]);
  EXPECT_FALSE(only_a->next_after.has_value());
  auto first = uow->identity().ListUsers(std::nullopt, {3, std::nullopt});
  ASSERT_OK(first);
  ASSERT_EQ(first->items.size(), 3U);
  ASSERT_TRUE(first->next_after.has_value());
  auto rest = uow->identity().ListUsers(std::nullopt, {3, first->next_after});
  ASSERT_OK(rest);
  ASSERT_EQ(rest->items.size(), 1U);
  EXPECT_EQ(rest->items[0].username, "user3");
}

TEST_P(StorageContract, SessionLifecycle) {
  Agency a = MakeAgency(NextId(), "A");
  User u = MakeUser(NextId(), "siti", a.id);
  Session s = MakeSession(NextId(), u.id, "hash-1", 1'700'043'200'000);
  {
    auto uow = Write();
    ASSERT_OK(uow->identity().InsertAgency(a));
    ASSERT_OK(uow->identity().InsertUser(u));
    ASSERT_OK(uow->identity().InsertSession(s));
    EXPECT_ERROR(uow->identity().InsertSession(MakeSession(NextId(), "01NOUSER", "hash-2", 1'700'043'200'000)),
                 ErrorCode::kNotFound, "user.not_found");
    EXPECT_ERROR(uow->identity().InsertSession(MakeSession(NextId(), u.id, "hash-1", 1'700'043'200'000)),
                 ErrorCode::kConflict, "session.exists");
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Read();
    auto got = uow->identity().GetSessionByTokenHash("hash-1");
    ASSERT_OK(got);
    EXPECT_EQ(got->id, s.id);
    EXPECT_EQ(got->user_id, u.id);
    EXPECT_EQ(got->csrf_hash, "csrf-hash-1");
    EXPECT_EQ(got->created_at, s.created_at);
    EXPECT_EQ(got->last_seen_at, s.last_seen_at);
    EXPECT_EQ(got->expires_at, s.expires_at);
    EXPECT_EQ(got->ip, s.ip);
    EXPECT_EQ(got->user_agent, s.user_agent);
    EXPECT_FALSE(got->revoked_at.has_value());
    EXPECT_ERROR(uow->identity().GetSessionByTokenHash("hash-x"), ErrorCode::kNotFound, "session.not_found");
  }
  {
    auto uow = Write();
    ASSERT_OK(uow->identity().TouchSession(s.id, Ms(1'700'000'060'000)));
    EXPECT_ERROR(uow->identity().TouchSession("01NOSESSION", Ms(1)), ErrorCode::kNotFound, "session.not_found");
    ASSERT_OK(uow->identity().RevokeSession(s.id, Ms(1'700'000'070'000)));
    ASSERT_OK(uow->identity().RevokeSession(s.id, Ms(1'700'000'080'000)));  // keeps the first time
    EXPECT_ERROR(uow->identity().RevokeSession("01NOSESSION", Ms(1)), ErrorCode::kNotFound, "session.not_found");
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->identity().GetSessionByTokenHash("hash-1");
  ASSERT_OK(got);
  EXPECT_EQ(got->last_seen_at, Ms(1'700'000'060'000));
  EXPECT_EQ(got->revoked_at, Ms(1'700'000'070'000));
}

TEST_P(StorageContract, RevokeUserSessionsRevokesOnlyLiveOnesOfThatUser) {
  Agency a = MakeAgency(NextId(), "A");
  User u = MakeUser(NextId(), "siti", a.id);
  User other = MakeUser(NextId(), "budi", a.id);
  const core::Timestamp at = Ms(1'700'000'100'000);
  {
    auto uow = Write();
    ASSERT_OK(uow->identity().InsertAgency(a));
    ASSERT_OK(uow->identity().InsertUser(u));
    ASSERT_OK(uow->identity().InsertUser(other));
    ASSERT_OK(uow->identity().InsertSession(MakeSession(NextId(), u.id, "live-1", 1'700'043'200'000)));
    ASSERT_OK(uow->identity().InsertSession(MakeSession(NextId(), u.id, "live-2", 1'700'043'200'000)));
    ASSERT_OK(uow->identity().InsertSession(MakeSession(NextId(), u.id, "expired", 1'700'000'050'000)));
    Session revoked = MakeSession(NextId(), u.id, "revoked", 1'700'043'200'000);
    revoked.revoked_at = Ms(1'700'000'010'000);
    ASSERT_OK(uow->identity().InsertSession(revoked));
    ASSERT_OK(uow->identity().InsertSession(MakeSession(NextId(), other.id, "other", 1'700'043'200'000)));
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Write();
    auto n = uow->identity().RevokeUserSessions(u.id, at);
    ASSERT_OK(n);
    EXPECT_EQ(*n, 2);
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto get = [&uow](const std::string& hash) { return uow->identity().GetSessionByTokenHash(hash); };
  EXPECT_EQ(get("live-1")->revoked_at, at);
  EXPECT_EQ(get("live-2")->revoked_at, at);
  EXPECT_FALSE(get("expired")->revoked_at.has_value());
  EXPECT_EQ(get("revoked")->revoked_at, Ms(1'700'000'010'000));
  EXPECT_FALSE(get("other")->revoked_at.has_value());
}

TEST_P(StorageContract, ThrottlesUpsertAndClear) {
  {
    auto uow = Read();
    auto zero = uow->identity().GetThrottle("user:siti");
    ASSERT_OK(zero);
    EXPECT_EQ(zero->key, "user:siti");
    EXPECT_EQ(zero->failures, 0);
    EXPECT_FALSE(zero->locked_until.has_value());
  }
  {
    auto uow = Write();
    ASSERT_OK(uow->identity().PutThrottle({"user:siti", 1, Ms(1'000), std::nullopt}));
    ASSERT_OK(uow->identity().PutThrottle({"user:siti", 5, Ms(1'000), Ms(61'000)}));
    ASSERT_OK(uow->identity().PutThrottle({"ip:203.0.113.7", 2, Ms(2'000), std::nullopt}));
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Read();
    auto t = uow->identity().GetThrottle("user:siti");
    ASSERT_OK(t);
    EXPECT_EQ(t->failures, 5);
    EXPECT_EQ(t->first_failure_at, Ms(1'000));
    EXPECT_EQ(t->locked_until, Ms(61'000));
  }
  {
    auto uow = Write();
    ASSERT_OK(uow->identity().ClearThrottle("user:siti"));
    ASSERT_OK(uow->identity().ClearThrottle("user:never"));  // clearing nothing is fine
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  EXPECT_EQ(uow->identity().GetThrottle("user:siti")->failures, 0);
  EXPECT_EQ(uow->identity().GetThrottle("ip:203.0.113.7")->failures, 2);
}

TEST_P(StorageContract, IdentityWritesRollBackWithoutCommit) {
  Agency a = MakeAgency(NextId(), "A");
  {
    auto uow = Write();
    ASSERT_OK(uow->identity().InsertAgency(a));
    ASSERT_OK(uow->identity().PutThrottle({"ip:x", 1, Ms(1), std::nullopt}));
  }
  auto uow = Read();
  EXPECT_ERROR(uow->identity().GetAgency(a.id), ErrorCode::kNotFound, "agency.not_found");
  EXPECT_EQ(uow->identity().GetThrottle("ip:x")->failures, 0);
}

}  // namespace
}  // namespace sinergi::contract
