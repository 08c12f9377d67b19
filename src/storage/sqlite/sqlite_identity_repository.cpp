// Agencies and users. Sessions and sign-in throttles live in sqlite_sessions.cpp.
#include <string>

#include "storage/common/json_text.hpp"
#include "storage/common/paging.hpp"
#include "storage/sqlite/sqlite_repositories.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::Agency;
using domain::User;
using domain::ports::Page;
using domain::ports::PageRequest;

#define SINERGI_AGENCY_COLUMNS "id, version, code, name, type, region_code, country, disabled, created_at, updated_at"

// Parameters ?1..?10 follow SINERGI_AGENCY_COLUMNS; Update adds ?11 = expected version and keeps created_at.
constexpr Query kInsertAgency{"agency.insert", "INSERT INTO agencies (" SINERGI_AGENCY_COLUMNS
                                               ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"};
constexpr Query kUpdateAgency{"agency.update",
                              "UPDATE agencies SET version = ?2, code = ?3, name = ?4, type = ?5, region_code = ?6, "
                              "country = ?7, disabled = ?8, updated_at = ?10 WHERE id = ?1 AND version = ?11"};
constexpr Query kGetAgency{"agency.get", "SELECT " SINERGI_AGENCY_COLUMNS " FROM agencies WHERE id = ?1"};
constexpr Query kGetAgencyByCode{"agency.get_by_code",
                                 "SELECT " SINERGI_AGENCY_COLUMNS " FROM agencies WHERE code = ?1"};
constexpr Query kAgencyExists{"agency.exists", "SELECT 1 FROM agencies WHERE id = ?1"};
constexpr Query kListAgencies{"agency.list", "SELECT " SINERGI_AGENCY_COLUMNS
                                             " FROM agencies WHERE (?1 IS NULL OR id > ?1) ORDER BY id LIMIT ?2"};

#define SINERGI_USER_COLUMNS                                                                   \
  "id, version, username, display_name, agency_id, roles, scope, password_hash, totp_secret, " \
  "totp_pending_secret, disabled, password_changed_at, created_at, updated_at"

// Parameters ?1..?14 follow SINERGI_USER_COLUMNS; Update adds ?15 = expected version and keeps created_at.
constexpr Query kInsertUser{"user.insert", "INSERT INTO users (" SINERGI_USER_COLUMNS
                                           ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"};
constexpr Query kUpdateUser{"user.update",
                            "UPDATE users SET version = ?2, username = ?3, display_name = ?4, agency_id = ?5, "
                            "roles = ?6, scope = ?7, password_hash = ?8, totp_secret = ?9, totp_pending_secret = ?10, "
                            "disabled = ?11, password_changed_at = ?12, updated_at = ?14 "
                            "WHERE id = ?1 AND version = ?15"};
constexpr Query kGetUser{"user.get", "SELECT " SINERGI_USER_COLUMNS " FROM users WHERE id = ?1"};
constexpr Query kGetUserByUsername{"user.get_by_username",
                                   "SELECT " SINERGI_USER_COLUMNS " FROM users WHERE username = ?1"};
constexpr Query kUserExists{"user.exists", "SELECT 1 FROM users WHERE id = ?1"};
// ?1 NULL lists every agency's users; users_agency (agency_id, id) serves the filtered shape.
constexpr Query kListUsers{"user.list", "SELECT " SINERGI_USER_COLUMNS
                                        " FROM users WHERE (?1 IS NULL OR agency_id = ?1) "
                                        "AND (?2 IS NULL OR id > ?2) ORDER BY id LIMIT ?3"};
constexpr Query kCountUsers{"user.count", "SELECT count(*) FROM users"};

#undef SINERGI_AGENCY_COLUMNS
#undef SINERGI_USER_COLUMNS

const ConstraintReasons kAgencyWrite = ConstraintReasons()
                                           .Unique({"agency.code_taken", "Another agency already has this code."})
                                           .PrimaryKey({"agency.exists", "An agency with this id already exists."});

const ConstraintReasons kUserWrite = ConstraintReasons()
                                         .Unique({"user.username_taken", "Another user already has this username."})
                                         .PrimaryKey({"user.exists", "A user with this id already exists."})
                                         .ForeignKey({"agency.not_found", "No agency has this id."});

void BindAgency(Statement& s, const Agency& a) {
  s.BindText(1, a.id);
  s.BindInt(2, a.version);
  s.BindText(3, a.code);
  s.BindText(4, a.name);
  s.BindText(5, a.type);
  s.BindOptText(6, a.region_code);
  s.BindOptText(7, a.country);
  s.BindBool(8, a.disabled);
  s.BindTime(9, a.created_at);
  s.BindTime(10, a.updated_at);
}

Agency ReadAgency(const Statement& s) {
  Agency a;
  a.id = s.Text(0);
  a.version = s.Int(1);
  a.code = s.Text(2);
  a.name = s.Text(3);
  a.type = s.Text(4);
  a.region_code = s.OptText(5);
  a.country = s.OptText(6);
  a.disabled = s.Bool(7);
  a.created_at = s.Time(8);
  a.updated_at = s.Time(9);
  return a;
}

void BindUser(Statement& s, const User& u) {
  s.BindText(1, u.id);
  s.BindInt(2, u.version);
  s.BindText(3, u.username);
  s.BindText(4, u.display_name);
  s.BindText(5, u.agency_id);
  s.BindText(6, EncodeStringArray(u.roles));
  s.BindText(7, u.scope);
  s.BindText(8, u.password_hash);
  s.BindOptText(9, u.totp_secret);
  s.BindOptText(10, u.totp_pending_secret);
  s.BindBool(11, u.disabled);
  s.BindTime(12, u.password_changed_at);
  s.BindTime(13, u.created_at);
  s.BindTime(14, u.updated_at);
}

core::Result<User> ReadUser(const Statement& s) {
  User u;
  u.id = s.Text(0);
  u.version = s.Int(1);
  u.username = s.Text(2);
  u.display_name = s.Text(3);
  u.agency_id = s.Text(4);
  SINERGI_TRY(u.roles, DecodeStringArray(s.Text(5)));
  u.scope = s.Text(6);
  u.password_hash = s.Text(7);
  u.totp_secret = s.OptText(8);
  u.totp_pending_secret = s.OptText(9);
  u.disabled = s.Bool(10);
  u.password_changed_at = s.Time(11);
  u.created_at = s.Time(12);
  u.updated_at = s.Time(13);
  return u;
}

core::Error AgencyNotFound() {
  return core::Error::NotFound("agency.not_found", "No agency has this id.");
}

core::Error UserNotFound() {
  return core::Error::NotFound("user.not_found", "No user has this id.");
}

// After an UPDATE ... AND version = ? changed nothing: tells a missing row from a stale version.
core::Error MissingOrStale(Connection& conn, const Query& exists, const std::string& id, core::Error not_found) {
  auto stmt = conn.Prepare(exists);
  if (!stmt) return stmt.error();
  (*stmt)->BindText(1, id);
  core::Result<bool> found = (*stmt)->Step();
  if (!found) return found.error();
  return *found ? core::Error::StaleVersion() : std::move(not_found);
}

}  // namespace

core::Status SqliteIdentityRepository::InsertAgency(const Agency& agency) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertAgency));
  BindAgency(*stmt, agency);
  return stmt->Exec(kAgencyWrite);
}

core::Result<Agency> SqliteIdentityRepository::GetAgency(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetAgency));
  stmt->BindText(1, id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return AgencyNotFound();
  return ReadAgency(*stmt);
}

core::Result<Agency> SqliteIdentityRepository::GetAgencyByCode(const std::string& code) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetAgencyByCode));
  stmt->BindText(1, code);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return core::Error::NotFound("agency.not_found", "No agency has this code.");
  return ReadAgency(*stmt);
}

core::Status SqliteIdentityRepository::UpdateAgency(const Agency& agency, std::int64_t expected_version) {
  int changed = 0;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kUpdateAgency));
    BindAgency(*stmt, agency);
    stmt->BindInt(11, expected_version);
    SINERGI_TRY_STATUS(stmt->Exec(kAgencyWrite));
    changed = stmt->Changes();
  }
  if (changed == 0) return MissingOrStale(conn_, kAgencyExists, agency.id, AgencyNotFound());
  return core::Ok();
}

core::Result<Page<Agency>> SqliteIdentityRepository::ListAgencies(const PageRequest& page) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListAgencies));
  stmt->BindOptText(1, page.after);
  stmt->BindInt(2, FetchLimit(page));
  Page<Agency> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    out.items.push_back(ReadAgency(*stmt));
  }
  FinishPage(out, page, [](const Agency& a) { return a.id; });
  return out;
}

core::Status SqliteIdentityRepository::InsertUser(const User& user) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertUser));
  BindUser(*stmt, user);
  return stmt->Exec(kUserWrite);
}

core::Result<User> SqliteIdentityRepository::GetUser(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetUser));
  stmt->BindText(1, id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return UserNotFound();
  return ReadUser(*stmt);
}

core::Result<User> SqliteIdentityRepository::GetUserByUsername(const std::string& username) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetUserByUsername));
  stmt->BindText(1, username);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return core::Error::NotFound("user.not_found", "No user has this username.");
  return ReadUser(*stmt);
}

core::Status SqliteIdentityRepository::UpdateUser(const User& user, std::int64_t expected_version) {
  int changed = 0;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kUpdateUser));
    BindUser(*stmt, user);
    stmt->BindInt(15, expected_version);
    SINERGI_TRY_STATUS(stmt->Exec(kUserWrite));
    changed = stmt->Changes();
  }
  if (changed == 0) return MissingOrStale(conn_, kUserExists, user.id, UserNotFound());
  return core::Ok();
}

core::Result<Page<User>> SqliteIdentityRepository::ListUsers(const std::optional<std::string>& agency_id,
                                                             const PageRequest& page) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListUsers));
  stmt->BindOptText(1, agency_id);
  stmt->BindOptText(2, page.after);
  stmt->BindInt(3, FetchLimit(page));
  Page<User> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    SINERGI_TRY(auto user, ReadUser(*stmt));
    out.items.push_back(std::move(user));
  }
  FinishPage(out, page, [](const User& u) { return u.id; });
  return out;
}

core::Result<std::int64_t> SqliteIdentityRepository::CountUsers() {
  SINERGI_TRY(auto stmt, conn_.Prepare(kCountUsers));
  SINERGI_TRY(bool row, stmt->Step());
  if (!row) return core::Error::Internal("count(*) returned no row");
  return stmt->Int(0);
}

}  // namespace sinergi::storage::sqlite
