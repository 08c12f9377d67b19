// Retention (ports/retention_repository.hpp): what is due before a cutoff, purging in limited batches, and the
// end of a person's anonymisation (links and change history gone, never due again).
#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

using core::ErrorCode;
using domain::RetentionKind;

class RetentionFixture {
 public:
  static domain::Session Session(std::string id, std::string user_id, std::int64_t last_seen_ms,
                                 std::int64_t expires_ms, std::optional<std::int64_t> revoked_ms = std::nullopt) {
    domain::Session s;
    s.id = id;
    s.user_id = std::move(user_id);
    s.token_hash = "token-" + id;
    s.csrf_hash = "csrf-" + id;
    s.created_at = Ms(last_seen_ms - 1000);
    s.last_seen_at = Ms(last_seen_ms);
    s.expires_at = Ms(expires_ms);
    if (revoked_ms) s.revoked_at = Ms(*revoked_ms);
    return s;
  }
};

TEST_P(StorageContract, RetentionFindsAndPurgesWhatIsDueInBatches) {
  const std::int64_t cutoff = 1'700'000'500'000;
  {
    auto uow = Write();
    domain::Agency a;
    a.id = NextId();
    a.code = "BP3MI-X";
    a.name = "BP3MI X";
    a.type = "BP3MI";
    a.created_at = Ms(1);
    a.updated_at = Ms(1);
    ASSERT_OK(uow->identity().InsertAgency(a));
    domain::User u;
    u.id = NextId();
    u.username = "petugas";
    u.display_name = "Petugas";
    u.agency_id = a.id;
    u.roles = {"CASE_WORKER"};
    u.scope = "AGENCY";
    u.password_hash = "$argon2id$x";
    u.created_at = Ms(1);
    u.updated_at = Ms(1);
    u.password_changed_at = Ms(1);
    ASSERT_OK(uow->identity().InsertUser(u));
    // Due: idle long ago; revoked before the cutoff; expired before the cutoff. Not due: live.
    ASSERT_OK(uow->identity().InsertSession(RetentionFixture::Session("s1", u.id, cutoff - 10, cutoff + 99'000)));
    ASSERT_OK(
        uow->identity().InsertSession(RetentionFixture::Session("s2", u.id, cutoff + 10, cutoff + 99'000, cutoff - 5)));
    ASSERT_OK(uow->identity().InsertSession(RetentionFixture::Session("s3", u.id, cutoff + 10, cutoff - 1)));
    ASSERT_OK(uow->identity().InsertSession(RetentionFixture::Session("s4", u.id, cutoff + 10, cutoff + 99'000)));
    for (int i = 0; i < 3; ++i) {
      domain::Notification n;
      n.id = NextId();
      n.agency_id = a.id;
      n.recipient_role = "SUPERVISOR";
      n.kind = "BREAK_GLASS";
      n.actor_id = u.id;
      n.message = "m";
      n.created_at = Ms(i < 2 ? cutoff - 100 : cutoff + 100);
      ASSERT_OK(uow->access().InsertNotification(n));
    }
    domain::ports::IdempotencyRecord r;
    r.scope = "u POST /api/v1/persons";
    r.key = "k1";
    r.request_hash = "h";
    r.created_at = Ms(cutoff - 1);
    ASSERT_OK(uow->idempotency().Reserve(r));
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Read();
    EXPECT_EQ(*uow->retention().CountDue(RetentionKind::kSessions, Ms(cutoff)), 3);
    EXPECT_EQ(*uow->retention().CountDue(RetentionKind::kNotifications, Ms(cutoff)), 2);
    EXPECT_EQ(*uow->retention().CountDue(RetentionKind::kIdempotencyKeys, Ms(cutoff)), 1);
  }
  auto uow = Write();
  EXPECT_EQ(*uow->retention().PurgeDue(RetentionKind::kSessions, Ms(cutoff), 2), 2);
  EXPECT_EQ(*uow->retention().PurgeDue(RetentionKind::kSessions, Ms(cutoff), 2), 1);
  EXPECT_EQ(*uow->retention().PurgeDue(RetentionKind::kSessions, Ms(cutoff), 2), 0);
  ASSERT_OK(uow->identity().GetSessionByTokenHash("token-s4"));
  EXPECT_EQ(*uow->retention().PurgeDue(RetentionKind::kNotifications, Ms(cutoff), 10), 2);
  EXPECT_EQ(*uow->retention().PurgeDue(RetentionKind::kIdempotencyKeys, Ms(cutoff), 10), 1);
  EXPECT_ERROR(uow->retention().PurgeDue(RetentionKind::kDeletedPersons, Ms(cutoff), 10), ErrorCode::kInvalid,
               "retention.not_purged");
}

TEST_P(StorageContract, RetentionAnonymisationFinishesOncePerPerson) {
  domain::Person old_deleted = MakePerson("Lama");
  old_deleted.deleted_at = Ms(1'700'000'000'100);
  domain::Person newer_deleted = MakePerson("Baru");
  newer_deleted.deleted_at = Ms(1'700'000'000'200);
  domain::Person recent = MakePerson("Kemarin");
  recent.deleted_at = Ms(1'800'000'000'000);
  domain::Person alive = MakePerson("Hidup");
  {
    auto uow = Write();
    for (const auto* p : {&old_deleted, &newer_deleted, &recent, &alive}) ASSERT_OK(uow->persons().Insert(*p, {}));
    domain::FamilyLink link{NextId(), alive.id, old_deleted.id, "PASANGAN", Ms(1), "tester"};
    ASSERT_OK(uow->persons().InsertLink(link));
    domain::ChangeRecord h;
    h.id = NextId();
    h.entity_type = "person";
    h.entity_id = old_deleted.id;
    h.action = "update";
    h.at = Ms(1);
    h.actor = "tester";
    ASSERT_OK(uow->history().Append(h));
    ASSERT_OK(uow->Commit());
  }
  const auto cutoff = Ms(1'750'000'000'000);
  auto uow = Write();
  auto due = uow->retention().DuePersons(cutoff, 10);
  ASSERT_OK(due);
  EXPECT_EQ(*due, (std::vector<std::string>{old_deleted.id, newer_deleted.id}));  // oldest deletion first
  EXPECT_EQ(*uow->retention().CountDue(RetentionKind::kDeletedPersons, cutoff), 2);
  EXPECT_EQ(uow->retention().DuePersons(cutoff, 1)->size(), 1u);

  ASSERT_OK(uow->retention().FinishAnonymisation(old_deleted.id, Ms(1'750'000'000'001)));
  EXPECT_EQ(*uow->retention().DuePersons(cutoff, 10), (std::vector<std::string>{newer_deleted.id}));
  EXPECT_TRUE(uow->persons().ListLinks(alive.id)->empty());
  EXPECT_TRUE(uow->history().List("person", old_deleted.id, {})->items.empty());
  ASSERT_OK(uow->persons().Get(old_deleted.id));  // the record itself stays
  EXPECT_ERROR(uow->retention().FinishAnonymisation("no-such-person", Ms(1)), ErrorCode::kNotFound, "person.not_found");
}

}  // namespace
}  // namespace sinergi::contract
