// Idempotency keys: reserve, find, complete, release.
#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

using core::ErrorCode;
using domain::ports::IdempotencyRecord;

IdempotencyRecord Reservation(std::string key) {
  IdempotencyRecord r;
  r.scope = "actor-1 POST /api/v1/persons";
  r.key = std::move(key);
  r.request_hash = "b2-abcdef";
  r.created_at = Ms(1'700'000'000'000);
  return r;
}

TEST_P(StorageContract, IdempotencyReserveFindCompleteRelease) {
  IdempotencyRecord r = Reservation("key-1");
  {
    auto uow = Write();
    auto none = uow->idempotency().Find(r.scope, r.key);
    ASSERT_OK(none);
    EXPECT_FALSE(none->has_value());
    ASSERT_OK(uow->idempotency().Reserve(r));
    EXPECT_ERROR(uow->idempotency().Reserve(r), ErrorCode::kConflict, "idempotency.exists");
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Read();
    auto found = uow->idempotency().Find(r.scope, r.key);
    ASSERT_OK(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_FALSE((*found)->completed);
    EXPECT_EQ((*found)->request_hash, "b2-abcdef");
    EXPECT_EQ((*found)->created_at, r.created_at);
  }
  IdempotencyRecord done = r;
  done.completed = true;
  done.status_code = 201;
  done.response_body = "{\"id\":\"01X\"}";
  done.response_headers = "{\"Location\":\"/api/v1/persons/01X\",\"ETag\":\"\\\"1\\\"\"}";
  {
    auto uow = Write();
    ASSERT_OK(uow->idempotency().Complete(done));
    EXPECT_ERROR(uow->idempotency().Complete(Reservation("never-reserved")), ErrorCode::kNotFound,
                 "idempotency.not_found");
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Read();
    auto found = uow->idempotency().Find(r.scope, r.key);
    ASSERT_OK(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_TRUE((*found)->completed);
    EXPECT_EQ((*found)->status_code, 201);
    EXPECT_EQ((*found)->response_body, done.response_body);
    EXPECT_EQ((*found)->response_headers, done.response_headers);
  }
  // Another scope with the same key is independent.
  IdempotencyRecord other = Reservation("key-1");
  other.scope = "actor-2 POST /api/v1/persons";
  auto uow = Write();
  ASSERT_OK(uow->idempotency().Reserve(other));
  ASSERT_OK(uow->idempotency().Release(r.scope, r.key));
  ASSERT_OK(uow->idempotency().Release(r.scope, r.key));  // releasing twice is fine
  auto gone = uow->idempotency().Find(r.scope, r.key);
  ASSERT_OK(gone);
  EXPECT_FALSE(gone->has_value());
  ASSERT_OK(uow->idempotency().Reserve(r));  // a retry may reserve again
  ASSERT_OK(uow->Commit());
}

}  // namespace
}  // namespace sinergi::contract
