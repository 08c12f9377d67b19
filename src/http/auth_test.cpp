// Authentication at the HTTP edge: credentials from a bearer token or the session cookie, CSRF for cookie
// writes, and default deny in the router (a route nobody marked public is protected). Runs the server's
// Dispatch() over a real AuthService backed by the in-memory test double of the ports.
#include "http/auth.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "core/crypto.hpp"
#include "domain/testing/in_memory_database.hpp"
#include "http/server_dispatch.hpp"

namespace sinergi::http {
namespace {

using domain::test_doubles::InMemoryDatabase;
using domain::test_doubles::SequentialIdGenerator;

constexpr const char* kPassword = "Kopi-Tubruk-Pagi-42";

Response Echo(Request& req) {
  Response res;
  res.content_type = "text/plain";
  res.body = req.actor.id + "|" + req.actor.ip + "|" + (req.principal ? req.principal->user.username : "-");
  return res;
}

Request Req(Method method, std::string path) {
  Request r;
  r.method = method;
  r.path = path;
  r.target = std::move(path);
  r.correlation_id = "test-correlation";
  r.remote_ip = "10.0.0.7";
  r.actor.id = "anonymous";
  return r;
}

std::string CodeOf(const Response& res) {
  return std::string(boost::json::parse(res.body).as_object().at("code").as_string());
}

class AuthEdgeTest : public ::testing::Test {
 protected:
  AuthEdgeTest()
      : clock_(core::Timestamp(std::chrono::milliseconds(1'800'000'000'000))),
        auth_(db_, clock_, ids_, domain::AuthOptions{}) {
    db_.MutateForTest([](domain::test_doubles::InMemoryState& state) {
      domain::Agency agency;
      agency.id = "agency-1";
      agency.code = "BP3MI-JATENG";
      agency.name = "BP3MI Jawa Tengah";
      agency.type = "BP3MI";
      state.agencies[agency.id] = agency;
      domain::User user;
      user.id = "user-1";
      user.username = "petugas";
      user.display_name = "Petugas";
      user.agency_id = agency.id;
      user.roles = {"CASE_WORKER"};
      user.password_hash = core::HashPassword(kPassword).value();
      state.users[user.id] = user;
    });
    router_.SetAuthenticator(MakeAuthenticator(auth_));
    router_.Add(Method::kGet, "/api/v1/dummy", Echo);  // not marked: protected by default
    router_.Add(Method::kPost, "/api/v1/dummy", Echo);
    router_.Add(Method::kGet, "/api/v1/open", Echo, RouteAccess::kPublic);
  }

  domain::LoginResult SignIn() {
    domain::LoginRequest login;
    login.username = "petugas";
    login.password = kPassword;
    login.ip = "10.0.0.7";
    auto result = auth_.Login(login);
    EXPECT_TRUE(result.ok()) << result.error().message();
    return *result;
  }

  Response Send(Request req) { return detail::Dispatch(router_, nullptr, req).response; }

  InMemoryDatabase db_;
  core::ManualClock clock_;
  SequentialIdGenerator ids_;
  domain::AuthService auth_;
  Router router_;
};

TEST(CredentialsTest, BearerWinsOverCookie) {
  Request req;
  req.headers["authorization"] = "Bearer abc";
  req.headers["cookie"] = "sinergi_session=xyz";
  Credentials c = CredentialsOf(req);
  EXPECT_EQ(c.source, CredentialSource::kBearer);
  EXPECT_EQ(c.token, "abc");
}

TEST(CredentialsTest, CookieAmongOthersAndOtherSchemesIgnored) {
  Request req;
  req.headers["authorization"] = "Basic dXNlcjpwYXNz";
  req.headers["cookie"] = "theme=dark; sinergi_csrf=c1;  sinergi_session=tok-1 ; lang=id";
  Credentials c = CredentialsOf(req);
  EXPECT_EQ(c.source, CredentialSource::kCookie);
  EXPECT_EQ(c.token, "tok-1");
  EXPECT_EQ(CookieValue(req, "sinergi_csrf"), "c1");
  EXPECT_EQ(CookieValue(req, "missing"), std::nullopt);
}

TEST(CredentialsTest, NoneWithoutTokenOrCookie) {
  Request req;
  req.headers["authorization"] = "Bearer   ";
  req.headers["cookie"] = "sinergi_session=";
  EXPECT_EQ(CredentialsOf(req).source, CredentialSource::kNone);
}

TEST(DefaultDenyTest, RouterWithoutAuthenticatorRefusesUnmarkedRoutes) {
  // A route someone forgot to mark, on a router nobody gave an authenticator: still protected.
  Router router;
  router.Add(Method::kGet, "/api/v1/forgotten", Echo);
  router.Add(Method::kGet, "/api/v1/public", Echo, RouteAccess::kPublic);
  Request req = Req(Method::kGet, "/api/v1/forgotten");
  Response res = detail::Dispatch(router, nullptr, req).response;
  EXPECT_EQ(res.status, 401);
  EXPECT_EQ(CodeOf(res), "auth.required");
  ASSERT_NE(res.FindHeader("WWW-Authenticate"), nullptr);

  Request open = Req(Method::kGet, "/api/v1/public");
  EXPECT_EQ(detail::Dispatch(router, nullptr, open).response.status, 200);
}

TEST_F(AuthEdgeTest, AnonymousRequestToUnmarkedRouteIs401) {
  Response res = Send(Req(Method::kGet, "/api/v1/dummy"));
  EXPECT_EQ(res.status, 401);
  EXPECT_EQ(CodeOf(res), "auth.required");
  ASSERT_NE(res.FindHeader("WWW-Authenticate"), nullptr);
  EXPECT_EQ(*res.FindHeader("WWW-Authenticate"), "Bearer");
}

TEST_F(AuthEdgeTest, PublicRouteNeedsNoCredentials) {
  Response res = Send(Req(Method::kGet, "/api/v1/open"));
  EXPECT_EQ(res.status, 200);
  EXPECT_EQ(res.body, "anonymous||-");
}

TEST_F(AuthEdgeTest, BearerTokenSetsActorAndPrincipal) {
  domain::LoginResult login = SignIn();
  Request req = Req(Method::kGet, "/api/v1/dummy");
  req.headers["authorization"] = "Bearer " + login.token;
  Response res = Send(req);
  EXPECT_EQ(res.status, 200);
  EXPECT_EQ(res.body, "user-1|10.0.0.7|petugas");
}

TEST_F(AuthEdgeTest, UnknownOrRevokedTokenIs401InvalidToken) {
  Request req = Req(Method::kGet, "/api/v1/dummy");
  req.headers["authorization"] = "Bearer " + core::RandomToken();
  Response res = Send(req);
  EXPECT_EQ(res.status, 401);
  EXPECT_EQ(CodeOf(res), "auth.session_invalid");
  EXPECT_EQ(*res.FindHeader("WWW-Authenticate"), "Bearer error=\"invalid_token\"");
}

TEST_F(AuthEdgeTest, ExpiredSessionIs401) {
  domain::LoginResult login = SignIn();
  clock_.Set(clock_.Now() + std::chrono::hours(1));  // past the 30-minute idle timeout
  Request req = Req(Method::kGet, "/api/v1/dummy");
  req.headers["authorization"] = "Bearer " + login.token;
  Response res = Send(req);
  EXPECT_EQ(res.status, 401);
  EXPECT_EQ(CodeOf(res), "auth.session_expired");
}

TEST_F(AuthEdgeTest, CookieReadsNeedNoCsrfToken) {
  domain::LoginResult login = SignIn();
  Request req = Req(Method::kGet, "/api/v1/dummy");
  req.headers["cookie"] = "sinergi_session=" + login.token;
  EXPECT_EQ(Send(req).status, 200);
}

TEST_F(AuthEdgeTest, CookieWritesNeedTheSessionsCsrfToken) {
  domain::LoginResult login = SignIn();
  Request missing = Req(Method::kPost, "/api/v1/dummy");
  missing.headers["cookie"] = "sinergi_session=" + login.token + "; sinergi_csrf=" + login.csrf_token;
  Response refused = Send(missing);
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(CodeOf(refused), "csrf_failed");

  Request wrong = missing;
  wrong.headers["x-csrf-token"] = core::RandomToken();
  EXPECT_EQ(Send(wrong).status, 403);

  Request right = missing;
  right.headers["x-csrf-token"] = login.csrf_token;
  Response ok = Send(right);
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(ok.body, "user-1|10.0.0.7|petugas");
}

TEST_F(AuthEdgeTest, BearerWritesNeedNoCsrfToken) {
  domain::LoginResult login = SignIn();
  Request req = Req(Method::kPost, "/api/v1/dummy");
  req.headers["authorization"] = "Bearer " + login.token;
  EXPECT_EQ(Send(req).status, 200);
}

TEST_F(AuthEdgeTest, LoggedOutSessionNoLongerAuthenticates) {
  domain::LoginResult login = SignIn();
  domain::Principal principal{login.user, login.agency, login.session};
  ASSERT_TRUE(auth_.Logout(principal.ToActor("c", "10.0.0.7")).ok());
  Request req = Req(Method::kGet, "/api/v1/dummy");
  req.headers["authorization"] = "Bearer " + login.token;
  EXPECT_EQ(Send(req).status, 401);
}

}  // namespace
}  // namespace sinergi::http
