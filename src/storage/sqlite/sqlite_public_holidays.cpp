// Indonesia's national public holidays in SQLite (table public_holidays of migration 0013; domain/reference.hpp).
#include "storage/sqlite/sqlite_repositories.hpp"

namespace sinergi::storage::sqlite {
namespace {

constexpr Query kHolidaysBetween{
    "holiday.between", "SELECT DISTINCT date FROM public_holidays WHERE date BETWEEN ?1 AND ?2 ORDER BY date"};
constexpr Query kCountHolidays{"holiday.count", "SELECT count(*) FROM public_holidays"};
constexpr Query kUpsertHoliday{"holiday.upsert",
                               "INSERT INTO public_holidays (date, name) VALUES (?1, ?2) ON CONFLICT DO NOTHING"};

}  // namespace

core::Result<std::vector<core::Date>> SqliteReferenceRepository::PublicHolidays(core::Date from, core::Date to) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kHolidaysBetween));
  stmt->BindDate(1, from);
  stmt->BindDate(2, to);
  std::vector<core::Date> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    out.push_back(stmt->Date(0));
  }
}

core::Result<std::int64_t> SqliteReferenceRepository::CountPublicHolidays() {
  SINERGI_TRY(auto stmt, conn_.Prepare(kCountHolidays));
  SINERGI_TRY(bool row, stmt->Step());
  return row ? stmt->Int(0) : 0;
}

core::Status SqliteReferenceRepository::UpsertPublicHolidays(const std::vector<domain::PublicHoliday>& holidays) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kUpsertHoliday));
  for (const domain::PublicHoliday& h : holidays) {
    stmt->BindDate(1, h.date);
    stmt->BindText(2, h.name);
    SINERGI_TRY_STATUS(stmt->Exec());
    stmt->Reset();
  }
  return core::Ok();
}

}  // namespace sinergi::storage::sqlite
