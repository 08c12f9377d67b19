#include "domain/stats_rules.hpp"

#include <gtest/gtest.h>

namespace sinergi::domain {
namespace {

using core::Date;

std::string FirstFieldCode(const core::Result<StatsQuery>& q) {
  if (q.ok() || q.error().fields().empty()) return "";
  return q.error().fields()[0].field + ":" + q.error().fields()[0].code;
}

TEST(StatsRulesTest, ParsesAFullQuery) {
  StatsQueryText text;
  text.group_by = "province, sex";
  text.from = "2025-01-01";
  text.to = "2025-12-31";
  text.case_type = "TPPO";
  text.province = "61";
  text.sex = "PEREMPUAN";
  text.scope = "national";
  auto q = ParseStatsQuery(text);
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->group_by, (std::vector<StatsDimension>{StatsDimension::kProvince, StatsDimension::kSex}));
  EXPECT_EQ(q->filter.from, (Date{2025, 1, 1}));
  EXPECT_EQ(q->filter.to, (Date{2025, 12, 31}));
  EXPECT_EQ(q->filter.case_type, "TPPO");
  EXPECT_EQ(q->filter.region, "61");
  EXPECT_EQ(q->filter.sex, "PEREMPUAN");
  EXPECT_EQ(q->scope, StatsScope::kNational);
  EXPECT_EQ(DescribeStatsQuery(*q),
            "group_by=province,sex from=2025-01-01 to=2025-12-31 case_type=TPPO region=61 sex=PEREMPUAN "
            "scope=national");

  auto empty = ParseStatsQuery({});
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->group_by.empty());
  EXPECT_EQ(empty->scope, StatsScope::kOwn);
}

TEST(StatsRulesTest, RefusesBadParametersNamingTheField) {
  auto parse = [](auto edit) {
    StatsQueryText text;
    edit(text);
    return FirstFieldCode(ParseStatsQuery(text));
  };
  EXPECT_EQ(parse([](StatsQueryText& t) { t.group_by = "province,planet"; }), "group_by:unknown_value");
  EXPECT_EQ(parse([](StatsQueryText& t) { t.group_by = "sex,sex"; }), "group_by:duplicate");
  EXPECT_EQ(parse([](StatsQueryText& t) { t.group_by = "year,province,sex"; }), "group_by:too_many");
  EXPECT_EQ(parse([](StatsQueryText& t) { t.from = "2025-02-30"; }), "from:invalid_format");
  EXPECT_EQ(parse([](StatsQueryText& t) {
              t.from = "2025-02-01";
              t.to = "2025-01-31";
            }),
            "to:before_from");
  EXPECT_EQ(parse([](StatsQueryText& t) { t.case_type = "ROBBERY"; }), "case_type:unknown_code");
  EXPECT_EQ(parse([](StatsQueryText& t) { t.sex = "P"; }), "sex:unknown_code");
  EXPECT_EQ(parse([](StatsQueryText& t) { t.province = "6"; }), "province:invalid_format");
  EXPECT_EQ(parse([](StatsQueryText& t) { t.regency = "6171"; }), "regency:invalid_format");
  EXPECT_EQ(parse([](StatsQueryText& t) {
              t.province = "61";
              t.regency = "33.74";
            }),
            "regency:outside_province");
  EXPECT_EQ(parse([](StatsQueryText& t) { t.scope = "everything"; }), "scope:unknown_value");
}

TEST(StatsRulesTest, PublicFiguresStopAtProvinces) {
  StatsQueryText text;
  text.group_by = "regency";
  auto q = ParseStatsQuery(text);
  ASSERT_TRUE(q.ok());
  auto errors = ValidatePublicQuery(*q);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "group_by");
  EXPECT_EQ(errors[0].code, "not_public");
  text = {};
  text.regency = "61.71";
  errors = ValidatePublicQuery(*ParseStatsQuery(text));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "regency");
  text = {};
  text.group_by = "province,month";
  text.province = "61";
  EXPECT_TRUE(ValidatePublicQuery(*ParseStatsQuery(text)).empty());
}

TEST(StatsRulesTest, KeysOfPeriodsAgesAndRegions) {
  EXPECT_EQ(PeriodKey(StatsDimension::kYear, {2025, 8, 17}), "2025");
  EXPECT_EQ(PeriodKey(StatsDimension::kQuarter, {2025, 8, 17}), "2025-Q3");
  EXPECT_EQ(PeriodKey(StatsDimension::kQuarter, {2025, 12, 31}), "2025-Q4");
  EXPECT_EQ(PeriodKey(StatsDimension::kMonth, {2025, 8, 17}), "2025-08");
  EXPECT_EQ(AgeGroupKey(Date{2010, 6, 15}, {2025, 6, 14}), "13-17");  // 14, the day before the 15th birthday
  EXPECT_EQ(AgeGroupKey(Date{2007, 6, 15}, {2025, 6, 15}), "18-24");  // 18 on the birthday
  EXPECT_EQ(AgeGroupKey(Date{1950, 1, 1}, {2025, 1, 1}), "60+");
  EXPECT_EQ(AgeGroupKey(Date{2026, 1, 1}, {2025, 1, 1}), "0-5");  // born after the report: age 0 (core::AgeOn)
  EXPECT_EQ(AgeGroupKey(std::nullopt, {2025, 1, 1}), "");
  EXPECT_EQ(RegionKey(StatsDimension::kProvince, "61.71.02"), "61");
  EXPECT_EQ(RegionKey(StatsDimension::kRegency, "61.71.02"), "61.71");
  EXPECT_EQ(RegionKey(StatsDimension::kRegency, "61"), "");
}

TEST(StatsRulesTest, CategoriesListEveryKnownValueThenWhatWasMetWithUnknownLast) {
  const StatsRegions regions{{"33", "61"}, {"33.74", "61.71", "61.72"}};
  StatsFilter filter;
  EXPECT_EQ(StatsCategories(StatsDimension::kProvince, filter, regions, {"", "61"}),
            (std::vector<std::string>{"33", "61", ""}));
  filter.region = "61";
  EXPECT_EQ(StatsCategories(StatsDimension::kRegency, filter, regions, {"61.71"}),
            (std::vector<std::string>{"61.71", "61.72"}));
  EXPECT_EQ(StatsCategories(StatsDimension::kProvince, filter, regions, {"61"}), (std::vector<std::string>{"61"}));
  filter = {};
  filter.from = Date{2025, 11, 15};
  filter.to = Date{2026, 2, 1};
  EXPECT_EQ(StatsCategories(StatsDimension::kMonth, filter, regions, {}),
            (std::vector<std::string>{"2025-11", "2025-12", "2026-01", "2026-02"}));
  filter = {};  // no bounds: the span met, gaps filled
  EXPECT_EQ(StatsCategories(StatsDimension::kQuarter, filter, regions, {"2025-Q4", "2025-Q1"}),
            (std::vector<std::string>{"2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"}));
  EXPECT_EQ(StatsCategories(StatsDimension::kSex, filter, regions, {""}),
            (std::vector<std::string>{"LAKI_LAKI", "PEREMPUAN", ""}));
  filter.sex = "PEREMPUAN";
  EXPECT_EQ(StatsCategories(StatsDimension::kSex, filter, regions, {}), (std::vector<std::string>{"PEREMPUAN"}));
  EXPECT_EQ(StatsCategories(StatsDimension::kAgeGroup, filter, regions, {}).size(), 7u);
  EXPECT_EQ(StatsCategories(StatsDimension::kCountry, filter, regions, {"MY", "ID", "MY"}),
            (std::vector<std::string>{"ID", "MY"}));
}

ports::StatsGroupCount G(std::vector<std::string> keys, std::int64_t cases, std::int64_t victims) {
  return {std::move(keys), cases, victims, 0};
}

TEST(StatsRulesTest, ExactTablesFillTheGridWithZeros) {
  const std::vector<StatsDimension> by{StatsDimension::kProvince, StatsDimension::kSex};
  auto table = BuildStatsTable(by, {{"33", "61"}, {"LAKI_LAKI", "PEREMPUAN"}}, {G({"61", "PEREMPUAN"}, 3, 4)},
                               {{}, 3, 4, 4}, std::nullopt);
  ASSERT_TRUE(table.ok());
  EXPECT_FALSE(table->suppressed);
  ASSERT_EQ(table->rows.size(), 4u);
  EXPECT_EQ(table->rows[0].keys, (std::vector<std::string>{"33", "LAKI_LAKI"}));
  EXPECT_EQ(table->rows[0].cases, 0);
  EXPECT_EQ(table->rows[3].keys, (std::vector<std::string>{"61", "PEREMPUAN"}));
  EXPECT_EQ(table->rows[3].cases, 3);
  EXPECT_EQ(table->rows[3].victims, 4);
  EXPECT_EQ(table->totals.women_and_children, 4);
  EXPECT_EQ(table->suppressed_cells, 0);
}

TEST(StatsRulesTest, SuppressedTablesWithholdSmallCellsAndTheirComplements) {
  const std::vector<StatsDimension> by{StatsDimension::kProvince};
  // 61: 30 cases, 33: 3 cases (small), 51: 20 cases. The 33 cell is primary; the line total is published, so a
  // complement (51, the smallest other) is withheld too.
  auto table = BuildStatsTable(by, {{"33", "51", "61"}}, {G({"33"}, 3, 3), G({"51"}, 20, 25), G({"61"}, 30, 40)},
                               {{}, 53, 68, 50}, 11);
  ASSERT_TRUE(table.ok());
  EXPECT_TRUE(table->suppressed);
  EXPECT_EQ(table->threshold, 11);
  EXPECT_EQ(table->rows[0].cases, std::nullopt);
  EXPECT_EQ(table->rows[1].cases, std::nullopt);
  EXPECT_EQ(table->rows[2].cases, 30);
  EXPECT_EQ(table->rows[0].victims, std::nullopt);
  EXPECT_EQ(table->suppressed_cells, 4);
  EXPECT_EQ(table->totals.cases, 53);
  EXPECT_EQ(table->totals.victims, 68);
  EXPECT_EQ(table->totals.women_and_children, 50);  // 18 others: not small
}

TEST(StatsRulesTest, WomenAndChildrenIsWithheldWhenTheRestIsSmall) {
  // 25 victims of whom 20 are women or children: publishing 20 tells that 5 are adult men.
  auto table = BuildStatsTable({}, {}, {}, {{}, 12, 25, 20}, 11);
  ASSERT_TRUE(table.ok());
  EXPECT_EQ(table->totals.cases, 12);
  EXPECT_EQ(table->totals.victims, 25);
  EXPECT_EQ(table->totals.women_and_children, std::nullopt);
  EXPECT_EQ(table->suppressed_cells, 0);
  // A small total is withheld, and with it women_and_children.
  table = BuildStatsTable({}, {}, {}, {{}, 4, 6, 6}, 11);
  ASSERT_TRUE(table.ok());
  EXPECT_EQ(table->totals.cases, std::nullopt);
  EXPECT_EQ(table->totals.victims, std::nullopt);
  EXPECT_EQ(table->totals.women_and_children, std::nullopt);
  // Zeros are published.
  table = BuildStatsTable({}, {}, {}, {{}, 0, 0, 0}, 11);
  ASSERT_TRUE(table.ok());
  EXPECT_EQ(table->totals.cases, 0);
  EXPECT_EQ(table->totals.women_and_children, 0);
}

TEST(StatsRulesTest, RefusesAGridTooLargeToAnswer) {
  std::vector<std::string> many(kMaxStatsCells / 10 + 1, "x");
  std::vector<std::string> ten(10, "y");
  auto table = BuildStatsTable({StatsDimension::kMonth, StatsDimension::kCountry}, {many, ten}, {}, {}, std::nullopt);
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.error().reason(), "stats.too_many_cells");
}

}  // namespace
}  // namespace sinergi::domain
