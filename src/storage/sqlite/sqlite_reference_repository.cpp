// Regions and countries. Upserts run one cached statement per row inside the caller's transaction, which
// loads the ~92,000 idn-area-data regions in a fraction of a second.
#include <string>

#include "storage/common/paging.hpp"
#include "storage/sqlite/sqlite_repositories.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::Country;
using domain::Region;
using domain::ports::Page;
using domain::ports::PageRequest;

constexpr Query kGetRegion{"region.get", "SELECT code, level, parent_code, name FROM regions WHERE code = ?1"};
// ?1 NULL lists provinces (parent_code IS NULL); IS compares NULLs as equal and still uses the index.
constexpr Query kListRegions{"region.list_children",
                             "SELECT code, level, parent_code, name FROM regions WHERE parent_code IS ?1 "
                             "AND (?2 IS NULL OR code > ?2) ORDER BY code LIMIT ?3"};
constexpr Query kAllRegions{"region.all_up_to_level",
                            "SELECT code, level, parent_code, name FROM regions WHERE level <= ?1 ORDER BY code"};
constexpr Query kCountRegions{"region.count", "SELECT count(*) FROM regions"};
constexpr Query kUpsertRegion{"region.upsert",
                              "INSERT INTO regions (code, level, parent_code, name) VALUES (?1, ?2, ?3, ?4) "
                              "ON CONFLICT (code) DO UPDATE SET level = excluded.level, "
                              "parent_code = excluded.parent_code, name = excluded.name"};
constexpr Query kGetCountry{"country.get",
                            "SELECT alpha2, alpha3, name_id, name_en FROM countries WHERE alpha2 = upper(?1)"};
constexpr Query kListCountries{"country.list",
                               "SELECT alpha2, alpha3, name_id, name_en FROM countries ORDER BY alpha2"};
constexpr Query kUpsertCountry{"country.upsert",
                               "INSERT INTO countries (alpha2, alpha3, name_id, name_en) VALUES (?1, ?2, ?3, ?4) "
                               "ON CONFLICT (alpha2) DO UPDATE SET alpha3 = excluded.alpha3, "
                               "name_id = excluded.name_id, name_en = excluded.name_en"};

const ConstraintReasons kRegionWrite =
    ConstraintReasons().Check({"region.invalid_level", "A region level must be between 1 and 4."});

Region ReadRegion(const Statement& s) {
  return {.code = s.Text(0), .level = static_cast<int>(s.Int(1)), .parent_code = s.OptText(2), .name = s.Text(3)};
}

Country ReadCountry(const Statement& s) {
  return {.alpha2 = s.Text(0), .alpha3 = s.Text(1), .name_id = s.Text(2), .name_en = s.Text(3)};
}

}  // namespace

core::Result<Region> SqliteReferenceRepository::GetRegion(const std::string& code) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetRegion));
  stmt->BindText(1, code);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return core::Error::NotFound("region.not_found", "No region has this code.");
  return ReadRegion(*stmt);
}

core::Result<Page<Region>> SqliteReferenceRepository::ListRegions(const std::optional<std::string>& parent,
                                                                  const PageRequest& page) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListRegions));
  stmt->BindOptText(1, parent);
  stmt->BindOptText(2, page.after);
  stmt->BindInt(3, FetchLimit(page));
  Page<Region> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    out.items.push_back(ReadRegion(*stmt));
  }
  FinishPage(out, page, [](const Region& r) { return r.code; });
  return out;
}

core::Result<std::vector<Region>> SqliteReferenceRepository::AllRegions(int max_level) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kAllRegions));
  stmt->BindInt(1, max_level);
  std::vector<Region> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    out.push_back(ReadRegion(*stmt));
  }
}

core::Result<std::int64_t> SqliteReferenceRepository::CountRegions() {
  SINERGI_TRY(auto stmt, conn_.Prepare(kCountRegions));
  SINERGI_TRY(bool row, stmt->Step());
  return row ? stmt->Int(0) : 0;
}

core::Status SqliteReferenceRepository::UpsertRegions(const std::vector<Region>& regions) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kUpsertRegion));
  for (const Region& r : regions) {
    stmt->BindText(1, r.code);
    stmt->BindInt(2, r.level);
    stmt->BindOptText(3, r.parent_code);
    stmt->BindText(4, r.name);
    SINERGI_TRY_STATUS(stmt->Exec(kRegionWrite));
    stmt->Reset();
  }
  return core::Ok();
}

core::Result<Country> SqliteReferenceRepository::GetCountry(const std::string& alpha2) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetCountry));
  stmt->BindText(1, alpha2);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return core::Error::NotFound("country.not_found", "No country has this ISO 3166-1 alpha-2 code.");
  return ReadCountry(*stmt);
}

core::Result<std::vector<Country>> SqliteReferenceRepository::ListCountries() {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListCountries));
  std::vector<Country> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    out.push_back(ReadCountry(*stmt));
  }
}

core::Status SqliteReferenceRepository::UpsertCountries(const std::vector<Country>& countries) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kUpsertCountry));
  for (const Country& c : countries) {
    stmt->BindText(1, c.alpha2);
    stmt->BindText(2, c.alpha3);
    stmt->BindText(3, c.name_id);
    stmt->BindText(4, c.name_en);
    SINERGI_TRY_STATUS(stmt->Exec());
    stmt->Reset();
  }
  return core::Ok();
}

}  // namespace sinergi::storage::sqlite
