#include "http/etag.hpp"

#include <gtest/gtest.h>

namespace sinergi::http {
namespace {

TEST(ETag, IsTheQuotedVersion) {
  EXPECT_EQ(ETagFor(12), "\"12\"");
}

TEST(ParseIfMatch, StrongTagsGiveTheirVersion) {
  EXPECT_EQ(ParseIfMatch("\"3\""), 3);
  EXPECT_EQ(ParseIfMatch("  \"3\"  "), 3);
  EXPECT_EQ(ParseIfMatch("W/\"2\", \"5\""), 5);
  EXPECT_EQ(ParseIfMatch("\"0\""), 0);  // a record not stored yet (an empty directory entry)
}

TEST(ParseIfMatch, AnythingElseNeverMatches) {
  for (std::string_view v : {"3", "W/\"3\"", "\"x\"", "\"-1\"", "\"\"", "\"99999999999999999999\""}) {
    EXPECT_EQ(ParseIfMatch(v), kNoVersion) << v;
  }
}

TEST(ParseIfMatch, EmptyAndStarAreNoPrecondition) {
  EXPECT_EQ(ParseIfMatch(""), std::nullopt);
  EXPECT_EQ(ParseIfMatch(" "), std::nullopt);
  EXPECT_EQ(ParseIfMatch("*"), std::nullopt);
}

TEST(RequiredIfMatchVersion, MissingIsPreconditionRequired) {
  Request req;
  core::Result<std::int64_t> missing = RequiredIfMatchVersion(req);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code(), core::ErrorCode::kPreconditionRequired);
  EXPECT_EQ(missing.error().reason(), "precondition_required");

  req.headers["if-match"] = "\"4\"";
  core::Result<std::int64_t> given = RequiredIfMatchVersion(req);
  ASSERT_TRUE(given.ok());
  EXPECT_EQ(*given, 4);
}

}  // namespace
}  // namespace sinergi::http
