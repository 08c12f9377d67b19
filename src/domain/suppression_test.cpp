#include "domain/suppression.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <random>
#include <set>
#include <utility>
#include <vector>

#include "domain/testing/suppression_attacker.hpp"

namespace sinergi::domain {
namespace {

using test_doubles::Publish;
using test_doubles::PublishWithheld;
using test_doubles::RecoverByEnumeration;
using test_doubles::RecoverByLinearAlgebra;
using test_doubles::RecoverBySubtraction;
using test_doubles::Recovered;
using test_doubles::SmallLineSums;
using Table = std::vector<std::vector<std::int64_t>>;
using Pos = std::pair<std::size_t, std::size_t>;
using Grid = std::vector<std::vector<TableEntry>>;

SuppressedTable Suppress(const Table& cells, std::int64_t k = kDefaultSuppressionThreshold) {
  core::Result<SuppressedTable> result = SuppressSmallCells(cells, k);
  if (!result) {
    ADD_FAILURE() << result.error().reason();
    return {};
  }
  return std::move(result).value();
}

// The output extended with its totals, laid out like the attacker's grid.
Grid Extend(const SuppressedTable& t) {
  const std::size_t rows = t.cells.size();
  const std::size_t columns = t.column_totals.size();
  Grid grid(rows + 1, std::vector<TableEntry>(columns + 1));
  for (std::size_t i = 0; i < rows; ++i) {
    for (std::size_t j = 0; j < columns; ++j) grid[i][j] = t.cells[i][j];
    grid[i][columns] = t.row_totals[i];
  }
  for (std::size_t j = 0; j < columns; ++j) grid[rows][j] = t.column_totals[j];
  grid[rows][columns] = t.grand_total;
  return grid;
}

std::set<Pos> Withheld(const SuppressedTable& t, Disclosure why) {
  std::set<Pos> out;
  const Grid grid = Extend(t);
  for (std::size_t i = 0; i < grid.size(); ++i) {
    for (std::size_t j = 0; j < grid[i].size(); ++j) {
      if (grid[i][j].disclosure == why) out.emplace(i, j);
    }
  }
  return out;
}

// Every invariant of the rule, and every attack fails. Positions are in the extended grid (totals last).
void ExpectSafe(const Table& input, const SuppressedTable& out, std::int64_t k) {
  const std::size_t rows = input.size();
  const std::size_t columns = rows == 0 ? 0 : input.front().size();
  ASSERT_EQ(out.cells.size(), rows);
  ASSERT_EQ(out.row_totals.size(), rows);
  ASSERT_EQ(out.column_totals.size(), columns);
  const Grid grid = Extend(out);
  std::vector<std::int64_t> row_sum(rows + 1, 0);
  std::vector<std::int64_t> column_sum(columns + 1, 0);
  std::size_t cells = 0;
  std::size_t totals = 0;
  for (std::size_t i = 0; i <= rows; ++i) {
    for (std::size_t j = 0; j <= columns; ++j) {
      const TableEntry& e = grid[i][j];
      SCOPED_TRACE(testing::Message() << "entry (" << i << ", " << j << ") = " << e.value);
      if (i < rows && j < columns) {
        EXPECT_EQ(e.value, input[i][j]);
        row_sum[i] += e.value;
        column_sum[j] += e.value;
      }
      EXPECT_EQ(e.disclosure == Disclosure::kPrimary, e.value > 0 && e.value < k);  // G3
      if (e.disclosure == Disclosure::kComplementary) {
        EXPECT_GE(e.value, k);
      }
      if (e.value == 0) {
        EXPECT_FALSE(e.suppressed());
      }
      if (e.suppressed()) ++(i < rows && j < columns ? cells : totals);
    }
  }
  for (std::size_t i = 0; i < rows; ++i) {
    EXPECT_EQ(out.row_totals[i].value, row_sum[i]);
    row_sum[rows] += row_sum[i];
  }
  for (std::size_t j = 0; j < columns; ++j) EXPECT_EQ(out.column_totals[j].value, column_sum[j]);
  EXPECT_EQ(out.grand_total.value, row_sum[rows]);
  EXPECT_EQ(out.suppressed_cells, cells);
  EXPECT_EQ(out.suppressed_totals, totals);
  // The rule as the issue states it: no line (with its total) holds exactly one withheld entry.
  for (std::size_t i = 0; i <= rows; ++i) {
    std::size_t n = 0;
    for (std::size_t j = 0; j <= columns; ++j) n += grid[i][j].suppressed() ? 1 : 0;
    EXPECT_NE(n, 1u) << "row " << i;
  }
  for (std::size_t j = 0; j <= columns; ++j) {
    std::size_t n = 0;
    for (std::size_t i = 0; i <= rows; ++i) n += grid[i][j].suppressed() ? 1 : 0;
    EXPECT_NE(n, 1u) << "column " << j;
  }
  const test_doubles::PublishedGrid published = Publish(out);
  EXPECT_EQ(RecoverBySubtraction(published), Recovered{});    // G1
  EXPECT_EQ(RecoverByLinearAlgebra(published), Recovered{});  // G1
  EXPECT_TRUE(SmallLineSums(published, k).empty());           // G2
}

TEST(SuppressionTest, SingleSmallCellIsHiddenInTheCheapestRectangle) {
  const Table table = {{3, 20, 30}, {25, 40, 50}, {35, 45, 60}};
  const SuppressedTable out = Suppress(table);
  ExpectSafe(table, out, 11);
  EXPECT_EQ(Withheld(out, Disclosure::kPrimary), (std::set<Pos>{{0, 0}}));
  EXPECT_EQ(Withheld(out, Disclosure::kComplementary), (std::set<Pos>{{0, 1}, {1, 0}, {1, 1}}));
  EXPECT_EQ(out.suppressed_cells, 4u);
  EXPECT_EQ(out.suppressed_totals, 0u);
  EXPECT_EQ(out.cells[0][0].published(), std::nullopt);
  EXPECT_EQ(out.cells[2][2].published(), 60);
}

TEST(SuppressionTest, SmallCellsInOneRowAndOneColumn) {
  const Table table = {{4, 6, 30, 40}, {7, 50, 60, 70}, {80, 90, 100, 110}};
  const SuppressedTable out = Suppress(table);
  ExpectSafe(table, out, 11);
  EXPECT_EQ(Withheld(out, Disclosure::kPrimary), (std::set<Pos>{{0, 0}, {0, 1}, {1, 0}}));
  // Row 0's primaries add up to 10 < k: its smallest cell (30) joins them; column 1's lone 6 takes 50; then 30 is
  // alone in column 2 and 60 closes the cycle through it.
  EXPECT_EQ(Withheld(out, Disclosure::kComplementary), (std::set<Pos>{{0, 2}, {1, 1}, {1, 2}}));
}

TEST(SuppressionTest, ComplementsCascadeAroundZerosThroughTheWholeTable) {
  // Zeros cannot be complements, so the only cheap cycle through the 3 runs through every non-zero cell.
  const Table table = {{3, 20, 0}, {0, 30, 25}, {40, 0, 35}};
  const SuppressedTable out = Suppress(table);
  ExpectSafe(table, out, 11);
  EXPECT_EQ(Withheld(out, Disclosure::kPrimary), (std::set<Pos>{{0, 0}}));
  EXPECT_EQ(Withheld(out, Disclosure::kComplementary), (std::set<Pos>{{0, 1}, {1, 1}, {1, 2}, {2, 0}, {2, 2}}));
  EXPECT_EQ(out.suppressed_totals, 0u);
}

TEST(SuppressionTest, RowTotalBelowKIsItselfSuppressedAndProtected) {
  const Table table = {{2, 3, 0}, {30, 40, 50}, {60, 70, 80}};
  const SuppressedTable out = Suppress(table);
  ExpectSafe(table, out, 11);
  EXPECT_EQ(out.row_totals[0].disclosure, Disclosure::kPrimary);
  // The total column must not hold a lone small total either: the smallest other row total joins it.
  EXPECT_EQ(out.row_totals[1].disclosure, Disclosure::kComplementary);
  EXPECT_EQ(Withheld(out, Disclosure::kComplementary), (std::set<Pos>{{1, 0}, {1, 1}, {1, 3}}));
  EXPECT_EQ(out.suppressed_cells, 4u);
  EXPECT_EQ(out.suppressed_totals, 2u);
  EXPECT_TRUE(out.grand_total.published());
}

TEST(SuppressionTest, AllCellsSmall) {
  const Table tiny = {{1, 2}, {3, 4}};  // even the grand total (10) is under k: nothing is shown
  const SuppressedTable all = Suppress(tiny);
  ExpectSafe(tiny, all, 11);
  EXPECT_EQ(all.suppressed_cells, 4u);
  EXPECT_EQ(all.suppressed_totals, 5u);

  const Table small = {{1, 2}, {3, 9}};  // totals 12, 11 and 15 are not small, yet only the grand total can stay
  const SuppressedTable out = Suppress(small);
  ExpectSafe(small, out, 11);
  EXPECT_EQ(out.suppressed_cells, 4u);
  EXPECT_TRUE(out.grand_total.published());
}

TEST(SuppressionTest, OneDimensionalTableWithOneSmallCell) {
  const Table row = {{5, 20, 30, 40}};
  const SuppressedTable out = Suppress(row);
  ExpectSafe(row, out, 11);
  EXPECT_EQ(out.cells[0][0].disclosure, Disclosure::kPrimary);
  EXPECT_EQ(out.cells[0][1].disclosure, Disclosure::kComplementary);  // the smallest other cell
  EXPECT_EQ(out.suppressed_cells, 2u);
  EXPECT_EQ(out.row_totals[0].published(), 95);
  for (std::size_t j = 0; j < 4; ++j) {  // in one row the column totals are the cells
    EXPECT_EQ(out.column_totals[j].suppressed(), out.cells[0][j].suppressed()) << j;
  }

  const Table column = {{5}, {20}, {30}, {40}};
  const SuppressedTable transposed = Suppress(column);
  ExpectSafe(column, transposed, 11);
  EXPECT_EQ(Withheld(transposed, Disclosure::kPrimary), (std::set<Pos>{{0, 0}, {0, 1}}));
  EXPECT_EQ(Withheld(transposed, Disclosure::kComplementary), (std::set<Pos>{{1, 0}, {1, 1}}));
}

TEST(SuppressionTest, OneDimensionalTableWhoseOtherCellsAreZeroLosesItsTotal) {
  const Table lone = {{5, 0, 0}};  // [5, 0, 0 | 5]: the zeros and the total would give the 5 away
  const SuppressedTable out = Suppress(lone);
  ExpectSafe(lone, out, 11);
  EXPECT_FALSE(out.row_totals[0].published());
  EXPECT_FALSE(out.grand_total.published());
  EXPECT_EQ(out.cells[0][1].published(), 0);

  const Table two = {{5, 0, 12}};  // the 12 is the only possible complement; the total 17 can then be shown
  const SuppressedTable both = Suppress(two);
  ExpectSafe(two, both, 11);
  EXPECT_EQ(both.cells[0][2].disclosure, Disclosure::kComplementary);
  EXPECT_EQ(both.row_totals[0].published(), 17);
}

TEST(SuppressionTest, ZerosArePublishedButCannotIsolateASmallCell) {
  const Table table = {{3, 0, 0}, {0, 40, 50}, {60, 0, 70}};
  const SuppressedTable out = Suppress(table);
  ExpectSafe(table, out, 11);
  EXPECT_EQ(out.row_totals[0].disclosure, Disclosure::kPrimary);  // row 0 is [3, 0, 0 | 3]
  EXPECT_EQ(Withheld(out, Disclosure::kComplementary), (std::set<Pos>{{1, 2}, {1, 3}, {2, 0}, {2, 2}}));
  for (const auto& [i, j] : std::vector<Pos>{{0, 1}, {0, 2}, {1, 0}, {2, 1}}) {
    EXPECT_EQ(out.cells[i][j].published(), 0) << i << "," << j;
  }

  const Table zeros = {{0, 0}, {0, 0}};
  const SuppressedTable none = Suppress(zeros);
  ExpectSafe(zeros, none, 11);
  EXPECT_EQ(none.suppressed_cells + none.suppressed_totals, 0u);
}

TEST(SuppressionTest, ThresholdOneSuppressesNothing) {
  const Table table = {{1, 0, 2}, {0, 1, 0}, {3, 0, 1}};
  const SuppressedTable out = Suppress(table, 1);
  ExpectSafe(table, out, 1);
  EXPECT_EQ(out.suppressed_cells + out.suppressed_totals, 0u);
  EXPECT_EQ(kDefaultSuppressionThreshold, 11);
}

TEST(SuppressionTest, TableWithoutSmallCellsIsPublishedWhole) {
  const Table table = {{11, 0, 25}, {40, 12, 0}};
  const SuppressedTable out = Suppress(table);
  ExpectSafe(table, out, 11);
  EXPECT_EQ(out.suppressed_cells + out.suppressed_totals, 0u);
}

// Two blocks of small cells joined by one small cell. Every line holds at least two withheld cells adding up to at
// least k, so the line rule alone is satisfied; yet rows 0-1 minus columns 0-1 give the joining cell (0, 2) away.
const Table kDumbbell = {{6, 7, 8, 20, 25, 30},  {5, 9, 40, 35, 20, 22},   {30, 45, 6, 7, 21, 26},
                         {24, 33, 9, 5, 28, 31}, {50, 60, 70, 80, 90, 99}, {41, 42, 43, 44, 46, 47}};

TEST(SuppressionTest, NaiveLineRuleWouldLeakTheCellJoiningTwoBlocks) {
  const std::vector<Pos> primary = {{0, 0}, {0, 1}, {0, 2}, {1, 0}, {1, 1}, {2, 2}, {2, 3}, {3, 2}, {3, 3}};
  const test_doubles::PublishedGrid naive = PublishWithheld(kDumbbell, primary);
  EXPECT_EQ(RecoverBySubtraction(naive), Recovered{});  // no line has a single unknown
  EXPECT_TRUE(SmallLineSums(naive, 11).empty());
  EXPECT_EQ(RecoverByLinearAlgebra(naive), (Recovered{{{0, 2}, 8}}));
  EXPECT_EQ(RecoverByEnumeration(naive, 0, 100), (Recovered{{{0, 2}, 8}}));

  const SuppressedTable out = Suppress(kDumbbell);
  ExpectSafe(kDumbbell, out, 11);
  EXPECT_EQ(Withheld(out, Disclosure::kPrimary), std::set<Pos>(primary.begin(), primary.end()));
  EXPECT_FALSE(Withheld(out, Disclosure::kComplementary).empty());
  const std::optional<Recovered> brute = RecoverByEnumeration(Publish(out), 0, 100);
  ASSERT_TRUE(brute.has_value());
  EXPECT_EQ(*brute, Recovered{});
}

TEST(SuppressionTest, LineSumsOfWithheldCellsAreNeverSmall) {
  // Withholding the 2x2 block of 3, 4, 50, 60 gives every line two unknowns and determines none, but row 0 then
  // tells the reader "3 + 4 = 7 persons are in the first two columns".
  const Table table = {{3, 4, 100}, {50, 60, 70}, {80, 90, 20}};
  const test_doubles::PublishedGrid block = PublishWithheld(table, {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
  EXPECT_EQ(RecoverByLinearAlgebra(block), Recovered{});
  EXPECT_EQ(SmallLineSums(block, 11), (std::vector<std::pair<std::size_t, std::int64_t>>{{0, 7}}));

  const SuppressedTable out = Suppress(table);
  ExpectSafe(table, out, 11);
  EXPECT_TRUE(out.cells[0][2].suppressed());
}

TEST(SuppressionTest, ExactRecoveryIsPreventedEvenByEnumeratingSmallTables) {
  std::mt19937_64 rng(20250611);
  for (int round = 0; round < 150; ++round) {
    const std::size_t rows = 1 + rng() % 3;
    const std::size_t columns = 1 + rng() % 4;
    Table table(rows, std::vector<std::int64_t>(columns));
    for (auto& row : table) {
      for (auto& v : row) v = rng() % 3 == 0 ? 0 : static_cast<std::int64_t>(1 + rng() % 20);
    }
    const std::int64_t k = 1 + static_cast<std::int64_t>(rng() % 12);
    SCOPED_TRACE(testing::Message() << "round " << round << " k " << k);
    const SuppressedTable out = Suppress(table, k);
    ExpectSafe(table, out, k);
    const std::optional<Recovered> brute = RecoverByEnumeration(Publish(out), 0, out.grand_total.value + 1);
    ASSERT_TRUE(brute.has_value());
    EXPECT_EQ(*brute, Recovered{});
  }
}

TEST(SuppressionTest, RandomTablesSatisfyEveryInvariant) {
  std::mt19937_64 rng(6);
  const std::int64_t thresholds[] = {1, 2, 5, 11, 11, 20};
  for (int round = 0; round < 120; ++round) {
    const std::size_t rows = 1 + rng() % 15;
    const std::size_t columns = 1 + rng() % 20;
    const int zero_percent = static_cast<int>(rng() % 60);
    const int small_percent = static_cast<int>(rng() % 60);
    Table table(rows, std::vector<std::int64_t>(columns));
    for (auto& row : table) {
      for (auto& v : row) {
        const int roll = static_cast<int>(rng() % 100);
        v = roll < zero_percent ? 0 : roll < zero_percent + small_percent ? 1 + rng() % 10 : 1 + rng() % 300;
      }
    }
    const std::int64_t k = thresholds[rng() % 6];
    SCOPED_TRACE(testing::Message() << "round " << round << ": " << rows << "x" << columns << " k " << k);
    ExpectSafe(table, Suppress(table, k), k);
  }
}

TEST(SuppressionTest, ProvinceByCountryScaleTable) {
  std::mt19937_64 rng(38);
  Table table(38, std::vector<std::int64_t>(40));  // 38 provinces x 40 destination countries
  for (auto& row : table) {
    for (auto& v : row) v = rng() % 4 == 0 ? 0 : static_cast<std::int64_t>(rng() % (rng() % 2 == 0 ? 15 : 2000));
  }
  ExpectSafe(table, Suppress(table), 11);
}

TEST(SuppressionTest, SameInputGivesTheSameOutput) {
  std::mt19937_64 rng(7);
  Table table(12, std::vector<std::int64_t>(17));
  for (auto& row : table) {
    for (auto& v : row) v = static_cast<std::int64_t>(rng() % 40);
  }
  const SuppressedTable a = Suppress(table);
  const SuppressedTable b = Suppress(table);
  const Grid ga = Extend(a);
  const Grid gb = Extend(b);
  ASSERT_EQ(ga.size(), gb.size());
  for (std::size_t i = 0; i < ga.size(); ++i) {
    for (std::size_t j = 0; j < ga[i].size(); ++j) {
      EXPECT_EQ(ga[i][j].disclosure, gb[i][j].disclosure) << i << "," << j;
    }
  }
  EXPECT_GT(a.suppressed_cells, 0u);
}

TEST(SuppressionTest, EmptyTables) {
  const SuppressedTable none = Suppress({});
  EXPECT_TRUE(none.cells.empty());
  EXPECT_EQ(none.grand_total.published(), 0);
  const Table empty_rows = {{}, {}};
  const SuppressedTable out = Suppress(empty_rows);
  ExpectSafe(empty_rows, out, 11);
  EXPECT_EQ(out.row_totals.size(), 2u);
}

TEST(SuppressionTest, RejectsInvalidInput) {
  EXPECT_EQ(SuppressSmallCells({{1}}, 0).error().reason(), "suppression.invalid_threshold");
  EXPECT_EQ(SuppressSmallCells({{1, 2}, {3}}).error().reason(), "suppression.ragged_table");
  EXPECT_EQ(SuppressSmallCells({{1, -2}}).error().reason(), "suppression.negative_count");
  const std::int64_t half = std::numeric_limits<std::int64_t>::max() / 2 + 1;
  EXPECT_EQ(SuppressSmallCells({{half}, {half}}).error().reason(), "suppression.count_overflow");
  EXPECT_EQ(SuppressSmallCells({{1}}, 0).error().code(), core::ErrorCode::kInvalid);
}

// LIMIT (documented in suppression.hpp): interval disclosure is not covered. With k = 2 a 2x2 block of ones is
// protected against linear recovery and against a reader who only knows counts are non-negative, but a reader who
// knows that withheld values are at least 1 (zeros are always published) pins every one of them.
TEST(SuppressionTest, LimitKnowingZerosArePublishedCanPinAWithheldBlock) {
  const Table table = {{1, 1, 20}, {1, 1, 20}, {20, 20, 20}};
  const SuppressedTable out = Suppress(table, 2);
  ExpectSafe(table, out, 2);
  EXPECT_EQ(out.suppressed_cells, 4u);
  EXPECT_EQ(RecoverByEnumeration(Publish(out), 0, 200), Recovered{});
  EXPECT_EQ(RecoverByEnumeration(Publish(out), 1, 200),
            (Recovered{{{0, 0}, 1}, {{0, 1}, 1}, {{1, 0}, 1}, {{1, 1}, 1}}));
}

// The attacker's own checks: each attack does recover what a naive publication gives away.
TEST(SuppressionAttackerTest, RecoversALoneWithheldCellInEveryWay) {
  const Table table = {{3, 20, 30}, {25, 40, 50}, {35, 45, 60}};
  const test_doubles::PublishedGrid naive = PublishWithheld(table, {{0, 0}});
  const Recovered expected = {{{0, 0}, 3}};
  EXPECT_EQ(RecoverBySubtraction(naive), expected);
  EXPECT_EQ(RecoverByLinearAlgebra(naive), expected);
  EXPECT_EQ(RecoverByEnumeration(naive, 0, 200), expected);
  EXPECT_EQ(SmallLineSums(naive, 11).size(), 2u);  // row 0 and column 0 each give 3
}

TEST(SuppressionAttackerTest, SubtractionChainsThroughLinesAndTotals) {
  // Withheld: (0,0), (0,1) and row total 0. Column 1 gives (0,1); then row 0 still has two unknowns, but column 0
  // gives (0,0), and then row 0 gives its total.
  const Table table = {{3, 4}, {20, 30}};
  const test_doubles::PublishedGrid naive = PublishWithheld(table, {{0, 0}, {0, 1}, {0, 2}});
  EXPECT_EQ(RecoverBySubtraction(naive), (Recovered{{{0, 0}, 3}, {{0, 1}, 4}, {{0, 2}, 7}}));
  EXPECT_EQ(RecoverByLinearAlgebra(naive), (Recovered{{{0, 0}, 3}, {{0, 1}, 4}, {{0, 2}, 7}}));
}

TEST(SuppressionAttackerTest, CycleOfWithheldCellsDefeatsEveryAttackButIntervals) {
  const Table table = {{12, 15, 30}, {14, 13, 40}, {50, 60, 70}};
  const test_doubles::PublishedGrid rectangle = PublishWithheld(table, {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
  EXPECT_EQ(RecoverBySubtraction(rectangle), Recovered{});
  EXPECT_EQ(RecoverByLinearAlgebra(rectangle), Recovered{});
  EXPECT_EQ(RecoverByEnumeration(rectangle, 0, 200), Recovered{});
  EXPECT_EQ(RecoverByEnumeration(rectangle, 0, 200, 3), std::nullopt);  // budget exhausted
}

}  // namespace
}  // namespace sinergi::domain
