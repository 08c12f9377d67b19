#pragma once
// RFC 4180 CSV reading (quoted fields with commas, doubled quotes), enough for idn-area-data v4 files.
#include <string>
#include <string_view>
#include <vector>

namespace sinergi::app {

// Splits `text` into rows of fields. Accepts LF or CRLF line ends; ignores a trailing empty line.
std::vector<std::vector<std::string>> ParseCsv(std::string_view text);

}  // namespace sinergi::app
