#include "http/server_access_log.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace sinergi::http::detail {
namespace {

TEST(AccessLogTest, RedactsLongDigitRunsOnly) {
  EXPECT_EQ(RedactPath("/api/v1/reference/nik/3273010101900001"), "/api/v1/reference/nik/<redacted>");
  EXPECT_EQ(RedactPath("/a/123456789012/b/12345678901"), "/a/<redacted>/b/12345678901");
  EXPECT_EQ(RedactPath("/api/v1/persons/01HXYZ2026"), "/api/v1/persons/01HXYZ2026");
  EXPECT_EQ(RedactPath(""), "");
}

TEST(AccessLogTest, LineIsOneJsonObjectWithEscapedStrings) {
  AccessRecord r;
  r.method = "GET";
  r.path = "/we\"ird\n\\path";
  r.route = "static";
  r.status = 200;
  r.duration_ms = 12.34567;
  r.bytes = 99;
  r.correlation_id = "abc";
  const std::string line = AccessLine(r);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  auto obj = boost::json::parse(line).as_object();
  EXPECT_EQ(obj.size(), 10u);
  EXPECT_EQ(obj.at("path"), "/we\"ird\n\\path");
  EXPECT_EQ(obj.at("msg"), "request");
  EXPECT_EQ(obj.at("level"), "info");
  EXPECT_EQ(obj.at("status"), 200);
  EXPECT_EQ(obj.at("bytes"), 99);
  EXPECT_NE(line.find("\"duration_ms\":12.346,"), std::string::npos) << line;
  EXPECT_EQ(obj.at("ts").as_string().size(), 24u);  // 2026-11-22T03:04:05.123Z
}

}  // namespace
}  // namespace sinergi::http::detail
