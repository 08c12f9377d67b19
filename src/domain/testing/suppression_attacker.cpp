#include "domain/testing/suppression_attacker.hpp"

#include <algorithm>
#include <utility>

namespace sinergi::domain::test_doubles {
namespace {

using Pos = std::pair<std::size_t, std::size_t>;

// A line of the grid: its positions in order, the last being its total (coefficient -1, the others +1, sum 0).
struct Line {
  std::vector<Pos> entries;
  std::int64_t Coefficient(std::size_t t) const { return t + 1 == entries.size() ? -1 : 1; }
};

std::vector<Line> LinesOf(const PublishedGrid& grid) {
  const std::size_t height = grid.size();
  const std::size_t width = height == 0 ? 0 : grid.front().size();
  std::vector<Line> lines(height + width);
  for (std::size_t i = 0; i < height; ++i) {
    for (std::size_t j = 0; j < width; ++j) {
      lines[i].entries.emplace_back(i, j);
      lines[height + j].entries.emplace_back(i, j);
    }
  }
  return lines;
}

const std::optional<std::int64_t>& At(const PublishedGrid& grid, Pos p) {
  return grid[p.first][p.second];
}

constexpr std::int64_t kPrime = 2'147'483'647;  // 2^31 - 1: products of two residues fit in 64 bits

std::int64_t Mod(std::int64_t v) {
  const std::int64_t r = v % kPrime;
  return r < 0 ? r + kPrime : r;
}

std::int64_t Inverse(std::int64_t a) {  // a^(p-2) by Fermat
  std::int64_t result = 1;
  std::int64_t base = a;
  for (std::int64_t e = kPrime - 2; e > 0; e >>= 1) {
    if (e & 1) result = result * base % kPrime;
    base = base * base % kPrime;
  }
  return result;
}

// Depth-first search over integer assignments with interval pruning per line. First it finds any solution (the
// reference); then, for each unknown not yet seen to vary, it searches for a solution where that unknown differs
// from the reference. Values are tried nearest to the reference first, so a solution that shifts one cycle of
// unknowns by one is found quickly; an unknown that cannot differ costs an exhaustive search.
class Enumerator {
 public:
  Enumerator(const PublishedGrid& grid, std::int64_t min_value, std::int64_t max_value, std::size_t max_nodes)
      : min_(min_value), max_(max_value), max_nodes_(max_nodes) {
    const std::vector<Line> lines = LinesOf(grid);
    const std::size_t height = grid.size();
    residual_.assign(lines.size(), 0);
    positive_.assign(lines.size(), 0);
    negative_.assign(lines.size(), 0);
    for (std::size_t l = 0; l < lines.size(); ++l) {
      for (std::size_t t = 0; t < lines[l].entries.size(); ++t) {
        const Pos p = lines[l].entries[t];
        const std::int64_t c = lines[l].Coefficient(t);
        if (At(grid, p)) {
          residual_[l] += c * *At(grid, p);
        } else {
          (c > 0 ? positive_ : negative_)[l] += 1;
        }
      }
    }
    for (std::size_t i = 0; i < height; ++i) {
      for (std::size_t j = 0; j < grid[i].size(); ++j) {
        if (At(grid, {i, j})) continue;
        const std::int64_t row_coefficient = j + 1 == grid[i].size() ? -1 : 1;
        const std::int64_t column_coefficient = i + 1 == height ? -1 : 1;
        unknowns_.push_back({{i, j}, {i, height + j}, {row_coefficient, column_coefficient}});
      }
    }
    value_.assign(unknowns_.size(), 0);
    varies_.assign(unknowns_.size(), false);
  }

  std::optional<Recovered> Run() {
    if (!Search(0) || aborted_) return std::nullopt;
    reference_ = value_;
    for (std::size_t u = 0; u < unknowns_.size(); ++u) {
      if (varies_[u]) continue;
      excluded_ = u;
      if (Search(0)) {
        for (std::size_t w = 0; w < unknowns_.size(); ++w) varies_[w] = varies_[w] || value_[w] != (*reference_)[w];
      }
      if (aborted_) return std::nullopt;
    }
    Recovered recovered;
    for (std::size_t u = 0; u < unknowns_.size(); ++u) {
      if (!varies_[u]) recovered[unknowns_[u].pos] = (*reference_)[u];
    }
    return recovered;
  }

 private:
  struct Unknown {
    Pos pos;
    std::size_t lines[2];
    std::int64_t coefficients[2];
  };

  bool Feasible(std::size_t l) const {
    const std::int64_t low = residual_[l] + positive_[l] * min_ - negative_[l] * max_;
    const std::int64_t high = residual_[l] + positive_[l] * max_ - negative_[l] * min_;
    return low <= 0 && 0 <= high;
  }

  void Assign(std::size_t u, std::int64_t v, int sign) {
    for (int s = 0; s < 2; ++s) {
      const std::size_t l = unknowns_[u].lines[s];
      const std::int64_t c = unknowns_[u].coefficients[s];
      residual_[l] += sign * c * v;
      (c > 0 ? positive_ : negative_)[l] -= sign;
    }
  }

  bool Try(std::size_t u, std::int64_t v) {
    if (excluded_ == u && reference_ && v == (*reference_)[u]) return false;
    Assign(u, v, 1);
    bool found = false;
    if (Feasible(unknowns_[u].lines[0]) && Feasible(unknowns_[u].lines[1])) {
      value_[u] = v;
      found = Search(u + 1);
    }
    Assign(u, v, -1);
    return found;
  }

  // True when a solution extending the current partial assignment exists; it is then left in value_.
  bool Search(std::size_t u) {
    if (aborted_) return false;
    if (++nodes_ > max_nodes_) {
      aborted_ = true;
      return false;
    }
    if (u == unknowns_.size()) return true;
    std::int64_t low = min_;
    std::int64_t high = max_;
    for (int s = 0; s < 2; ++s) {  // the last unknown of a line is forced: c * v + residual = 0
      const std::size_t l = unknowns_[u].lines[s];
      if (positive_[l] + negative_[l] == 1) {
        const std::int64_t forced = -unknowns_[u].coefficients[s] * residual_[l];
        low = std::max(low, forced);
        high = std::min(high, forced);
      }
    }
    if (low > high) return false;
    const std::int64_t start = reference_ ? std::clamp((*reference_)[u], low, high) : low;
    for (std::int64_t d = 0; start + d <= high || start - d >= low; ++d) {
      if (start + d <= high && Try(u, start + d)) return true;
      if (d > 0 && start - d >= low && Try(u, start - d)) return true;
      if (aborted_) return false;
    }
    return false;
  }

  std::int64_t min_;
  std::int64_t max_;
  std::size_t max_nodes_;
  std::vector<std::int64_t> residual_;  // per line: sum of coefficient * value over known and assigned entries
  std::vector<std::int64_t> positive_;  // per line: unassigned unknowns with coefficient +1
  std::vector<std::int64_t> negative_;  // per line: unassigned unknowns with coefficient -1
  std::vector<Unknown> unknowns_;
  std::vector<std::int64_t> value_;
  std::optional<std::vector<std::int64_t>> reference_;  // the first solution found
  std::optional<std::size_t> excluded_;                 // the unknown that must differ from the reference
  std::vector<bool> varies_;
  std::size_t nodes_ = 0;
  bool aborted_ = false;
};

}  // namespace

PublishedGrid Publish(const SuppressedTable& table) {
  const std::size_t rows = table.cells.size();
  const std::size_t columns = table.column_totals.size();
  PublishedGrid grid(rows + 1, std::vector<std::optional<std::int64_t>>(columns + 1));
  for (std::size_t i = 0; i < rows; ++i) {
    for (std::size_t j = 0; j < columns; ++j) grid[i][j] = table.cells[i][j].published();
    grid[i][columns] = table.row_totals[i].published();
  }
  for (std::size_t j = 0; j < columns; ++j) grid[rows][j] = table.column_totals[j].published();
  grid[rows][columns] = table.grand_total.published();
  return grid;
}

PublishedGrid PublishWithheld(const std::vector<std::vector<std::int64_t>>& cells,
                              const std::vector<std::pair<std::size_t, std::size_t>>& withheld) {
  const std::size_t rows = cells.size();
  const std::size_t columns = rows == 0 ? 0 : cells.front().size();
  PublishedGrid grid(rows + 1, std::vector<std::optional<std::int64_t>>(columns + 1, 0));
  for (std::size_t i = 0; i < rows; ++i) {
    for (std::size_t j = 0; j < columns; ++j) {
      grid[i][j] = cells[i][j];
      *grid[i][columns] += cells[i][j];
      *grid[rows][j] += cells[i][j];
      *grid[rows][columns] += cells[i][j];
    }
  }
  for (const auto& [i, j] : withheld) grid[i][j] = std::nullopt;
  return grid;
}

Recovered RecoverBySubtraction(const PublishedGrid& grid) {
  PublishedGrid known = grid;
  const std::vector<Line> lines = LinesOf(grid);
  Recovered recovered;
  for (bool changed = true; changed;) {
    changed = false;
    for (const Line& line : lines) {
      std::optional<std::size_t> unknown;
      std::size_t unknowns = 0;
      std::int64_t sum = 0;  // sum of coefficient * value over the known entries
      for (std::size_t t = 0; t < line.entries.size(); ++t) {
        const auto& v = At(known, line.entries[t]);
        if (v) {
          sum += line.Coefficient(t) * *v;
        } else {
          unknown = t;
          ++unknowns;
        }
      }
      if (unknowns != 1) continue;
      const Pos p = line.entries[*unknown];
      const std::int64_t value = -line.Coefficient(*unknown) * sum;
      known[p.first][p.second] = value;
      recovered[p] = value;
      changed = true;
    }
  }
  return recovered;
}

Recovered RecoverByLinearAlgebra(const PublishedGrid& grid) {
  const std::vector<Line> lines = LinesOf(grid);
  std::map<Pos, std::size_t> column_of;  // unknown position -> matrix column
  std::vector<Pos> unknowns;
  for (std::size_t i = 0; i < grid.size(); ++i) {
    for (std::size_t j = 0; j < grid[i].size(); ++j) {
      if (!grid[i][j]) {
        column_of[{i, j}] = unknowns.size();
        unknowns.emplace_back(i, j);
      }
    }
  }
  const std::size_t m = unknowns.size();
  std::vector<std::vector<std::int64_t>> a;  // one equation per line; column m holds the right-hand side
  for (const Line& line : lines) {
    std::vector<std::int64_t> equation(m + 1, 0);
    std::int64_t known = 0;
    for (std::size_t t = 0; t < line.entries.size(); ++t) {
      const auto& v = At(grid, line.entries[t]);
      if (v) {
        known += line.Coefficient(t) * *v;
      } else {
        equation[column_of[line.entries[t]]] = Mod(line.Coefficient(t));
      }
    }
    equation[m] = Mod(-known);
    a.push_back(std::move(equation));
  }
  std::vector<std::pair<std::size_t, std::size_t>> pivots;  // (row, column) of the reduced row echelon form
  std::size_t r = 0;
  for (std::size_t c = 0; c < m && r < a.size(); ++c) {
    std::size_t p = r;
    while (p < a.size() && a[p][c] == 0) ++p;
    if (p == a.size()) continue;
    std::swap(a[p], a[r]);
    const std::int64_t inv = Inverse(a[r][c]);
    for (std::int64_t& x : a[r]) x = x * inv % kPrime;
    for (std::size_t q = 0; q < a.size(); ++q) {
      if (q == r || a[q][c] == 0) continue;
      const std::int64_t f = a[q][c];
      for (std::size_t x = 0; x <= m; ++x) a[q][x] = Mod(a[q][x] - f * a[r][x] % kPrime);
    }
    pivots.emplace_back(r, c);
    ++r;
  }
  // An unknown is determined exactly when its unit vector lies in the row space: in reduced form, when it is a pivot
  // whose row has no other unknown.
  Recovered recovered;
  for (const auto& [row, c] : pivots) {
    bool alone = true;
    for (std::size_t x = 0; x < m && alone; ++x) alone = x == c || a[row][x] == 0;
    if (alone) recovered[unknowns[c]] = a[row][m];
  }
  return recovered;
}

std::optional<Recovered> RecoverByEnumeration(const PublishedGrid& grid, std::int64_t min_value, std::int64_t max_value,
                                              std::size_t max_nodes) {
  return Enumerator(grid, min_value, max_value, max_nodes).Run();
}

std::vector<std::pair<std::size_t, std::int64_t>> SmallLineSums(const PublishedGrid& grid, std::int64_t k) {
  std::vector<std::pair<std::size_t, std::int64_t>> small;
  const std::vector<Line> lines = LinesOf(grid);
  for (std::size_t l = 0; l < lines.size(); ++l) {
    const std::vector<Pos>& entries = lines[l].entries;
    if (entries.empty() || !At(grid, entries.back())) continue;
    std::int64_t hidden = *At(grid, entries.back());
    bool any_unknown = false;
    for (std::size_t t = 0; t + 1 < entries.size(); ++t) {
      if (At(grid, entries[t])) {
        hidden -= *At(grid, entries[t]);
      } else {
        any_unknown = true;
      }
    }
    if (any_unknown && hidden > 0 && hidden < k) small.emplace_back(l, hidden);
  }
  return small;
}

}  // namespace sinergi::domain::test_doubles
