#pragma once
// Loads reference data into the database from npm packages installed under `reference_dir`:
// - idn-area-data (Kemendagri region codes, data under ODbL): data/{provinces,regencies,districts,villages}.csv
// - i18n-iso-countries (MIT): codes.json (alpha-2, alpha-3) and langs/{id,en}.json (names)
// - date-holidays (code ISC, data CC BY-SA 3.0): Indonesia's national public holidays, written by
//   reference/public-holidays.mjs (the postinstall script of reference/package.json) to
//   .sinergi/public-holidays-id.json: {"holidays": [{"date": "YYYY-MM-DD", "name": ...}, ...], ...}
// Everything is written in one write unit of work: either all reference data is stored or none.
#include <string>

#include "core/result.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::app {

struct ReferenceLoadSummary {
  std::size_t regions = 0;
  std::size_t countries = 0;
  std::size_t holidays = 0;
};

// Errors: kUnavailable "reference.missing" naming the file when a package is not installed (run `make deps`);
// kInvalid "reference.malformed" for a malformed row (the row number is in the message).
core::Result<ReferenceLoadSummary> LoadReferenceData(domain::ports::Database& db, const std::string& reference_dir);

// Loads only when the database holds no regions yet (first start); a database that has its regions but no public
// holidays (made before migration 0013) gets only the holidays. Returns whether it loaded anything.
core::Result<bool> EnsureReferenceData(domain::ports::Database& db, const std::string& reference_dir);

}  // namespace sinergi::app
