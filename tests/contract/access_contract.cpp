// Break-the-glass grants and notifications (AccessRepository), and the owner of a person surviving updates.
#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

using core::ErrorCode;
using domain::AccessGrant;
using domain::Agency;
using domain::Notification;
using domain::Person;
using domain::User;

class AccessContractFixture {
 public:
  static Agency MakeAgency(std::string id) {
    Agency a;
    a.id = std::move(id);
    a.code = "BP3MI-UJI";
    a.name = "BP3MI Uji";
    a.type = "BP3MI";
    a.created_at = a.updated_at = Ms(1'700'000'000'000);
    return a;
  }
  static User MakeUser(std::string id, std::string agency_id) {
    User u;
    u.id = std::move(id);
    u.username = "petugas";
    u.display_name = "Petugas";
    u.agency_id = std::move(agency_id);
    u.roles = {"CASE_WORKER"};
    u.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
    u.password_changed_at = u.created_at = u.updated_at = Ms(1'700'000'000'000);
    return u;
  }
};

TEST_P(StorageContract, PersonOwnerSurvivesUpdates) {
  Person p = MakePerson("Siti");
  p.owner_agency_id = "agency-1";
  SavePerson(p);
  Person changed = p;
  changed.version = 2;
  changed.owner_agency_id = "agency-2";  // the owner is set at creation only
  changed.data.protected_identity = true;
  {
    auto uow = Write();
    ASSERT_OK(uow->persons().Update(changed, 1, {"siti"}));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->persons().Get(p.id);
  ASSERT_OK(got);
  EXPECT_EQ(got->owner_agency_id, "agency-1");
  EXPECT_TRUE(got->data.protected_identity);
}

TEST_P(StorageContract, GrantsAreActiveUntilTheyExpire) {
  Person p = MakePerson("Siti");
  SavePerson(p);
  const std::string agency_id = NextId();
  const std::string user_id = NextId();
  {
    auto uow = Write();
    ASSERT_OK(uow->identity().InsertAgency(AccessContractFixture::MakeAgency(agency_id)));
    ASSERT_OK(uow->identity().InsertUser(AccessContractFixture::MakeUser(user_id, agency_id)));
    AccessGrant g{NextId(), p.id, user_id, "BREAK_GLASS", "Rujukan polisi tentang TPPO", Ms(1000), Ms(5000)};
    ASSERT_OK(uow->access().InsertGrant(g));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto active = uow->access().ActiveGrantPersonIds(user_id, Ms(4999));
  ASSERT_OK(active);
  EXPECT_EQ(*active, std::vector<std::string>{p.id});
  auto expired = uow->access().ActiveGrantPersonIds(user_id, Ms(5000));
  ASSERT_OK(expired);
  EXPECT_TRUE(expired->empty());
  auto other = uow->access().ActiveGrantPersonIds("someone-else", Ms(2000));
  ASSERT_OK(other);
  EXPECT_TRUE(other->empty());
}

TEST_P(StorageContract, NotificationsByAgencyAndRoleNewestFirst) {
  Notification first{NextId(), "agency-1", "SUPERVISOR", "BREAK_GLASS", "person-1", "user-9",
                     "opened", Ms(1000),   std::nullopt, "referral-1",  "case-1"};
  Notification second = first;
  second.id = NextId();
  second.person_id.reset();
  Notification other_role = first;
  other_role.id = NextId();
  other_role.recipient_role = "VIEWER";
  {
    auto uow = Write();
    for (const Notification& n : {first, second, other_role}) ASSERT_OK(uow->access().InsertNotification(n));
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Read();
    auto listed = uow->access().ListNotifications("agency-1", {"SUPERVISOR", "CASE_WORKER"}, 10);
    ASSERT_OK(listed);
    ASSERT_EQ(listed->size(), 2U);
    EXPECT_EQ((*listed)[0].id, second.id);
    EXPECT_FALSE((*listed)[0].person_id.has_value());
    EXPECT_EQ((*listed)[1].person_id, "person-1");
    EXPECT_EQ((*listed)[1].referral_id, "referral-1");
    EXPECT_EQ((*listed)[1].case_id, "case-1");
    auto limited = uow->access().ListNotifications("agency-1", {"SUPERVISOR"}, 1);
    ASSERT_OK(limited);
    EXPECT_EQ(limited->size(), 1U);
    auto elsewhere = uow->access().ListNotifications("agency-2", {"SUPERVISOR"}, 10);
    ASSERT_OK(elsewhere);
    EXPECT_TRUE(elsewhere->empty());
  }
  {
    auto uow = Write();
    ASSERT_OK(uow->access().MarkNotificationRead(first.id, Ms(2000)));
    ASSERT_OK(uow->access().MarkNotificationRead(first.id, Ms(3000)));  // keeps the first read time
    EXPECT_ERROR(uow->access().MarkNotificationRead("01NOPE", Ms(3000)), ErrorCode::kNotFound,
                 "notification.not_found");
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->access().GetNotification(first.id);
  ASSERT_OK(got);
  EXPECT_EQ(got->read_at, Ms(2000));
  EXPECT_ERROR(uow->access().GetNotification("01NOPE"), ErrorCode::kNotFound, "notification.not_found");
}

}  // namespace
}  // namespace sinergi::contract
