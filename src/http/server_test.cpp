// Starts the real server on 127.0.0.1:0 and talks to it with a Beast client (STYLE.md §13: hermetic, port 0).
#include "http/server.hpp"

// Asio's inlined scheduler trips GCC 12's -Wnull-dereference at -O2+ (false positive; see server.cpp).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnull-dereference"
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#pragma GCC diagnostic pop
#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/json/parse.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "domain/ports/database.hpp"
#include "http/metrics.hpp"

namespace sinergi::http {
namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
namespace json = boost::json;
using tcp = net::ip::tcp;
using ClientResponse = bhttp::response<bhttp::string_body>;
using ClientRequest = bhttp::request<bhttp::string_body>;

// A blocking HTTP/1.1 client on one connection. Reads time out after 5 s so a server bug fails the test
// instead of hanging it.
class Client {
 public:
  explicit Client(std::uint16_t port) : socket_(ioc_) {
    socket_.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
    timeval tv{5, 0};
    ::setsockopt(socket_.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  }

  ClientResponse Send(ClientRequest req) {
    bhttp::write(socket_, req);
    return Read(req.method() == bhttp::verb::head);
  }

  ClientResponse Read(bool head = false) {
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    parser.skip(head);
    bhttp::read(socket_, buffer_, parser);
    return parser.release();
  }

  // True if the server closed the connection (EOF) rather than timing out or answering.
  bool ClosedByServer() {
    char c = 0;
    beast::error_code ec;
    socket_.read_some(net::buffer(&c, 1), ec);
    return ec == net::error::eof || ec == net::error::connection_reset;
  }

  tcp::socket& socket() { return socket_; }

 private:
  net::io_context ioc_;
  tcp::socket socket_;
  beast::flat_buffer buffer_;
};

ClientRequest Req(bhttp::verb verb, std::string target, std::string body = "") {
  ClientRequest req{verb, target, 11};
  req.set(bhttp::field::host, "127.0.0.1");
  if (!body.empty()) {
    req.set(bhttp::field::content_type, "application/json");
    req.body() = std::move(body);
  }
  req.prepare_payload();
  return req;
}

ClientResponse Get(std::uint16_t port, std::string target) {
  return Client(port).Send(Req(bhttp::verb::get, target));
}

json::object ProblemBody(const ClientResponse& res) {
  EXPECT_EQ(res[bhttp::field::content_type], "application/problem+json");
  return json::parse(res.body()).as_object();
}

Response Text(std::string body) {
  Response r;
  r.content_type = "text/plain";
  r.body = std::move(body);
  return r;
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("sinergi_server_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++));
    std::filesystem::create_directories(dir_ / "web" / "assets");
    Write(dir_ / "web" / "index.html", "<html>sinergi app</html>");
    Write(dir_ / "web" / "assets" / "app.3f2a.js", "console.log(1);");
    Write(dir_ / "secret.txt", "TOP-SECRET");

    // Transport tests: an authenticator that lets every request through (auth_test.cpp covers authentication).
    router_.SetAuthenticator([](Request&) { return std::optional<Response>(); });
    router_.Add(Method::kGet, "/hello", [](Request&) { return Text("hi"); });
    router_.Add(Method::kGet, "/peer", [](Request& req) { return Text(req.remote_ip + "|" + req.actor.ip); });
    router_.Add(Method::kGet, "/echo", [](Request& req) {
      return Text(req.Query("q").value_or("-") + "|" + req.actor.id + "|" + req.correlation_id);
    });
    router_.Add(Method::kPost, "/echo", [](Request& req) { return Text(req.body); });
    router_.Add(Method::kGet, "/items/{id}", [](Request& req) { return Text(req.Param("id")); });
    router_.Add(Method::kGet, "/throw",
                [](Request&) -> Response { throw std::runtime_error("secret internal detail 3273010101900001"); });
    router_.Add(Method::kGet, "/throw-int", [](Request&) -> Response { throw 42; });
    router_.Add(Method::kGet, "/slow", [this](Request&) {
      slow_entered_.set_value();
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      return Text("slow done");
    });
    router_.Add(Method::kGet, "/empty", [](Request&) {
      Response r;
      r.status = 204;
      return r;
    });

    options_.host = "127.0.0.1";
    options_.port = 0;
    options_.threads = 2;
    options_.max_body_bytes = 1024;
    options_.request_timeout = std::chrono::seconds(5);
    options_.drain_timeout = std::chrono::seconds(5);
    options_.web_root = (dir_ / "web").string();
    StartServer();
  }

  void TearDown() override {
    server_.reset();
    std::filesystem::remove_all(dir_);
  }

  void StartServer() {
    server_ = std::make_unique<Server>(options_, router_, metrics_);
    auto port = server_->Start();
    ASSERT_TRUE(port.ok()) << port.error().message();
    port_ = *port;
  }

  static void Write(const std::filesystem::path& p, const std::string& text) { std::ofstream(p) << text; }

  static inline int counter_ = 0;
  std::filesystem::path dir_;
  Router router_;
  Metrics metrics_;
  ServerOptions options_;
  std::unique_ptr<Server> server_;
  std::uint16_t port_ = 0;
  std::promise<void> slow_entered_;
};

TEST_F(ServerTest, RouteAnswers200) {
  auto res = Get(port_, "/hello");
  EXPECT_EQ(res.result_int(), 200);
  EXPECT_EQ(res.body(), "hi");
  EXPECT_EQ(res[bhttp::field::content_type], "text/plain");
  EXPECT_EQ(res["X-Request-Id"].size(), 32u);
  EXPECT_EQ(res.find(bhttp::field::server), res.end());
}

TEST_F(ServerTest, UnknownApiPathIs404Problem) {
  auto res = Get(port_, "/api/v1/nothing");
  EXPECT_EQ(res.result_int(), 404);
  auto body = ProblemBody(res);
  EXPECT_EQ(body.at("code"), "not_found");
  EXPECT_EQ(body.at("status"), 404);
  EXPECT_EQ(body.at("correlation_id").as_string(), res["X-Request-Id"]);
}

TEST_F(ServerTest, WrongMethodIs405WithAllow) {
  Client client(port_);
  auto res = client.Send(Req(bhttp::verb::delete_, "/hello"));
  EXPECT_EQ(res.result_int(), 405);
  EXPECT_EQ(res[bhttp::field::allow], "GET, HEAD");
  EXPECT_EQ(ProblemBody(res).at("code"), "method_not_allowed");

  res = client.Send(Req(bhttp::verb::put, "/echo", "{}"));
  EXPECT_EQ(res.result_int(), 405);
  EXPECT_EQ(res[bhttp::field::allow], "GET, HEAD, POST");
}

TEST_F(ServerTest, OversizedBodyIs413) {
  Client client(port_);
  auto res = client.Send(Req(bhttp::verb::post, "/echo", std::string(4096, 'x')));
  EXPECT_EQ(res.result_int(), 413);
  EXPECT_EQ(ProblemBody(res).at("code"), "payload_too_large");
  EXPECT_FALSE(res.keep_alive());
  EXPECT_TRUE(client.ClosedByServer());
}

TEST_F(ServerTest, LargeOversizedBodyStillGets413NotAReset) {
  // More than the socket buffers hold: the server answers after the header and drains the rest.
  Client client(port_);
  auto res = client.Send(Req(bhttp::verb::post, "/echo", std::string(4 * 1024 * 1024, 'x')));
  EXPECT_EQ(res.result_int(), 413);
}

TEST_F(ServerTest, OversizedHeaderIs431) {
  Client client(port_);
  auto req = Req(bhttp::verb::get, "/hello");
  req.set("X-Big", std::string(20 * 1024, 'a'));
  auto res = client.Send(req);
  EXPECT_EQ(res.result_int(), 431);
  EXPECT_EQ(ProblemBody(res).at("code"), "header_too_large");
}

TEST_F(ServerTest, ExpectContinueWithOversizedLengthIsRefusedBeforeTheBody) {
  Client client(port_);
  const std::string head = "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 999999\r\nExpect: 100-continue\r\n\r\n";
  net::write(client.socket(), net::buffer(head));
  auto res = client.Read();
  EXPECT_EQ(res.result_int(), 413);
}

TEST_F(ServerTest, BodyWithinLimitReachesHandler) {
  auto res = Client(port_).Send(Req(bhttp::verb::post, "/echo", std::string(1024, 'y')));
  EXPECT_EQ(res.result_int(), 200);
  EXPECT_EQ(res.body(), std::string(1024, 'y'));
}

TEST_F(ServerTest, ExpectContinueIsHonoured) {
  Client client(port_);
  const std::string head = "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n";
  net::write(client.socket(), net::buffer(head));
  auto interim = client.Read();
  EXPECT_EQ(interim.result_int(), 100);
  net::write(client.socket(), net::buffer(std::string("hello")));
  auto res = client.Read();
  EXPECT_EQ(res.result_int(), 200);
  EXPECT_EQ(res.body(), "hello");
}

TEST_F(ServerTest, KeepAliveServesTwoRequestsOnOneConnection) {
  Client client(port_);
  auto first = client.Send(Req(bhttp::verb::get, "/hello"));
  auto second = client.Send(Req(bhttp::verb::get, "/items/42"));
  EXPECT_EQ(first.result_int(), 200);
  EXPECT_TRUE(first.keep_alive());
  EXPECT_EQ(second.result_int(), 200);
  EXPECT_EQ(second.body(), "42");
  EXPECT_NE(first["X-Request-Id"], second["X-Request-Id"]);
}

TEST_F(ServerTest, RequestCarriesThePeerAddress) {
  EXPECT_EQ(Get(port_, "/peer").body(), "127.0.0.1|127.0.0.1");
}

TEST_F(ServerTest, SaneClientRequestIdIsEchoedOthersReplaced) {
  Client client(port_);
  auto req = Req(bhttp::verb::get, "/echo");
  req.set("X-Request-Id", "abc-123_x.Y");
  auto res = client.Send(req);
  EXPECT_EQ(res["X-Request-Id"], "abc-123_x.Y");
  EXPECT_EQ(res.body(), "-|anonymous|abc-123_x.Y");

  for (std::string bad : {std::string("bad id!"), std::string(65, 'a'), std::string("a/b")}) {
    req.set("X-Request-Id", bad);
    res = client.Send(req);
    EXPECT_NE(res["X-Request-Id"], bad);
    EXPECT_EQ(res["X-Request-Id"].size(), 32u);
  }
  req.set("X-Request-Id", std::string(64, 'a'));
  EXPECT_EQ(client.Send(req)["X-Request-Id"], std::string(64, 'a'));
}

TEST_F(ServerTest, HandlerExceptionIs500WithCorrelationIdOnly) {
  for (const char* target : {"/throw", "/throw-int"}) {
    auto res = Get(port_, target);
    EXPECT_EQ(res.result_int(), 500) << target;
    const std::string id(res["X-Request-Id"]);
    auto body = ProblemBody(res);
    EXPECT_EQ(body.at("code"), "internal");
    EXPECT_EQ(body.at("correlation_id").as_string(), id);
    EXPECT_EQ(body.at("detail").as_string(),
              "Unexpected error; quote the correlation id " + id + " when reporting it.");
    EXPECT_EQ(res.body().find("secret"), std::string::npos);
    EXPECT_EQ(res.body().find("3273"), std::string::npos);
  }
  EXPECT_EQ(Get(port_, "/hello").result_int(), 200);  // the server survived
}

TEST_F(ServerTest, QueryAndPathAreDecoded) {
  EXPECT_EQ(Get(port_, "/echo?q=a%20b+c&q=second").body().substr(0, 7), "a b c|a");
  EXPECT_EQ(Get(port_, "/items/x%2Fy%20z").body(), "x/y z");
}

TEST_F(ServerTest, BadTargetIs400) {
  auto res = Get(port_, "/items/%zz");
  EXPECT_EQ(res.result_int(), 400);
  EXPECT_EQ(ProblemBody(res).at("code"), "bad_request");
}

TEST_F(ServerTest, MalformedHttpIs400) {
  Client client(port_);
  net::write(client.socket(), net::buffer(std::string("GET /hello HTTP/1.1\r\nBad Header\r\n\r\n")));
  auto res = client.Read();
  EXPECT_EQ(res.result_int(), 400);
  EXPECT_EQ(ProblemBody(res).at("code"), "bad_request");
}

TEST_F(ServerTest, HeadIsGetWithoutBody) {
  auto res = Client(port_).Send(Req(bhttp::verb::head, "/hello"));
  EXPECT_EQ(res.result_int(), 200);
  EXPECT_EQ(res[bhttp::field::content_length], "2");
  EXPECT_TRUE(res.body().empty());
}

TEST_F(ServerTest, NoContentHasNoBodyOrLength) {
  Client client(port_);
  auto res = client.Send(Req(bhttp::verb::get, "/empty"));
  EXPECT_EQ(res.result_int(), 204);
  EXPECT_EQ(res.find(bhttp::field::content_length), res.end());
  EXPECT_EQ(client.Send(Req(bhttp::verb::get, "/hello")).body(), "hi");  // connection still in sync
}

TEST_F(ServerTest, StaticFilesAreServed) {
  auto asset = Get(port_, "/assets/app.3f2a.js");
  EXPECT_EQ(asset.result_int(), 200);
  EXPECT_EQ(asset.body(), "console.log(1);");
  EXPECT_EQ(asset[bhttp::field::content_type], "text/javascript; charset=utf-8");
  EXPECT_NE(asset[bhttp::field::cache_control].find("immutable"), std::string::npos);

  auto index = Get(port_, "/");
  EXPECT_EQ(index.result_int(), 200);
  EXPECT_EQ(index.body(), "<html>sinergi app</html>");
  EXPECT_EQ(index[bhttp::field::content_type], "text/html; charset=utf-8");
  EXPECT_EQ(index[bhttp::field::cache_control], "no-cache");
}

TEST_F(ServerTest, HeadOfStaticFileHasLengthWithoutBody) {
  auto res = Client(port_).Send(Req(bhttp::verb::head, "/assets/app.3f2a.js"));
  EXPECT_EQ(res.result_int(), 200);
  EXPECT_EQ(res[bhttp::field::content_length], "15");
  EXPECT_TRUE(res.body().empty());
}

TEST_F(ServerTest, UnknownClientRouteFallsBackToIndex) {
  auto res = Get(port_, "/persons/01HXYZ/journeys");
  EXPECT_EQ(res.result_int(), 200);
  EXPECT_EQ(res.body(), "<html>sinergi app</html>");

  auto missing = Get(port_, "/assets/missing.png");
  EXPECT_EQ(missing.result_int(), 404);
  EXPECT_EQ(ProblemBody(missing).at("code"), "not_found");
  EXPECT_EQ(Get(port_, "/api/v1/persons/01H").result_int(), 404);  // the API never falls back
}

TEST_F(ServerTest, PathTraversalIsRefused) {
  for (const char* target : {"/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2F..%2Fsecret.txt",
                             "/assets/../../secret.txt", "/..%5csecret.txt", "/a%00b"}) {
    auto res = Get(port_, target);
    EXPECT_EQ(res.result_int(), 400) << target;
    EXPECT_EQ(res.body().find("TOP-SECRET"), std::string::npos) << target;
  }
  // An absolute path smuggled in with "//" stays inside the root: here the app shell answers.
  auto res = Get(port_, "//etc/passwd");
  EXPECT_EQ(res.body(), "<html>sinergi app</html>");
  EXPECT_EQ(Get(port_, "//etc/hostname.txt").result_int(), 404);
}

TEST_F(ServerTest, MetricsAreObservedWithRouteLabels) {
  Get(port_, "/items/1");
  Get(port_, "/items/2");
  Get(port_, "/api/v1/nothing");
  Get(port_, "/assets/app.3f2a.js");
  server_->Stop();  // a request is recorded after its response is written; Stop() waits for that
  auto text = metrics_.RenderPrometheus({});
  SCOPED_TRACE(text);
  EXPECT_NE(text.find(R"(sinergi_http_requests_total{route="/items/{id}",method="GET",status="200"} 2)"),
            std::string::npos);
  EXPECT_NE(text.find(R"(route="unmatched",method="GET",status="404"} 1)"), std::string::npos);
  EXPECT_NE(text.find(R"(route="static",method="GET",status="200"} 1)"), std::string::npos);
}

TEST_F(ServerTest, GracefulStopLetsInFlightRequestFinish) {
  auto entered = slow_entered_.get_future();
  auto response = std::async(std::launch::async, [port = port_] { return Get(port, "/slow"); });
  ASSERT_EQ(entered.wait_for(std::chrono::seconds(5)), std::future_status::ready);

  const auto started = std::chrono::steady_clock::now();
  server_->Stop();
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(4));

  auto res = response.get();
  EXPECT_EQ(res.result_int(), 200);
  EXPECT_EQ(res.body(), "slow done");
  EXPECT_FALSE(res.keep_alive());  // the server says it is closing

  beast::error_code ec;
  net::io_context ioc;
  tcp::socket socket(ioc);
  socket.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port_), ec);
  EXPECT_TRUE(ec) << "still accepting after Stop()";
}

TEST_F(ServerTest, StopClosesIdleKeepAliveConnections) {
  Client idle(port_);
  EXPECT_EQ(idle.Send(Req(bhttp::verb::get, "/hello")).result_int(), 200);
  const auto started = std::chrono::steady_clock::now();
  server_->Stop();
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(2));
  EXPECT_TRUE(idle.ClosedByServer());
}

TEST_F(ServerTest, StopIsIdempotentAndWaitReturns) {
  server_->Stop();
  server_->Stop();
  server_->Wait();
}

TEST_F(ServerTest, StopFromAnotherThreadReleasesWait) {
  std::thread stopper([this] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    server_->Stop();
  });
  server_->Wait();
  stopper.join();
}

TEST_F(ServerTest, BusyPortIsUnavailable) {
  ServerOptions same = options_;
  same.port = port_;
  Server second(same, router_, metrics_);
  auto port = second.Start();
  ASSERT_FALSE(port.ok());
  EXPECT_EQ(port.error().code(), core::ErrorCode::kUnavailable);
}

TEST(ServerAccessLogTest, OneJsonLinePerRequestWithoutQueryOrNik) {
  std::ostringstream lines;
  auto logger = std::make_shared<spdlog::logger>("access", std::make_shared<spdlog::sinks::ostream_sink_mt>(lines));
  logger->set_pattern("%v");
  spdlog::drop("access");
  spdlog::register_logger(logger);

  Router router;
  router.Add(
      Method::kGet, "/api/v1/reference/nik/{nik}", [](Request&) { return Text("ok"); }, RouteAccess::kPublic);
  Metrics metrics;
  ServerOptions options;
  options.port = 0;
  options.threads = 1;
  options.max_body_bytes = 100;
  {
    Server server(options, router, metrics);
    auto port = server.Start();
    ASSERT_TRUE(port.ok());
    Client client(*port);
    auto req = Req(bhttp::verb::get, "/api/v1/reference/nik/3273010101900001?secret=3273010101900001");
    req.set("X-Request-Id", "log-test-1");
    EXPECT_EQ(client.Send(req).result_int(), 200);
    auto too_big = Req(bhttp::verb::post, "/api/v1/reference/nik/3273010101900001", std::string(4096, 'x'));
    too_big.set("X-Request-Id", "log-test-2");
    EXPECT_EQ(Client(*port).Send(too_big).result_int(), 413);
    server.Stop();
  }
  spdlog::drop("access");

  const std::string text = lines.str();
  EXPECT_EQ(text.find("3273010101900001"), std::string::npos) << text;
  EXPECT_EQ(text.find("secret"), std::string::npos) << text;
  auto line = json::parse(text.substr(0, text.find('\n'))).as_object();
  EXPECT_EQ(line.at("level"), "info");
  EXPECT_EQ(line.at("msg"), "request");
  EXPECT_EQ(line.at("method"), "GET");
  EXPECT_EQ(line.at("path"), "/api/v1/reference/nik/<redacted>");
  EXPECT_EQ(line.at("route"), "/api/v1/reference/nik/{nik}");
  EXPECT_EQ(line.at("status"), 200);
  EXPECT_EQ(line.at("bytes"), 2);
  EXPECT_EQ(line.at("correlation_id"), "log-test-1");
  EXPECT_TRUE(line.at("duration_ms").is_number());
  EXPECT_TRUE(line.at("ts").is_string());

  auto refused = json::parse(text.substr(text.find('\n') + 1)).as_object();
  EXPECT_EQ(refused.at("method"), "POST");
  EXPECT_EQ(refused.at("path"), "/api/v1/reference/nik/<redacted>");
  EXPECT_EQ(refused.at("route"), "unmatched");
  EXPECT_EQ(refused.at("status"), 413);
  EXPECT_EQ(refused.at("correlation_id"), "log-test-2");
}

}  // namespace
}  // namespace sinergi::http
