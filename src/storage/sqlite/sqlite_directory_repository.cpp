// The agency and service directory in SQLite (migration 0014_agency_services.sql). An entry is a row of
// directory_entries, its services rows of directory_services in the agency's order, and the search index
// directory_coverage, rewritten with the services on every Put so the three never disagree.
#include "storage/sqlite/sqlite_directory_repository.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "storage/common/json_text.hpp"

namespace sinergi::storage::sqlite {

using domain::DirectoryEntry;
using domain::ServiceOffering;
using domain::ports::CoverageHit;

#define SINERGI_DIRECTORY_COLUMNS                                                                               \
  "agency_id, version, contact_name, contact_phone, contact_email, contact_address, opening_hours, is_public, " \
  "updated_at, updated_by"

// The own-area offerings (code '') are resolved through the agency's region or country, or cover the whole country
// for an agency with neither. Every branch is answered by index searches: the coverage primary key by (service, code)
// (for the own-area branches the offerings of that service with code '', at most one per agency) and the agencies by
// id; agencies_region / agencies_country let the planner start from the agencies instead once statistics favour it.
// sqlite_directory_repository_test.cpp checks that no table is scanned.
const Query kDirectoryFindCoverage{
    "directory.find_coverage",
    "SELECT c.agency_id, c.code FROM directory_coverage c JOIN agencies a ON a.id = c.agency_id "
    "WHERE c.service = ?1 AND c.code IN (SELECT value FROM json_each(?2)) AND a.disabled = 0 "
    "UNION ALL "
    "SELECT c.agency_id, a.region_code FROM agencies a JOIN directory_coverage c "
    "ON c.service = ?1 AND c.code = '' AND c.agency_id = a.id "
    "WHERE a.region_code IN (SELECT value FROM json_each(?2)) AND a.disabled = 0 "
    "UNION ALL "
    "SELECT c.agency_id, a.country FROM agencies a JOIN directory_coverage c "
    "ON c.service = ?1 AND c.code = '' AND c.agency_id = a.id "
    "WHERE a.country IN (SELECT value FROM json_each(?2)) AND a.disabled = 0 "
    "UNION ALL "
    "SELECT c.agency_id, NULL FROM agencies a JOIN directory_coverage c "
    "ON c.service = ?1 AND c.code = '' AND c.agency_id = a.id "
    "WHERE a.region_code IS NULL AND a.country IS NULL AND a.disabled = 0 "
    "LIMIT ?3"};

namespace {

constexpr Query kGet{"directory.get",
                     "SELECT " SINERGI_DIRECTORY_COLUMNS " FROM directory_entries WHERE agency_id = ?1"};
constexpr Query kListAll{"directory.list",
                         "SELECT " SINERGI_DIRECTORY_COLUMNS " FROM directory_entries ORDER BY agency_id LIMIT ?1"};
constexpr Query kListPublic{"directory.list_public",
                            "SELECT " SINERGI_DIRECTORY_COLUMNS
                            " FROM directory_entries WHERE is_public = 1 ORDER BY agency_id LIMIT ?1"};
constexpr Query kServices{"directory.services",
                          "SELECT service, regions_served, notes FROM directory_services WHERE agency_id = ?1 "
                          "ORDER BY position"};
constexpr Query kExists{"directory.exists", "SELECT 1 FROM directory_entries WHERE agency_id = ?1"};
// ?1..?10 follow SINERGI_DIRECTORY_COLUMNS; the update adds ?11 = the expected version.
constexpr Query kInsert{"directory.insert", "INSERT INTO directory_entries (" SINERGI_DIRECTORY_COLUMNS
                                            ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"};
constexpr Query kUpdate{"directory.update",
                        "UPDATE directory_entries SET version = ?2, contact_name = ?3, contact_phone = ?4, "
                        "contact_email = ?5, contact_address = ?6, opening_hours = ?7, is_public = ?8, "
                        "updated_at = ?9, updated_by = ?10 WHERE agency_id = ?1 AND version = ?11"};
constexpr Query kDeleteServices{"directory.delete_services", "DELETE FROM directory_services WHERE agency_id = ?1"};
constexpr Query kDeleteCoverage{"directory.delete_coverage", "DELETE FROM directory_coverage WHERE agency_id = ?1"};
constexpr Query kInsertService{"directory.insert_service",
                               "INSERT INTO directory_services (agency_id, position, service, regions_served, notes) "
                               "VALUES (?1, ?2, ?3, ?4, ?5)"};
constexpr Query kInsertCoverage{"directory.insert_coverage",
                                "INSERT INTO directory_coverage (service, code, agency_id) VALUES (?1, ?2, ?3)"};

const ConstraintReasons kEntryWrite = ConstraintReasons().ForeignKey({"agency.not_found", "No agency has this id."});
const ConstraintReasons kServiceWrite =
    ConstraintReasons().Unique({"directory.duplicate_service", "The entry lists a service twice."});
const ConstraintReasons kCoverageWrite =
    ConstraintReasons().PrimaryKey({"directory.duplicate_region", "A service lists a region twice."});

core::Error EntryNotFound() {
  return core::Error::NotFound("directory_entry.not_found", "The agency has no directory entry yet.");
}

void Bind(Statement& s, const DirectoryEntry& e) {
  s.BindText(1, e.agency_id);
  s.BindInt(2, e.version);
  s.BindOptText(3, e.data.contact.name);
  s.BindOptText(4, e.data.contact.phone);
  s.BindOptText(5, e.data.contact.email);
  s.BindOptText(6, e.data.contact.address);
  s.BindOptText(7, e.data.opening_hours);
  s.BindBool(8, e.data.is_public);
  s.BindTime(9, e.updated_at.value_or(core::Timestamp{}));
  s.BindText(10, e.updated_by.value_or(""));
}

DirectoryEntry ReadEntry(const Statement& s) {
  DirectoryEntry e;
  e.agency_id = s.Text(0);
  e.version = s.Int(1);
  e.data.contact.name = s.OptText(2);
  e.data.contact.phone = s.OptText(3);
  e.data.contact.email = s.OptText(4);
  e.data.contact.address = s.OptText(5);
  e.data.opening_hours = s.OptText(6);
  e.data.is_public = s.Bool(7);
  e.updated_at = s.Time(8);
  e.updated_by = s.Text(9);
  return e;
}

core::Result<std::vector<DirectoryEntry>> ReadEntries(Statement& stmt) {
  std::vector<DirectoryEntry> out;
  while (true) {
    SINERGI_TRY(bool row, stmt.Step());
    if (!row) break;
    out.push_back(ReadEntry(stmt));
  }
  return out;
}

}  // namespace

core::Status SqliteDirectoryRepository::LoadServices(DirectoryEntry& entry) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kServices));
  stmt->BindText(1, entry.agency_id);
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    ServiceOffering offering;
    offering.service = stmt->Text(0);
    SINERGI_TRY(offering.regions_served, DecodeStringArray(stmt->Text(1)));
    offering.notes = stmt->OptText(2);
    entry.data.services.push_back(std::move(offering));
  }
  return core::Ok();
}

core::Status SqliteDirectoryRepository::WriteServices(const DirectoryEntry& entry) {
  for (const Query& query : {kDeleteCoverage, kDeleteServices}) {
    SINERGI_TRY(auto stmt, conn_.Prepare(query));
    stmt->BindText(1, entry.agency_id);
    SINERGI_TRY_STATUS(stmt->Exec());
  }
  for (std::size_t i = 0; i < entry.data.services.size(); ++i) {
    const ServiceOffering& offering = entry.data.services[i];
    {
      SINERGI_TRY(auto stmt, conn_.Prepare(kInsertService));
      stmt->BindText(1, entry.agency_id);
      stmt->BindInt(2, static_cast<std::int64_t>(i));
      stmt->BindText(3, offering.service);
      stmt->BindText(4, EncodeStringArray(offering.regions_served));
      stmt->BindOptText(5, offering.notes);
      SINERGI_TRY_STATUS(stmt->Exec(kServiceWrite));
    }
    // No regions: one row with code '' (the agency's own area).
    const std::vector<std::string> codes =
        offering.regions_served.empty() ? std::vector<std::string>{""} : offering.regions_served;
    for (const std::string& code : codes) {
      SINERGI_TRY(auto stmt, conn_.Prepare(kInsertCoverage));
      stmt->BindText(1, offering.service);
      stmt->BindText(2, code);
      stmt->BindText(3, entry.agency_id);
      SINERGI_TRY_STATUS(stmt->Exec(kCoverageWrite));
    }
  }
  return core::Ok();
}

core::Result<DirectoryEntry> SqliteDirectoryRepository::Get(const std::string& agency_id) {
  DirectoryEntry entry;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kGet));
    stmt->BindText(1, agency_id);
    SINERGI_TRY(bool found, stmt->Step());
    if (!found) return EntryNotFound();
    entry = ReadEntry(*stmt);
  }
  SINERGI_TRY_STATUS(LoadServices(entry));
  return entry;
}

core::Result<std::vector<DirectoryEntry>> SqliteDirectoryRepository::GetMany(
    const std::vector<std::string>& agency_ids) {
  std::vector<std::string> ids = agency_ids;
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::vector<DirectoryEntry> out;
  for (const std::string& id : ids) {
    core::Result<DirectoryEntry> entry = Get(id);
    if (!entry) {
      if (entry.error().code() == core::ErrorCode::kNotFound) continue;
      return entry.error();
    }
    out.push_back(std::move(*entry));
  }
  return out;
}

core::Result<std::vector<DirectoryEntry>> SqliteDirectoryRepository::List(bool public_only, int limit) {
  std::vector<DirectoryEntry> out;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(public_only ? kListPublic : kListAll));
    stmt->BindInt(1, std::max(limit, 0));
    SINERGI_TRY(out, ReadEntries(*stmt));
  }
  for (DirectoryEntry& entry : out) SINERGI_TRY_STATUS(LoadServices(entry));
  return out;
}

core::Status SqliteDirectoryRepository::Put(const DirectoryEntry& entry, std::int64_t expected_version) {
  bool exists = false;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kExists));
    stmt->BindText(1, entry.agency_id);
    SINERGI_TRY(exists, stmt->Step());
  }
  if (expected_version == 0) {
    if (exists) return core::Error::StaleVersion();
    SINERGI_TRY(auto stmt, conn_.Prepare(kInsert));
    Bind(*stmt, entry);
    SINERGI_TRY_STATUS(stmt->Exec(kEntryWrite));
  } else {
    if (!exists) return EntryNotFound();
    SINERGI_TRY(auto stmt, conn_.Prepare(kUpdate));
    Bind(*stmt, entry);
    stmt->BindInt(11, expected_version);
    SINERGI_TRY_STATUS(stmt->Exec(kEntryWrite));
    if (stmt->Changes() == 0) return core::Error::StaleVersion();
  }
  return WriteServices(entry);
}

core::Result<std::vector<CoverageHit>> SqliteDirectoryRepository::FindCoverage(const std::string& service,
                                                                               const std::vector<std::string>& codes,
                                                                               int limit) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kDirectoryFindCoverage));
  stmt->BindText(1, service);
  stmt->BindText(2, EncodeStringArray(codes));
  stmt->BindInt(3, std::max(limit, 0));
  std::vector<CoverageHit> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Text(0), stmt->OptText(1)});
  }
  return out;
}

}  // namespace sinergi::storage::sqlite
