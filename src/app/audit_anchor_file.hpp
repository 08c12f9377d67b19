#pragma once
// The anchor file of `sinergi audit heads --out` and `sinergi audit anchor`: JSON Lines, one chain head per line,
//   {"period":"2026-11-22","seq":42,"entry_id":"...","at":"2026-11-22T23:58:01.120Z","hash":"<64 hex>","entries":42}
// with "open":true added to a head whose period had not ended (domain/audit_anchor.hpp). Only ever appended
// to, so a copy taken earlier is a prefix of a later one and comparing copies is a plain diff.
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/audit_anchor.hpp"

namespace sinergi::app {

// One line, without the line ending; keys in the order above, so the same head always gives the same bytes.
std::string FormatAnchorLine(const domain::AuditAnchor& anchor);
// Strict: exactly the keys above with valid values. Errors: kInvalid "audit.anchor_file_invalid" saying why.
core::Result<domain::AuditAnchor> ParseAnchorLine(std::string_view line);

// Every head in the file, in file order, so anchor i is on line i + 1 (blank lines are errors).
// A missing file is an empty list when `missing_is_empty`, otherwise kNotFound.
// Errors: kInvalid "audit.anchor_file_invalid" naming the file and line; kUnavailable when it cannot be read.
core::Result<std::vector<domain::AuditAnchor>> ReadAnchorFile(const std::string& path, bool missing_is_empty);

// Appends one line per anchor and flushes it to disk (fsync) before returning; creates the file, even when there
// is nothing to append.
// Errors: kUnavailable naming the file.
core::Status AppendAnchorFile(const std::string& path, const std::vector<domain::AuditAnchor>& anchors);

}  // namespace sinergi::app
