// WithIdempotency against the in-memory test double of the ports.
#include "http/idempotency.hpp"

#include <gtest/gtest.h>

#include "domain/auth_service.hpp"
#include "domain/identity_service.hpp"
#include "domain/journey_service.hpp"
#include "domain/registry_service.hpp"
#include "domain/testing/in_memory_database.hpp"
#include "http/metrics.hpp"

namespace sinergi::http {
namespace {

using domain::test_doubles::InMemoryDatabase;
using domain::test_doubles::SequentialIdGenerator;
constexpr std::string_view kRoute = "POST /api/v1/persons";

class IdempotencyTest : public ::testing::Test {
 protected:
  IdempotencyTest()
      : clock_(core::Timestamp(std::chrono::milliseconds(1'800'000'000'000))),
        registry_(db_, clock_, ids_, regions_),
        journeys_(db_, clock_, ids_),
        auth_(db_, clock_, ids_, domain::AuthOptions{}),
        identity_(db_, clock_, ids_),
        access_(db_, clock_, ids_),
        deps_{registry_, journeys_, auth_, identity_, access_, db_, regions_, clock_, metrics_} {}

  Request Post(std::string body, std::optional<std::string> key = "key-1") {
    Request req;
    req.method = Method::kPost;
    req.path = "/api/v1/persons";
    req.body = std::move(body);
    req.actor.id = "tester";
    if (key) req.headers["idempotency-key"] = *key;
    return req;
  }

  // A create that counts its runs and answers `status` with a body naming the run.
  Response Run(Request req, int status = 201) {
    return WithIdempotency(req, deps_, kRoute, [this, status](Request&) {
      ++runs_;
      Response res;
      res.status = status;
      res.body = "{\"run\":" + std::to_string(runs_) + "}";
      res.SetHeader("Location", "/api/v1/persons/p" + std::to_string(runs_));
      res.SetHeader("ETag", "\"1\"");
      return res;
    });
  }

  std::optional<domain::ports::IdempotencyRecord> Stored(const std::string& key) {
    auto state = db_.SnapshotForTest();
    auto it = state.idempotency.find({"tester " + std::string(kRoute), key});
    if (it == state.idempotency.end()) return std::nullopt;
    return it->second;
  }

  InMemoryDatabase db_;
  core::ManualClock clock_;
  SequentialIdGenerator ids_;
  domain::RegionDirectory regions_;
  domain::RegistryService registry_;
  domain::JourneyService journeys_;
  domain::AuthService auth_;
  domain::IdentityService identity_;
  domain::AccessService access_;
  Metrics metrics_;
  ApiDeps deps_;
  int runs_ = 0;
};

TEST_F(IdempotencyTest, WithoutKeyJustRuns) {
  EXPECT_EQ(Run(Post("{}", std::nullopt)).status, 201);
  EXPECT_EQ(Run(Post("{}", std::nullopt)).status, 201);
  EXPECT_EQ(runs_, 2);
}

TEST_F(IdempotencyTest, SameKeyAndBodyReplays) {
  Response first = Run(Post("{\"a\":1}"));
  Response second = Run(Post("{\"a\":1}"));
  EXPECT_EQ(runs_, 1);
  EXPECT_EQ(second.status, 201);
  EXPECT_EQ(second.body, first.body);
  ASSERT_NE(second.FindHeader("Location"), nullptr);
  EXPECT_EQ(*second.FindHeader("Location"), "/api/v1/persons/p1");
  ASSERT_NE(second.FindHeader("ETag"), nullptr);
  ASSERT_NE(second.FindHeader("Idempotent-Replayed"), nullptr);
  EXPECT_EQ(first.FindHeader("Idempotent-Replayed"), nullptr);
}

TEST_F(IdempotencyTest, SameKeyOtherBodyIsRefused) {
  (void)Run(Post("{\"a\":1}"));
  Response other = Run(Post("{\"a\":2}"));
  EXPECT_EQ(other.status, 422);
  EXPECT_NE(other.body.find("idempotency_key_reused"), std::string::npos);
  EXPECT_EQ(runs_, 1);
}

TEST_F(IdempotencyTest, FailureReleasesTheKey) {
  EXPECT_EQ(Run(Post("{}"), 422).status, 422);
  EXPECT_FALSE(Stored("key-1").has_value());
  EXPECT_EQ(Run(Post("{}")).status, 201);
  EXPECT_EQ(runs_, 2);
  ASSERT_TRUE(Stored("key-1").has_value());
  EXPECT_TRUE(Stored("key-1")->completed);
}

TEST_F(IdempotencyTest, InProgressIsConflictUntilStale) {
  Request req = Post("{}");
  // Simulate a first request that reserved the key and is still running (or died).
  (void)WithIdempotency(req, deps_, kRoute, [this](Request& inner) {
    Response nested = Run(inner);
    EXPECT_EQ(nested.status, 409);
    EXPECT_NE(nested.body.find("idempotency_in_progress"), std::string::npos);
    clock_.Set(clock_.Now() + std::chrono::seconds(61));
    Response takeover = Run(inner);
    EXPECT_EQ(takeover.status, 201);
    return Response{500, "application/json", {}, {}};
  });
  EXPECT_EQ(runs_, 1);
  // The late failure of the first request must not undo the completed takeover.
  ASSERT_TRUE(Stored("key-1").has_value());
  EXPECT_TRUE(Stored("key-1")->completed);
  EXPECT_EQ(Run(Post("{}")).FindHeader("Idempotent-Replayed") != nullptr, true);
}

TEST_F(IdempotencyTest, InvalidKeysAreBadRequests) {
  for (const std::string& key : std::vector<std::string>{"", "has space", std::string(201, 'k'), "tab\tkey"}) {
    EXPECT_EQ(Run(Post("{}", key)).status, 400) << key;
  }
  EXPECT_EQ(Run(Post("{}", std::string(200, 'k'))).status, 201);
}

TEST_F(IdempotencyTest, KeysAreScopedByActorAndPath) {
  (void)Run(Post("{}"));
  Request other_actor = Post("{}");
  other_actor.actor.id = "someone-else";
  EXPECT_EQ(Run(other_actor).status, 201);
  EXPECT_EQ(runs_, 2);
}

}  // namespace
}  // namespace sinergi::http
