#pragma once
// The stats endpoints' query parameters and answers (domain/stats.hpp): JSON, and a flat table for the CSV and XLSX
// exports (http/table_export.hpp). Stateless and thread-safe.
#include <boost/json/object.hpp>

#include "domain/region_directory.hpp"
#include "domain/stats.hpp"
#include "domain/stats_rules.hpp"
#include "http/request.hpp"
#include "http/table_export.hpp"

namespace sinergi::http {

// group_by, from, to, case_type, province, regency, sex, scope (absent or empty = not given).
domain::StatsQueryText StatsQueryTextFrom(const Request& req);

// {rows: [{<dimension>: key|null, <province|regency>_name: name|null, cases, victims}], totals: {cases, victims,
// women_and_children}, group_by, suppressed, suppressed_cells, threshold (null unless suppressed), scope}. A withheld
// figure is null; an unknown key ("") is null.
boost::json::object StatsTableToJson(const domain::StatsTable& table, const domain::RegionDirectory& regions);

// The same rows as columns <dimension> (and <dimension>_name for regions), cases, victims; then one row "TOTAL"
// with the totals and one "women_and_children". A withheld figure is an empty cell.
ExportTable StatsTableToExport(const domain::StatsTable& table, const domain::RegionDirectory& regions);

}  // namespace sinergi::http
