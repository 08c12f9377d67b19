#include "http/router.hpp"

#include <gtest/gtest.h>

namespace sinergi::http {
namespace {

Handler Named(std::string name) {
  return [name](Request&) {
    Response r;
    r.body = name;
    return r;
  };
}

Request Req(Method method, std::string target) {
  Request r;
  r.method = method;
  r.target = std::move(target);
  r.path = r.target.substr(0, r.target.find('?'));
  return r;
}

std::string Call(const Router::Match& m, Request& req) {
  return (*m.handler)(req).body;
}

class RouterTest : public ::testing::Test {
 protected:
  RouterTest() {
    router_.Add(Method::kGet, "/", Named("root"));
    router_.Add(Method::kGet, "/api/v1/persons", Named("list"));
    router_.Add(Method::kPost, "/api/v1/persons", Named("create"));
    router_.Add(Method::kGet, "/api/v1/persons/{id}", Named("get"));
    router_.Add(Method::kPatch, "/api/v1/persons/{id}", Named("patch"));
    router_.Add(Method::kGet, "/api/v1/persons/search", Named("search"));
    router_.Add(Method::kDelete, "/api/v1/persons/{id}/family/{link_id}", Named("unlink"));
  }
  Router router_;
};

TEST_F(RouterTest, MatchesLiteralRoute) {
  auto req = Req(Method::kGet, "/api/v1/persons?limit=5");
  auto m = router_.Find(req);
  ASSERT_TRUE(m && m->handler);
  EXPECT_EQ(m->route, "/api/v1/persons");
  EXPECT_EQ(Call(*m, req), "list");
  EXPECT_TRUE(req.path_params.empty());
}

TEST_F(RouterTest, ChoosesHandlerByMethod) {
  auto req = Req(Method::kPost, "/api/v1/persons");
  auto m = router_.Find(req);
  ASSERT_TRUE(m && m->handler);
  EXPECT_EQ(Call(*m, req), "create");
}

TEST_F(RouterTest, RootPath) {
  auto req = Req(Method::kGet, "/");
  auto m = router_.Find(req);
  ASSERT_TRUE(m && m->handler);
  EXPECT_EQ(Call(*m, req), "root");
}

TEST_F(RouterTest, FillsPathParams) {
  auto req = Req(Method::kDelete, "/api/v1/persons/01HABC/family/01HXYZ");
  auto m = router_.Find(req);
  ASSERT_TRUE(m && m->handler);
  EXPECT_EQ(m->route, "/api/v1/persons/{id}/family/{link_id}");
  EXPECT_EQ(req.Param("id"), "01HABC");
  EXPECT_EQ(req.Param("link_id"), "01HXYZ");
  EXPECT_EQ(req.Param("absent"), "");
}

TEST_F(RouterTest, DecodesEachSegmentAfterSplitting) {
  auto req = Req(Method::kGet, "/api/v1/persons/a%20b%2Fc");
  auto m = router_.Find(req);
  ASSERT_TRUE(m && m->handler);
  EXPECT_EQ(Call(*m, req), "get");
  EXPECT_EQ(req.Param("id"), "a b/c");
}

TEST_F(RouterTest, FallsBackToDecodedPathWithoutTarget) {
  Request req;
  req.method = Method::kGet;
  req.path = "/api/v1/persons/x y";
  auto m = router_.Find(req);
  ASSERT_TRUE(m && m->handler);
  EXPECT_EQ(req.Param("id"), "x y");
}

TEST_F(RouterTest, LiteralSegmentBeatsParameter) {
  auto req = Req(Method::kGet, "/api/v1/persons/search?q=budi");
  auto m = router_.Find(req);
  ASSERT_TRUE(m && m->handler);
  EXPECT_EQ(m->route, "/api/v1/persons/search");
  EXPECT_EQ(Call(*m, req), "search");
  EXPECT_TRUE(req.path_params.empty());
}

TEST_F(RouterTest, KnownPathWithOtherMethodGivesMatchWithoutHandler) {
  auto req = Req(Method::kDelete, "/api/v1/persons");
  auto m = router_.Find(req);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->handler, nullptr);
  EXPECT_EQ(m->route, "/api/v1/persons");
}

TEST_F(RouterTest, MostSpecificTemplateDecidesEvenForOtherMethods) {
  // PATCH exists on /persons/{id}, but "/persons/search" names the search resource, which has no PATCH.
  auto req = Req(Method::kPatch, "/api/v1/persons/search");
  auto m = router_.Find(req);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->handler, nullptr);
  EXPECT_EQ(m->route, "/api/v1/persons/search");
}

TEST_F(RouterTest, HeadUsesGetHandler) {
  auto req = Req(Method::kHead, "/api/v1/persons/01H");
  auto m = router_.Find(req);
  ASSERT_TRUE(m && m->handler);
  EXPECT_EQ(Call(*m, req), "get");
}

TEST_F(RouterTest, UnknownPathGivesNullopt) {
  for (const char* target :
       {"/api/v1/nothing", "/api/v1/persons/01H/extra", "/api/v1/persons/", "/api/v1", "/api/v1/persons//family/x"}) {
    auto req = Req(Method::kGet, target);
    EXPECT_FALSE(router_.Find(req).has_value()) << target;
  }
}

TEST_F(RouterTest, EmptySegmentNeverFillsParameter) {
  auto req = Req(Method::kDelete, "/api/v1/persons//family/x");
  EXPECT_FALSE(router_.Find(req).has_value());
}

TEST_F(RouterTest, ClearsStaleParams) {
  auto req = Req(Method::kGet, "/api/v1/persons");
  req.path_params["id"] = "stale";
  ASSERT_TRUE(router_.Find(req).has_value());
  EXPECT_TRUE(req.path_params.empty());
}

TEST(RouterDeathTest, DuplicateRouteIsAWiringBug) {
  Router router;
  router.Add(Method::kGet, "/x", Named("a"));
  EXPECT_DEATH(router.Add(Method::kGet, "/x", Named("b")), "check failed");
}

}  // namespace
}  // namespace sinergi::http
