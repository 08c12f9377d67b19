// The anchor file format (audit_anchor_file.hpp): lines read back exactly as written, anything else is refused
// with the line named, and appending never rewrites what is there.
#include "app/audit_anchor_file.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sinergi::app {
namespace {

namespace fs = std::filesystem;
using domain::AuditAnchor;
using ::testing::HasSubstr;

const std::string kHash = "a5fc72cc3213aecf7a2addbfa1e33a957b27ca0c6d809bf11aab3e1e27919819";

AuditAnchor Sample() {
  AuditAnchor a;
  a.period = "2026-11-22";
  a.seq = 42;
  a.entry_id = "01JAUDIT0000000000000000042";
  a.at = core::Timestamp(std::chrono::milliseconds(1'795'391'881'120));
  a.hash = kHash;
  a.entries = 42;
  return a;
}

class AnchorFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = fs::temp_directory_path() /
           ("sinergi_anchor_file_" + std::to_string(::getpid()) + "_" + std::to_string(counter.fetch_add(1)));
    fs::create_directories(dir_);
    path_ = (dir_ / "anchors.jsonl").string();
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string Contents() const {
    std::ifstream in(path_, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  void Write(const std::string& text) const { std::ofstream(path_, std::ios::binary) << text; }

  fs::path dir_;
  std::string path_;
};

TEST(AnchorLine, IsStableJsonWithTheDocumentedKeys) {
  EXPECT_EQ(FormatAnchorLine(Sample()),
            "{\"period\":\"2026-11-22\",\"seq\":42,\"entry_id\":\"01JAUDIT0000000000000000042\","
            "\"at\":\"2026-11-22T23:58:01.120Z\",\"hash\":\"" +
                kHash + "\",\"entries\":42}");
  AuditAnchor open = Sample();
  open.open = true;
  EXPECT_THAT(FormatAnchorLine(open), HasSubstr(",\"entries\":42,\"open\":true}"));
}

TEST(AnchorLine, RoundTrips) {
  for (bool open : {false, true}) {
    AuditAnchor a = Sample();
    a.open = open;
    a.period = open ? "2026-11-22T23Z" : "2026-11-22";
    auto parsed = ParseAnchorLine(FormatAnchorLine(a));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message();
    EXPECT_EQ(*parsed, a);
  }
}

TEST(AnchorLine, RefusesAnythingItWouldNotHaveWritten) {
  const std::string good = FormatAnchorLine(Sample());
  auto replace = [&](const std::string& from, const std::string& to) {
    std::string line = good;
    line.replace(line.find(from), from.size(), to);
    return line;
  };
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "not a JSON object"},
      {"[1]", "not a JSON object"},
      {good.substr(0, good.size() - 5), "not a JSON object"},  // a line cut short
      {replace("\"seq\":42", "\"seq\":\"42\""), "\"seq\""},
      {replace("\"seq\":42", "\"seq\":0"), "\"seq\""},
      {replace("\"entries\":42", "\"entries\":-1"), "\"entries\""},
      {replace("\"period\":\"2026-11-22\"", "\"period\":\"2026-11-31\""), "\"period\""},
      {replace("\"period\":\"2026-11-22\"", "\"period\":\"yesterday\""), "\"period\""},
      {replace("2026-11-22T23:58:01.120Z", "2026-11-22 23:58"), "\"at\""},
      {replace(kHash, kHash.substr(1)), "\"hash\""},
      {replace(kHash, "A" + kHash.substr(1)), "\"hash\""},
      {replace("\"entry_id\":\"01JAUDIT0000000000000000042\"", "\"entry_id\":\"\""), "\"entry_id\""},
      {replace(",\"entries\":42", ""), "\"entries\" is missing"},
      {replace("\"entries\":42", "\"entries\":42,\"note\":\"x\""), "unknown key \"note\""},
      {replace("\"entries\":42", "\"entries\":42,\"open\":1"), "\"open\""},
  };
  for (const auto& [line, why] : cases) {
    auto parsed = ParseAnchorLine(line);
    ASSERT_FALSE(parsed.ok()) << line;
    EXPECT_EQ(parsed.error().reason(), "audit.anchor_file_invalid");
    EXPECT_THAT(parsed.error().message(), HasSubstr(why)) << line;
  }
}

TEST_F(AnchorFileTest, AMissingFileIsEmptyOnlyWhenAllowed) {
  auto empty = ReadAnchorFile(path_, true);
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
  auto missing = ReadAnchorFile(path_, false);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code(), core::ErrorCode::kNotFound);

  ASSERT_TRUE(AppendAnchorFile(path_, {}).ok());  // nothing to append still creates it, for the copy step
  EXPECT_TRUE(fs::exists(path_));
  EXPECT_EQ(Contents(), "");
  auto created = ReadAnchorFile(path_, false);
  ASSERT_TRUE(created.ok());
  EXPECT_TRUE(created->empty());
}

TEST_F(AnchorFileTest, AppendsAndReadsBackInOrder) {
  AuditAnchor second = Sample();
  second.period = "2026-11-23";
  second.seq = 50;
  second.entries = 50;
  second.open = true;
  ASSERT_TRUE(AppendAnchorFile(path_, {Sample()}).ok());
  ASSERT_TRUE(AppendAnchorFile(path_, {}).ok());
  ASSERT_TRUE(AppendAnchorFile(path_, {second}).ok());
  EXPECT_EQ(Contents(), FormatAnchorLine(Sample()) + "\n" + FormatAnchorLine(second) + "\n");
  auto read = ReadAnchorFile(path_, false);
  ASSERT_TRUE(read.ok()) << read.error().message();
  ASSERT_EQ(read->size(), 2U);
  EXPECT_EQ((*read)[0], Sample());
  EXPECT_EQ((*read)[1], second);
}

TEST_F(AnchorFileTest, ALastLineWithoutItsNewlineIsNotJoinedToTheNext) {
  Write(FormatAnchorLine(Sample()));
  ASSERT_TRUE(AppendAnchorFile(path_, {Sample()}).ok());
  auto read = ReadAnchorFile(path_, false);
  ASSERT_TRUE(read.ok()) << read.error().message();
  EXPECT_EQ(read->size(), 2U);
}

TEST_F(AnchorFileTest, AnErrorNamesTheFileAndLine) {
  Write(FormatAnchorLine(Sample()) + "\n\n" + FormatAnchorLine(Sample()) + "\n");
  auto blank = ReadAnchorFile(path_, false);
  ASSERT_FALSE(blank.ok());
  EXPECT_THAT(blank.error().message(), HasSubstr(path_ + " line 2: not a JSON object"));

  Write(FormatAnchorLine(Sample()) + "\n" + FormatAnchorLine(Sample()) + "\n{\"period\":");
  auto cut = ReadAnchorFile(path_, false);
  ASSERT_FALSE(cut.ok());
  EXPECT_THAT(cut.error().message(), HasSubstr(" line 3: "));
}

}  // namespace
}  // namespace sinergi::app
