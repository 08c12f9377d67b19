// The case and victim counts (ports::StatsRepository; domain/stats.hpp says what is counted) against one known
// fixture: five persons, five cases across two provinces, two years and abroad, a person who is a victim in two
// cases, a party who is not a victim, a determined screening. Runs on every backend and the in-memory fake, so the
// SQL and the test double cannot drift apart.
#include "tests/contract/stats_contract.hpp"

namespace sinergi::contract {
namespace {

TEST_P(StatsContract, TotalsCountCasesAndDistinctVictimsWomenAndChildren) {
  std::vector<StatsGroupCount> all = Count({});
  ASSERT_EQ(all.size(), 1u);
  EXPECT_TRUE(all[0].keys.empty());
  EXPECT_EQ(all[0].cases, 5);
  EXPECT_EQ(all[0].victims, 5);             // the woman of two cases once; the suspect not at all
  EXPECT_EQ(all[0].women_and_children, 3);  // the woman, the girl, the boy

  StatsCountQuery q = Year2025({});
  q.filter.case_type = "TPPO";
  q.filter.region = "61";
  std::vector<StatsGroupCount> kalbar = Count(q);
  ASSERT_EQ(kalbar.size(), 1u);
  EXPECT_EQ(kalbar[0].cases, 2);
  EXPECT_EQ(kalbar[0].victims, 3);
  EXPECT_EQ(kalbar[0].women_and_children, 2);

  StatsCountQuery none = Year2025({});
  none.filter.case_type = "KEKERASAN_PEREMPUAN";
  std::vector<StatsGroupCount> empty = Count(none);
  ASSERT_EQ(empty.size(), 1u);  // the totals group exists even when nothing matched
  EXPECT_EQ(empty[0].cases, 0);
  EXPECT_EQ(empty[0].victims, 0);
}

TEST_P(StatsContract, GroupsByPlaceAndPeriod) {
  StatsCountQuery q;
  q.group_by = {StatsDimension::kProvince};
  EXPECT_EQ(Grouped(q), (std::map<std::string, Counts>{{"61", {3, 4}}, {"33", {1, 1}}, {"", {1, 0}}}));
  q.group_by = {StatsDimension::kRegency, StatsDimension::kYear};
  EXPECT_EQ(Grouped(q), (std::map<std::string, Counts>{{"61.71|2025", {1, 2}},
                                                       {"61.72|2025", {1, 2}},
                                                       {"33.74|2025", {1, 1}},
                                                       {"61.71|2024", {1, 1}},
                                                       {"|2025", {1, 0}}}));
  q.group_by = {StatsDimension::kQuarter};
  EXPECT_EQ(
      Grouped(q),
      (std::map<std::string, Counts>{
          {"2024-Q4", {1, 1}}, {"2025-Q1", {1, 2}}, {"2025-Q2", {1, 0}}, {"2025-Q3", {1, 2}}, {"2025-Q4", {1, 1}}}));
  q = Year2025({StatsDimension::kMonth, StatsDimension::kCountry});
  EXPECT_EQ(Grouped(q),
            (std::map<std::string, Counts>{
                {"2025-03|ID", {1, 2}}, {"2025-05|MY", {1, 0}}, {"2025-07|ID", {1, 2}}, {"2025-11|ID", {1, 1}}}));
}

TEST_P(StatsContract, VictimAttributesCountACaseInEveryGroupOfItsVictims) {
  StatsCountQuery q = Year2025({StatsDimension::kSex});
  EXPECT_EQ(Grouped(q), (std::map<std::string, Counts>{{"PEREMPUAN", {2, 2}}, {"LAKI_LAKI", {2, 2}}, {"", {1, 0}}}));
  q.group_by = {StatsDimension::kCaseType, StatsDimension::kAgeGroup};
  EXPECT_EQ(Grouped(q), (std::map<std::string, Counts>{{"TPPO|25-44", {2, 1}},
                                                       {"TPPO|13-17", {1, 1}},
                                                       {"TPPO|45-59", {1, 1}},
                                                       {"TPPO|", {1, 0}},
                                                       {"PMI_BERMASALAH|25-44", {1, 1}},
                                                       {"PMI_BERMASALAH|45-59", {1, 1}},
                                                       {"KEKERASAN_ANAK|13-17", {1, 1}}}));
  q = Year2025({StatsDimension::kDetermination});
  q.filter.region = "61";
  EXPECT_EQ(Grouped(q), (std::map<std::string, Counts>{{"KORBAN_TPPO", {1, 1}}, {"", {2, 3}}}));
}

TEST_P(StatsContract, SexFilterKeepsCasesWithSuchAVictimAndOnlyThoseVictims) {
  StatsCountQuery q;
  q.filter.sex = "PEREMPUAN";
  std::vector<StatsGroupCount> women = Count(q);
  ASSERT_EQ(women.size(), 1u);
  EXPECT_EQ(women[0].cases, 2);
  EXPECT_EQ(women[0].victims, 2);
  EXPECT_EQ(women[0].women_and_children, 2);
}

TEST_P(StatsContract, CountsOnlyCasesInTheScopeAsTheCaseListDoes) {
  StatsCountQuery q;
  q.group_by = {StatsDimension::kProvince};
  q.scope = domain::ListScope{};
  q.scope.owner_agency_id = "agency-kalbar";
  EXPECT_EQ(Grouped(q), (std::map<std::string, Counts>{{"61", {3, 4}}}));
  q.scope = domain::ListScope{};
  q.scope.region = "33";
  EXPECT_EQ(Grouped(q), (std::map<std::string, Counts>{{"33", {1, 1}}}));
  q.scope = domain::ListScope{};  // no clause: nothing
  EXPECT_TRUE(Grouped(q).empty());
}

TEST_P(StatsContract, TheCaseListOfAProvinceHoldsTheCasesItsFiguresCount) {
  // The drill-down from a province row to the case list: the same cases (region "61" covers "61.71.01").
  domain::ports::CaseFilter filter;
  filter.region = "61";
  auto uow = Read();
  auto page = uow->cases().List(filter, {.limit = 50, .after = std::nullopt});
  ASSERT_OK(page);
  EXPECT_EQ(page->items.size(), 3u);
  filter.region = "61.71";
  page = uow->cases().List(filter, {.limit = 50, .after = std::nullopt});
  ASSERT_OK(page);
  EXPECT_EQ(page->items.size(), 2u);
  filter.region = "6";  // not a prefix of "61.71" in the dotted sense
  page = uow->cases().List(filter, {.limit = 50, .after = std::nullopt});
  ASSERT_OK(page);
  EXPECT_TRUE(page->items.empty());
}

}  // namespace
}  // namespace sinergi::contract
