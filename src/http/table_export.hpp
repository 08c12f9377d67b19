#pragma once
// A flat table of text and numbers, written as CSV (RFC 4180) or as an XLSX workbook of one sheet
// (libxlsxwriter). Used by the exports of figures (issue #6). Thread-safe: no shared state.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/result.hpp"

namespace sinergi::http {

// An empty cell (std::monostate), text or a whole number.
using ExportCell = std::variant<std::monostate, std::string, std::int64_t>;

struct ExportTable {
  std::vector<std::string> header;
  std::vector<std::vector<ExportCell>> rows;
};

// CRLF line ends; a field holding a comma, quote, CR or LF is quoted, quotes doubled; a text starting with = + - @
// is prefixed with ' so a spreadsheet does not run it as a formula.
std::string ToCsv(const ExportTable& table);

// The workbook's bytes, one sheet named `sheet` (at most 31 characters), the header bold.
// Errors: kInternal when libxlsxwriter or the temporary file fails.
core::Result<std::string> ToXlsx(const ExportTable& table, const std::string& sheet);

}  // namespace sinergi::http
