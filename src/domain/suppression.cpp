#include "domain/suppression.hpp"

#include <algorithm>
#include <limits>
#include <string>
#include <tuple>

#include "core/assert.hpp"

namespace sinergi::domain {
namespace {

using core::Error;

struct Pos {
  std::size_t row;
  std::size_t col;
};

// The table extended with its totals: height = rows + 1, width = columns + 1; the last row holds the column totals,
// the last column the row totals. Lines are numbered as graph vertices: rows 0..height-1, then columns.
class Extended {
 public:
  Extended(std::size_t height, std::size_t width)
      : height_(height), width_(width), values_(height * width, 0), states_(height * width, Disclosure::kPublished) {}

  std::size_t height() const { return height_; }
  std::size_t width() const { return width_; }
  std::size_t line_count() const { return height_ + width_; }
  std::size_t LineLength(std::size_t line) const { return line < height_ ? width_ : height_; }
  // The t-th entry of a line; the last one (t = LineLength - 1) is the line's total, its head.
  Pos At(std::size_t line, std::size_t t) const { return line < height_ ? Pos{line, t} : Pos{t, line - height_}; }

  std::int64_t& value(Pos p) { return values_[p.row * width_ + p.col]; }
  std::int64_t value(Pos p) const { return values_[p.row * width_ + p.col]; }
  Disclosure state(Pos p) const { return states_[p.row * width_ + p.col]; }
  bool suppressed(Pos p) const { return state(p) != Disclosure::kPublished; }
  void Suppress(Pos p, Disclosure why) {
    SINERGI_DCHECK(value(p) > 0);  // zeros are never withheld (rule 2)
    states_[p.row * width_ + p.col] = why;
  }

 private:
  std::size_t height_;
  std::size_t width_;
  std::vector<std::int64_t> values_;
  std::vector<Disclosure> states_;
};

// Fail closed: withholding every non-zero entry satisfies every rule (each non-zero cell (i, j) lies on the cycle
// row i - column j - total row - total column). Only reached through a bug.
void SuppressAllNonZero(Extended& t) {
  for (std::size_t i = 0; i < t.height(); ++i) {
    for (std::size_t j = 0; j < t.width(); ++j) {
      if (t.value({i, j}) > 0 && !t.suppressed({i, j})) t.Suppress({i, j}, Disclosure::kComplementary);
    }
  }
}

// Rule 3a. A line with a published head whose withheld entries add up to less than k gets its smallest non-zero
// published entry withheld. When no such entry is left, all non-zero entries are withheld, so their sum equals the
// head, which is then in (0, k) and primary: the fallback is unreachable.
bool ProtectLineSums(Extended& t, std::int64_t k) {
  bool changed = false;
  for (std::size_t line = 0; line < t.line_count(); ++line) {
    const std::size_t body = t.LineLength(line) - 1;
    if (t.suppressed(t.At(line, body))) continue;
    std::int64_t hidden = 0;
    for (std::size_t e = 0; e < body; ++e) {
      if (t.suppressed(t.At(line, e))) hidden += t.value(t.At(line, e));
    }
    while (hidden > 0 && hidden < k) {
      std::optional<Pos> best;
      for (std::size_t e = 0; e < body; ++e) {
        const Pos p = t.At(line, e);
        if (!t.suppressed(p) && t.value(p) > 0 && (!best || t.value(p) < t.value(*best))) best = p;
      }
      if (!best) {
        SINERGI_BUG("suppression: a small line sum has no complement");
        SuppressAllNonZero(t);
        return true;
      }
      t.Suppress(*best, Disclosure::kComplementary);
      hidden += t.value(*best);
      changed = true;
    }
  }
  return changed;
}

// The first suppressed entry (row-major) whose edge is a bridge of the line graph, by Tarjan's low-link search.
std::optional<Pos> FirstBridge(const Extended& t) {
  const std::size_t vertices = t.line_count();
  struct Edge {
    std::size_t to;
    std::size_t id;  // row * width + col
  };
  std::vector<std::vector<Edge>> adjacent(vertices);
  for (std::size_t i = 0; i < t.height(); ++i) {
    for (std::size_t j = 0; j < t.width(); ++j) {
      if (!t.suppressed({i, j})) continue;
      const std::size_t id = i * t.width() + j;
      adjacent[i].push_back({t.height() + j, id});
      adjacent[t.height() + j].push_back({i, id});
    }
  }
  constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> discovered(vertices, 0);  // 0 = not yet visited
  std::vector<std::size_t> low(vertices, 0);
  std::size_t clock = 0;
  std::size_t first = kNone;
  struct Frame {
    std::size_t vertex;
    std::size_t via;  // the edge id that led here, kNone at a root
    std::size_t next = 0;
  };
  std::vector<Frame> stack;
  for (std::size_t root = 0; root < vertices; ++root) {
    if (discovered[root] != 0 || adjacent[root].empty()) continue;
    discovered[root] = low[root] = ++clock;
    stack.push_back({root, kNone});
    while (!stack.empty()) {
      const std::size_t v = stack.back().vertex;
      if (stack.back().next < adjacent[v].size()) {
        const Edge edge = adjacent[v][stack.back().next++];
        if (edge.id == stack.back().via) continue;
        if (discovered[edge.to] == 0) {
          discovered[edge.to] = low[edge.to] = ++clock;
          stack.push_back({edge.to, edge.id});
        } else {
          low[v] = std::min(low[v], discovered[edge.to]);
        }
        continue;
      }
      const Frame done = stack.back();
      stack.pop_back();
      if (stack.empty()) continue;
      const std::size_t parent = stack.back().vertex;
      low[parent] = std::min(low[parent], low[done.vertex]);
      if (low[done.vertex] > discovered[parent]) first = std::min(first, done.via);
    }
  }
  if (first == kNone) return std::nullopt;
  return Pos{first / t.width(), first % t.width()};
}

// Cost of withholding more entries: the withheld mass, then the number of entries (compared in that order).
struct Cost {
  std::int64_t mass = 0;
  std::size_t entries = 0;

  Cost Plus(std::int64_t value) const {
    Cost sum{mass, entries + 1};
    if (__builtin_add_overflow(mass, value, &sum.mass)) sum.mass = std::numeric_limits<std::int64_t>::max();
    return sum;
  }
  friend bool operator<(const Cost& a, const Cost& b) {
    return std::tie(a.mass, a.entries) < std::tie(b.mass, b.entries);
  }
};

// Rule 3b. Closes a cycle through `bridge` with the cheapest path from its row line to its column line that avoids
// it: withheld entries cost nothing, published non-zero entries cost their value, zeros are not usable. Such a path
// always exists: for a cell (i, j) the path row i - total column - total row - column j uses row total i, the grand
// total and column total j, all > 0 because the line holds a withheld (non-zero) entry; totals have like paths.
void ProtectBridge(Extended& t, Pos bridge) {
  const std::size_t vertices = t.line_count();
  const std::size_t source = bridge.row;
  const std::size_t target = t.height() + bridge.col;
  std::vector<std::optional<Cost>> best(vertices);
  std::vector<Pos> via(vertices, Pos{0, 0});
  std::vector<bool> settled(vertices, false);
  best[source] = Cost{};
  while (true) {
    std::optional<std::size_t> v;
    for (std::size_t u = 0; u < vertices; ++u) {
      if (!settled[u] && best[u] && (!v || *best[u] < *best[*v])) v = u;
    }
    if (!v || *v == target) break;
    settled[*v] = true;
    const bool is_row = *v < t.height();
    const std::size_t degree = is_row ? t.width() : t.height();
    for (std::size_t n = 0; n < degree; ++n) {
      const Pos p = is_row ? Pos{*v, n} : Pos{n, *v - t.height()};
      const std::size_t to = is_row ? t.height() + n : n;
      if ((p.row == bridge.row && p.col == bridge.col) || t.value(p) == 0 || settled[to]) continue;
      const Cost cost = t.suppressed(p) ? *best[*v] : best[*v]->Plus(t.value(p));
      if (!best[to] || cost < *best[to]) {
        best[to] = cost;
        via[to] = p;
      }
    }
  }
  if (!best[target]) {
    SINERGI_BUG("suppression: no path closes a cycle through a bridge");
    SuppressAllNonZero(t);
    return;
  }
  for (std::size_t v = target; v != source;) {
    const Pos p = via[v];
    if (!t.suppressed(p)) t.Suppress(p, Disclosure::kComplementary);
    v = v < t.height() ? t.height() + p.col : p.row;
  }
}

}  // namespace

core::Result<SuppressedTable> SuppressSmallCells(const std::vector<std::vector<std::int64_t>>& cells, std::int64_t k) {
  if (k < 1) return Error::Invalid("suppression.invalid_threshold", "The suppression threshold must be at least 1.");
  const std::size_t rows = cells.size();
  const std::size_t columns = rows == 0 ? 0 : cells.front().size();
  Extended t(rows + 1, columns + 1);
  for (std::size_t i = 0; i < rows; ++i) {
    if (cells[i].size() != columns) {
      return Error::Invalid("suppression.ragged_table", "Every row of the table must have the same number of cells.");
    }
    for (std::size_t j = 0; j < columns; ++j) {
      const std::int64_t v = cells[i][j];
      if (v < 0) return Error::Invalid("suppression.negative_count", "Counts cannot be negative.");
      t.value({i, j}) = v;
      // Each total is at most the grand total, so checking the grand total covers them all.
      if (__builtin_add_overflow(t.value({i, columns}), v, &t.value({i, columns})) ||
          __builtin_add_overflow(t.value({rows, j}), v, &t.value({rows, j})) ||
          __builtin_add_overflow(t.value({rows, columns}), v, &t.value({rows, columns}))) {
        return Error::Invalid("suppression.count_overflow", "The table's total is too large.");
      }
    }
  }

  for (std::size_t i = 0; i <= rows; ++i) {
    for (std::size_t j = 0; j <= columns; ++j) {
      if (t.value({i, j}) > 0 && t.value({i, j}) < k) t.Suppress({i, j}, Disclosure::kPrimary);
    }
  }
  // Line sums first: they are local and cheap, and their complements (all >= k) never create a new small sum, so
  // afterwards only bridges remain, each repaired by one cycle.
  while (true) {
    if (ProtectLineSums(t, k)) continue;
    const std::optional<Pos> bridge = FirstBridge(t);
    if (!bridge) break;
    ProtectBridge(t, *bridge);
  }

  SuppressedTable out;
  const auto entry = [&](std::size_t i, std::size_t j) { return TableEntry{t.value({i, j}), t.state({i, j})}; };
  out.cells.resize(rows);
  for (std::size_t i = 0; i < rows; ++i) {
    out.cells[i].reserve(columns);
    for (std::size_t j = 0; j < columns; ++j) {
      out.cells[i].push_back(entry(i, j));
      if (t.suppressed({i, j})) ++out.suppressed_cells;
    }
    out.row_totals.push_back(entry(i, columns));
  }
  for (std::size_t j = 0; j < columns; ++j) out.column_totals.push_back(entry(rows, j));
  out.grand_total = entry(rows, columns);
  for (const TableEntry& e : out.row_totals) out.suppressed_totals += e.suppressed() ? 1 : 0;
  for (const TableEntry& e : out.column_totals) out.suppressed_totals += e.suppressed() ? 1 : 0;
  out.suppressed_totals += out.grand_total.suppressed() ? 1 : 0;
  return out;
}

}  // namespace sinergi::domain
