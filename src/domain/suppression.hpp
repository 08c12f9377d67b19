#pragma once
// Small-cell suppression of published counts (issue #6, "Privacy-safe publication"): the one place that decides
// which entries of a cross-agency or public table are withheld. Pure and deterministic: same input, same output.
//
// THE MODEL
//   A table is rows x columns of non-negative counts; a one-dimensional table is one row (or one column). Its row
//   totals, column totals and grand total are computed here from the cells, so they are always consistent, and they
//   are treated as PUBLISHED: the stats endpoints answer rows plus totals, and a reader who did not get them here gets
//   them by asking the same question grouped by fewer dimensions. The rule therefore protects the table extended with
//   its totals, (rows + 1) x (columns + 1), and a total is an entry that can be suppressed like a cell. A "line" is a
//   row or a column of that extended table; its last entry (its "head") is the total of the others.
//   In a one-row table the column totals are the cells themselves (likewise the row totals of a one-column table):
//   they always share the cell's fate, and a publisher shows them once.
//   Pass every combination of the categories, 0 where nothing was counted: a query that returns only non-empty
//   groups must be filled in first, because a reader reads a missing row as 0 anyway.
//
// THE RULE, with threshold k >= 1 (configurable; kDefaultSuppressionThreshold = 11, the CTDC choice)
//   1. Primary: every entry, cell or total, with 0 < value < k is suppressed (a row total under k is a small count
//      too).
//   2. Zeros are published and never suppressed. A true zero identifies no one (CTDC and most statistical offices
//      publish them). A zero is never chosen as a complement either: it adds no mass, so a line [3, 0 | 3] with both
//      cells withheld still tells the reader "these two cells hold 3 persons". A published zero can still help a
//      subtraction ([3, 0, 0 | 3]); rule 3 counts published zeros like any published value, so such a small cell
//      gets a non-zero complement or its total is withheld.
//   3. Complementary, repeated until nothing changes (each step only adds suppressions, so it terminates):
//      a. Line sums: in a line whose head is published, the suppressed entries add up (head minus the published
//         entries) to 0 or to at least k; otherwise the smallest non-zero published entry of the line (ties: the
//         first) is withheld. Every such complement is >= k, because every non-zero entry under k is primary.
//      b. No exact recovery: in the bipartite graph with one vertex per line and one edge per suppressed entry,
//         every edge must lie on a cycle. This contains "no line has exactly one suppressed entry" and also closes
//         the leaks that rule alone leaves (two blocks of suppressed cells joined by one cell: each line has two
//         suppressed entries, yet adding the block's rows and subtracting its columns yields the joining cell). An
//         edge on no cycle (a bridge) is repaired by withholding the cheapest path of published non-zero entries
//         that closes a cycle through it: least withheld mass, then fewest entries, then position (Dijkstra).
//
// GUARANTEES
//   G1. No suppressed entry is determined by the published entries and the additivity equations (cells of a row add
//       up to its total, of a column to its total, the totals to the grand total): not by subtraction within a line,
//       not by any linear combination of lines. Proof sketch: the equations form the incidence matrix of the graph
//       of 3b (up to signs of columns); its null space is spanned by the cycles, so an entry is determined exactly
//       when its edge is a bridge. It holds for a reader who also knows the values are non-negative integers:
//       shifting a cycle through the entry by +-1 gives a second such solution because every suppressed entry is
//       >= 1.
//   G2. In every line with a published total, a reader who subtracts the published entries from the total learns a
//       sum of 0 or at least k, never a small aggregate.
//   G3. Every entry with 0 < value < k is suppressed; zeros are never suppressed.
// LIMITS (what this does not protect against)
//   - Interval disclosure: bounds are not enforced. A reader knows that withheld values are >= 1 (zeros are
//     published) and that published non-zero values are >= k, and with non-negativity this can narrow a withheld
//     value, in extreme cases to one value (k = 2 and a 2x2 block of ones). No protection intervals (tau-ARGUS
//     style linear programming) are computed.
//   - Sums over several lines (e.g. block minus block) can be determined and small; G2 covers single lines.
//   - Linked tables: the same persons counted in other published tables (another group_by, period, measure such
//     as cases vs victims) are not coordinated with this one. Publish fixed table layouts.
//   - Tables of three or more dimensions are not supported. A reader who knows how complements are chosen may
//     also reason about them (they are >= k and cheapest).
//   - Attribute disclosure through zeros (all persons of a row share the one non-zero column) is accepted.
//
// COMPLEXITY: with V = rows + columns + 2 lines and E = (rows + 1)(columns + 1) entries, each repair adds at least
//   one suppressed entry, so there are at most E repairs, each O(E + V^2) (bridge search plus dense Dijkstra):
//   O(E * (E + V^2)) in the worst case, far less in practice (a few hundred cells take well under a millisecond).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/result.hpp"

namespace sinergi::domain {

inline constexpr std::int64_t kDefaultSuppressionThreshold = 11;

enum class Disclosure : std::uint8_t {
  kPublished,      // shown as is
  kPrimary,        // 0 < value < k: too small to show
  kComplementary,  // not small itself; withheld so that no small entry can be worked out from the others
};

struct TableEntry {
  std::int64_t value = 0;  // the true count: never show it unless published()
  Disclosure disclosure = Disclosure::kPublished;

  bool suppressed() const { return disclosure != Disclosure::kPublished; }
  // What a reader may see: the value, or nullopt when it is withheld.
  std::optional<std::int64_t> published() const {
    if (suppressed()) return std::nullopt;
    return value;
  }
};

struct SuppressedTable {
  std::vector<std::vector<TableEntry>> cells;  // the input's shape
  std::vector<TableEntry> row_totals;          // one per row
  std::vector<TableEntry> column_totals;       // one per column
  TableEntry grand_total;
  std::size_t suppressed_cells = 0;   // cells (not totals) withheld, primary or complementary: the API's
                                      // "suppressed_cells"
  std::size_t suppressed_totals = 0;  // row, column and grand totals withheld
};

// Applies the rule above to `cells` (row-major: cells[row][column]; all rows the same length; no rows = an empty
// table). Errors (kInvalid): "suppression.invalid_threshold" (k < 1), "suppression.ragged_table",
// "suppression.negative_count", "suppression.count_overflow" (the grand total does not fit in 64 bits).
core::Result<SuppressedTable> SuppressSmallCells(const std::vector<std::vector<std::int64_t>>& cells,
                                                 std::int64_t k = kDefaultSuppressionThreshold);

}  // namespace sinergi::domain
