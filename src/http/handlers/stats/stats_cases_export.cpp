// GET /api/v1/stats/cases.csv and /api/v1/stats/cases.xlsx (same parameters as GET /stats/cases) -> the same table
// as a file to download: StatsService::ExportCaseFigures, so the same access applies and every export is audited.
#include "http/dto_stats.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/table_export.hpp"

namespace sinergi::http {
namespace {

enum class Format { kCsv, kXlsx };

Response Export(Request& req, ApiDeps& deps, Format format) {
  const char* extension = format == Format::kCsv ? "csv" : "xlsx";
  core::Result<domain::StatsQuery> query = domain::ParseStatsQuery(StatsQueryTextFrom(req));
  if (!query) return ErrorResponse(query.error(), req);
  core::Result<domain::StatsTable> table = deps.stats->ExportCaseFigures(req.actor, *query, extension);
  if (!table) return ErrorResponse(table.error(), req);
  const ExportTable rows = StatsTableToExport(*table, deps.regions);
  Response res;
  if (format == Format::kCsv) {
    res.content_type = "text/csv; charset=utf-8";
    res.body = ToCsv(rows);
  } else {
    core::Result<std::string> bytes = ToXlsx(rows, "cases");
    if (!bytes) return ErrorResponse(bytes.error(), req);
    res.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    res.body = std::move(*bytes);
  }
  res.SetHeader("Content-Disposition", std::string("attachment; filename=\"sinergi-stats-cases.") + extension + "\"");
  res.SetHeader("Cache-Control", "no-store");
  return res;
}

}  // namespace

Response StatsCasesCsv(Request& req, ApiDeps& deps) {
  return Export(req, deps, Format::kCsv);
}

Response StatsCasesXlsx(Request& req, ApiDeps& deps) {
  return Export(req, deps, Format::kXlsx);
}

}  // namespace sinergi::http
