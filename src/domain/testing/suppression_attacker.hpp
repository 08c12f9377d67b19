#pragma once
// TEST SUPPORT. An attacker against published, suppressed tables (domain/suppression.hpp), for tests only: given
// only what a reader sees (the published cells and totals, nothing where an entry is withheld) it tries to work out
// withheld values. Used by domain/suppression_test.cpp; a test of a stats endpoint can feed it the published table.
// Each attack is independent of how suppression chose its entries, so it checks the rule rather than restating it.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "domain/suppression.hpp"

namespace sinergi::domain::test_doubles {

// What a reader sees: the table extended with its totals, (rows + 1) x (columns + 1); the last row holds the column
// totals, the last column the row totals, the corner the grand total; nullopt = withheld. Each row of the grid
// (cells then total) and each column (cells then total) is a "line": its last entry is the sum of the others.
using PublishedGrid = std::vector<std::vector<std::optional<std::int64_t>>>;

// Grid position (row, column) -> the value the attack worked out.
using Recovered = std::map<std::pair<std::size_t, std::size_t>, std::int64_t>;

// The grid a reader of `table` sees.
PublishedGrid Publish(const SuppressedTable& table);
// The grid of the true values with exactly the positions in `withheld` blanked (to attack a naive publication).
PublishedGrid PublishWithheld(const std::vector<std::vector<std::int64_t>>& cells,
                              const std::vector<std::pair<std::size_t, std::size_t>>& withheld);

// Attack 1, subtraction: solve every line with exactly one unknown entry, feed the value into the crossing line,
// repeat until nothing changes.
Recovered RecoverBySubtraction(const PublishedGrid& grid);

// Attack 2, linear algebra: every unknown that the additivity equations of all lines determine, whatever combination
// of lines it takes. Gauss-Jordan elimination over the prime field GF(2^31 - 1); exact, because the coefficient
// matrix is a bipartite incidence matrix up to column signs, hence totally unimodular, so its rank over that field
// equals its rank over the rationals. Values must be below 2^31 - 1.
Recovered RecoverByLinearAlgebra(const PublishedGrid& grid);

// Attack 3, enumeration: every assignment of integers in [min_value, max_value] to the unknowns that satisfies every
// line; returns the unknowns that take a single value across all of them. Independent of any theory, but
// exponential: for small tables. nullopt when no assignment exists or the search exceeds `max_nodes`.
// min_value = 0 models a reader who knows counts are non-negative; 1 one who also knows zeros are never withheld.
std::optional<Recovered> RecoverByEnumeration(const PublishedGrid& grid, std::int64_t min_value, std::int64_t max_value,
                                              std::size_t max_nodes = 20'000'000);

// Small aggregates: lines whose total is published and that hold unknowns adding up (total minus published
// entries) to a value in (0, k). Returns (line, sum), lines numbered as grid rows 0..rows, then grid columns.
std::vector<std::pair<std::size_t, std::int64_t>> SmallLineSums(const PublishedGrid& grid, std::int64_t k);

}  // namespace sinergi::domain::test_doubles
