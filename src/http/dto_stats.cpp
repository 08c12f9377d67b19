// Stats JSON and export rows (dto_stats.hpp).
#include "http/dto_stats.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

namespace sinergi::http {
namespace {

bool HasName(domain::StatsDimension d) {
  return d == domain::StatsDimension::kProvince || d == domain::StatsDimension::kRegency;
}

std::string NameField(domain::StatsDimension d) {
  return std::string(domain::ToString(d)) + "_name";
}

// The region's name, or "" when the key is unknown or not in the reference data.
std::string RegionName(const std::string& key, const domain::RegionDirectory& regions) {
  if (key.empty()) return "";
  const domain::Region* region = regions.Find(key);
  return region != nullptr ? region->name : "";
}

boost::json::value Figure(const domain::StatsFigure& figure) {
  if (!figure) return nullptr;
  return *figure;
}

boost::json::value KeyOrNull(const std::string& key) {
  if (key.empty()) return nullptr;
  return boost::json::string(key);
}

// A non-empty query parameter, or nullopt.
std::optional<std::string> QueryText(const Request& req, const std::string& name) {
  std::optional<std::string> value = req.Query(name);
  if (value && value->empty()) return std::nullopt;
  return value;
}

ExportCell FigureCell(const domain::StatsFigure& figure) {
  if (!figure) return std::monostate{};
  return *figure;
}

}  // namespace

domain::StatsQueryText StatsQueryTextFrom(const Request& req) {
  domain::StatsQueryText text;
  text.group_by = QueryText(req, "group_by");
  text.from = QueryText(req, "from");
  text.to = QueryText(req, "to");
  text.case_type = QueryText(req, "case_type");
  text.province = QueryText(req, "province");
  text.regency = QueryText(req, "regency");
  text.sex = QueryText(req, "sex");
  text.scope = QueryText(req, "scope");
  return text;
}

boost::json::object StatsTableToJson(const domain::StatsTable& table, const domain::RegionDirectory& regions) {
  boost::json::array rows;
  for (const domain::StatsRow& row : table.rows) {
    boost::json::object o;
    for (std::size_t i = 0; i < table.group_by.size(); ++i) {
      const domain::StatsDimension d = table.group_by[i];
      o[domain::ToString(d)] = KeyOrNull(row.keys[i]);
      if (HasName(d)) o[NameField(d)] = KeyOrNull(RegionName(row.keys[i], regions));
    }
    o["cases"] = Figure(row.cases);
    o["victims"] = Figure(row.victims);
    rows.push_back(std::move(o));
  }
  boost::json::object totals;
  totals["cases"] = Figure(table.totals.cases);
  totals["victims"] = Figure(table.totals.victims);
  totals["women_and_children"] = Figure(table.totals.women_and_children);
  boost::json::array group_by;
  for (domain::StatsDimension d : table.group_by) group_by.emplace_back(domain::ToString(d));

  boost::json::object body;
  body["group_by"] = std::move(group_by);
  body["rows"] = std::move(rows);
  body["totals"] = std::move(totals);
  body["suppressed"] = table.suppressed;
  body["suppressed_cells"] = table.suppressed_cells;
  body["threshold"] = table.suppressed ? boost::json::value(table.threshold) : boost::json::value(nullptr);
  body["scope"] = table.scope;
  return body;
}

ExportTable StatsTableToExport(const domain::StatsTable& table, const domain::RegionDirectory& regions) {
  ExportTable out;
  for (domain::StatsDimension d : table.group_by) {
    out.header.emplace_back(domain::ToString(d));
    if (HasName(d)) out.header.push_back(NameField(d));
  }
  const std::size_t label_columns = out.header.size();
  out.header.emplace_back("cases");
  out.header.emplace_back("victims");
  for (const domain::StatsRow& row : table.rows) {
    std::vector<ExportCell> cells;
    for (std::size_t i = 0; i < table.group_by.size(); ++i) {
      cells.emplace_back(row.keys[i]);
      if (HasName(table.group_by[i])) cells.emplace_back(RegionName(row.keys[i], regions));
    }
    cells.push_back(FigureCell(row.cases));
    cells.push_back(FigureCell(row.victims));
    out.rows.push_back(std::move(cells));
  }
  // The totals under the rows, labelled in the first column (a table without dimensions gets a label column).
  if (label_columns == 0) out.header.insert(out.header.begin(), "total");
  std::vector<ExportCell> total(std::max<std::size_t>(label_columns, 1), std::monostate{});
  total[0] = std::string("TOTAL");
  total.push_back(FigureCell(table.totals.cases));
  total.push_back(FigureCell(table.totals.victims));
  out.rows.push_back(std::move(total));
  std::vector<ExportCell> women(std::max<std::size_t>(label_columns, 1), std::monostate{});
  women[0] = std::string("women_and_children");
  women.emplace_back(std::monostate{});
  women.push_back(FigureCell(table.totals.women_and_children));
  out.rows.push_back(std::move(women));
  return out;
}

}  // namespace sinergi::http
