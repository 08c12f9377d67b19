#include "http/json_write.hpp"

#include <gtest/gtest.h>

namespace sinergi::http {
namespace {

Request WithQuery(std::initializer_list<std::pair<const std::string, std::string>> query) {
  Request req;
  req.query = query;
  return req;
}

TEST(Cursor, RoundTrips) {
  for (std::string key : {"01J9Z8Y7X6W5V4T3S2R1Q0P9N8", "33.74.01", "a"}) {
    std::string cursor = EncodeCursor(key);
    EXPECT_EQ(cursor.find_first_of("+/="), std::string::npos) << cursor;
    core::Result<std::string> back = DecodeCursor(cursor);
    ASSERT_TRUE(back.ok()) << cursor;
    EXPECT_EQ(*back, key);
  }
}

TEST(Cursor, RejectsGarbage) {
  for (std::string_view bad : std::vector<std::string_view>{"", "!!", "a", "abc=", std::string_view("AA\0A", 4)}) {
    core::Result<std::string> r = DecodeCursor(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().reason(), "invalid_parameter");
    ASSERT_EQ(r.error().fields().size(), 1u);
    EXPECT_EQ(r.error().fields()[0].field, "cursor");
  }
  EXPECT_FALSE(DecodeCursor(EncodeCursor("has space")).ok());  // decodes, but is no sort key of ours
}

TEST(ReadPageRequest, DefaultsAndBounds) {
  core::Result<domain::ports::PageRequest> page = ReadPageRequest(WithQuery({}));
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->limit, 50);
  EXPECT_FALSE(page->after.has_value());

  page = ReadPageRequest(WithQuery({{"limit", "200"}, {"cursor", EncodeCursor("k1")}}));
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->limit, 200);
  EXPECT_EQ(page->after, "k1");

  for (std::string bad : {"0", "201", "-1", "1.5", "", "ten", "5x"}) {
    core::Result<domain::ports::PageRequest> r = ReadPageRequest(WithQuery({{"limit", bad}}));
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().fields().at(0).field, "limit");
  }
}

TEST(PageToJson, NextCursorIsNullOnTheLastPage) {
  domain::ports::Page<std::string> page{{"a", "b"}, std::nullopt};
  auto to_json = [](const std::string& s) { return boost::json::value(s); };
  EXPECT_EQ(ToJsonText(PageToJson(page, to_json)), R"({"items":["a","b"],"next_cursor":null})");
  page.next_after = "b";
  EXPECT_EQ(PageToJson(page, to_json).at("next_cursor"), boost::json::value(EncodeCursor("b")));
}

TEST(ChangeRecordToJson, ValuesAreJsonAgain) {
  domain::ChangeRecord record;
  record.changes = {{"full_name", "\"A\"", "\"B\""}, {"skills", std::nullopt, "[\"las\"]"}};
  boost::json::object o = ChangeRecordToJson(record);
  EXPECT_EQ(ToJsonText(o.at("changes")),
            R"([{"field":"full_name","before":"A","after":"B"},{"field":"skills","before":null,"after":["las"]}])");
}

}  // namespace
}  // namespace sinergi::http
