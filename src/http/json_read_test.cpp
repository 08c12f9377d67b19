#include "http/json_read.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace sinergi::http {
namespace {

boost::json::object Obj(std::string_view text) {
  return boost::json::parse(text).as_object();
}

TEST(ParseJsonObject, RejectsMalformedAndNonObjects) {
  EXPECT_TRUE(ParseJsonObject(R"({"a": 1})").ok());
  for (std::string_view bad : {"", "{", "[1]", "42", "\"x\"", "{\"a\": 1} trailing"}) {
    core::Result<boost::json::object> r = ParseJsonObject(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().reason(), "malformed_json") << bad;
  }
}

TEST(JsonReader, ReadsTypedFieldsAndTreatsNullAsAbsent) {
  boost::json::object o = Obj(R"({"s": "x", "b": true, "i": 7, "d": "2024-02-29", "a": ["p", "q"], "n": null})");
  JsonReader r(o);
  EXPECT_EQ(r.OptString("s"), "x");
  EXPECT_EQ(r.OptBool("b"), true);
  EXPECT_EQ(r.OptInt("i"), 7);
  EXPECT_EQ(r.OptDate("d"), (core::Date{2024, 2, 29}));
  EXPECT_EQ(r.StringArray("a"), (std::vector<std::string>{"p", "q"}));
  EXPECT_EQ(r.OptString("n"), std::nullopt);
  EXPECT_EQ(r.OptString("missing"), std::nullopt);
  EXPECT_TRUE(r.Finish().ok());
}

TEST(JsonReader, UnknownFieldsWinAndAreEachNamed) {
  boost::json::object o = Obj(R"({"full_name": 5, "x": 1, "y": 2})");
  JsonReader r(o);
  (void)r.OptString("full_name");
  core::Status s = r.Finish();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().reason(), "unknown_field");
  std::vector<std::string> fields;
  for (const auto& f : s.error().fields()) fields.push_back(f.field + ":" + f.code);
  EXPECT_EQ(fields, (std::vector<std::string>{"full_name:invalid_type", "x:unknown_field", "y:unknown_field"}));
}

TEST(JsonReader, TypeErrorsBeforeValueErrors) {
  boost::json::object o = Obj(R"({"skills": ["a", 1], "d": "2023-02-29"})");
  JsonReader r(o);
  (void)r.StringArray("skills");
  (void)r.OptDate("d");
  (void)r.ReqString("name");
  core::Status s = r.Finish();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().reason(), "invalid_type");
  ASSERT_EQ(s.error().fields().size(), 3u);
  EXPECT_EQ(s.error().fields()[0].field, "skills[1]");
  EXPECT_EQ(s.error().fields()[1].code, "invalid_format");
  EXPECT_EQ(s.error().fields()[2].code, "required");
}

TEST(JsonReader, ValueErrorsAreValidationFailures) {
  boost::json::object o = Obj(R"({"d": "12-01-2020"})");
  JsonReader r(o);
  (void)r.OptDate("d");
  (void)r.ReqString("full_name");
  core::Status s = r.Finish();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code(), core::ErrorCode::kInvalid);
  EXPECT_EQ(s.error().reason(), "validation_failed");
}

TEST(JsonReader, NestedObjectsUseJsonPaths) {
  boost::json::object o = Obj(R"({"documents": [{"code": "PASPOR"}, {"code": 1, "colour": "red"}, 3]})");
  JsonReader r(o);
  std::vector<std::string> codes;
  r.ObjectArray("documents", [&codes](JsonReader& item) { codes.push_back(item.ReqString("code")); });
  core::Status s = r.Finish();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().reason(), "unknown_field");
  std::vector<std::string> fields;
  for (const auto& f : s.error().fields()) fields.push_back(f.field + ":" + f.code);
  EXPECT_EQ(fields, (std::vector<std::string>{"documents[1].code:invalid_type", "documents[1].colour:unknown_field",
                                              "documents[2]:invalid_type"}));
  EXPECT_EQ(codes, (std::vector<std::string>{"PASPOR", ""}));
}

TEST(ApplyMergePatch, FollowsRfc7396) {
  // The examples of RFC 7396 Appendix A that involve objects.
  boost::json::value target = boost::json::parse(R"({"a": "b", "c": {"d": "e", "f": "g"}, "k": [1, 2]})");
  ApplyMergePatch(target, boost::json::parse(R"({"a": "z", "c": {"f": null}, "k": [3], "n": {"m": null}})"));
  EXPECT_EQ(target, boost::json::parse(R"({"a": "z", "c": {"d": "e"}, "k": [3], "n": {}})"));

  boost::json::value scalar = boost::json::parse(R"({"a": {"b": "c"}})");
  ApplyMergePatch(scalar, boost::json::parse(R"({"a": {"b": "d", "c": null}})"));
  EXPECT_EQ(scalar, boost::json::parse(R"({"a": {"b": "d"}})"));

  boost::json::value replaced = boost::json::parse(R"({"a": "foo"})");
  ApplyMergePatch(replaced, boost::json::parse(R"(["x"])"));
  EXPECT_EQ(replaced, boost::json::parse(R"(["x"])"));
}

}  // namespace
}  // namespace sinergi::http
