#include "app/csv.hpp"

#include <gtest/gtest.h>

namespace sinergi::app {
namespace {

TEST(CsvTest, ParsesPlainAndQuotedFields) {
  auto rows = ParseCsv("code,name\n11,Aceh\n31,\"Daerah Khusus Ibukota Jakarta, \"\"DKI\"\"\"\r\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"code", "name"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"11", "Aceh"}));
  EXPECT_EQ(rows[2], (std::vector<std::string>{"31", "Daerah Khusus Ibukota Jakarta, \"DKI\""}));
}

TEST(CsvTest, KeepsEmptyFieldsAndLastLineWithoutNewline) {
  auto rows = ParseCsv("a,,c\nx,y,");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"a", "", "c"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"x", "y", ""}));
}

TEST(CsvTest, QuotedNewlineStaysInField) {
  auto rows = ParseCsv("\"a\nb\",c\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][0], "a\nb");
}

}  // namespace
}  // namespace sinergi::app
