// CSV and XLSX writing of an ExportTable (table_export.hpp).
#include "http/table_export.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace sinergi::http {
namespace {

std::string CsvText(const std::string& text) {
  // A leading quote keeps a spreadsheet from reading the cell as a formula. Built by appending: g++ 12 at -O3 warns
  // (-Wrestrict, a false positive) on std::string::insert at position 0.
  const bool formula_like = !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@');
  std::string value = formula_like ? std::string("'") : std::string();
  value += text;
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string CsvCell(const ExportCell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) return CsvText(*text);
  if (const auto* number = std::get_if<std::int64_t>(&cell)) return std::to_string(*number);
  return "";
}

// A temporary file removed when this goes out of scope.
class TempFile {
 public:
  TempFile() {
    std::string pattern = (std::filesystem::temp_directory_path() / "sinergi-xlsx-XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd >= 0) {
      close(fd);
      path_ = pattern;
    }
  }
  ~TempFile() {
    if (!path_.empty()) std::remove(path_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace

std::string ToCsv(const ExportTable& table) {
  std::string out;
  for (std::size_t i = 0; i < table.header.size(); ++i) {
    if (i > 0) out += ',';
    out += CsvText(table.header[i]);
  }
  out += "\r\n";
  for (const auto& row : table.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      out += CsvCell(row[i]);
    }
    out += "\r\n";
  }
  return out;
}

core::Result<std::string> ToXlsx(const ExportTable& table, const std::string& sheet) {
  // libxlsxwriter 1.1.4 writes only to a file: write one in the temporary directory, read it back, remove it.
  TempFile file;
  if (file.path().empty()) return core::Error::Internal("no temporary file for the XLSX export");
  lxw_workbook* workbook = workbook_new(file.path().c_str());
  if (workbook == nullptr) return core::Error::Internal("libxlsxwriter could not start a workbook");
  lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheet.substr(0, 31).c_str());
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    worksheet_write_string(worksheet, 0, static_cast<lxw_col_t>(c), table.header[c].c_str(), bold);
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto row = static_cast<lxw_row_t>(r + 1);
    for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      const ExportCell& cell = table.rows[r][c];
      if (const auto* text = std::get_if<std::string>(&cell)) {
        worksheet_write_string(worksheet, row, col, text->c_str(), nullptr);
      } else if (const auto* number = std::get_if<std::int64_t>(&cell)) {
        worksheet_write_number(worksheet, row, col, static_cast<double>(*number), nullptr);
      }
    }
  }
  if (workbook_close(workbook) != LXW_NO_ERROR) return core::Error::Internal("libxlsxwriter could not write");
  std::ifstream in(file.path(), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) return core::Error::Internal("the XLSX export could not be read back");
  return bytes;
}

}  // namespace sinergi::http
