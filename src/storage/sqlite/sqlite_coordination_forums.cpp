// Coordination forums in SQLite (migration 0015_coordination.sql; the row mapping: sqlite_coordination_rows.hpp).
#include <string>
#include <utility>

#include "storage/sqlite/sqlite_coordination_repository.hpp"
#include "storage/sqlite/sqlite_coordination_rows.hpp"

namespace sinergi::storage::sqlite {
namespace {

using namespace detail;  // the shared row mapping of this repository (sqlite_coordination_rows.hpp)
using domain::Forum;

#define SINERGI_FORUM_COLUMNS                                                                                     \
  "id, name, convening_agency_id, region_code, member_agency_ids, description, version, created_at, updated_at, " \
  "created_by, updated_by"
constexpr Query kInsertForum{"coordination.forum.insert", "INSERT INTO coordination_forums (" SINERGI_FORUM_COLUMNS
                                                          ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"};
constexpr Query kGetForum{"coordination.forum.get",
                          "SELECT " SINERGI_FORUM_COLUMNS " FROM coordination_forums WHERE id = ?1"};
constexpr Query kUpdateForum{"coordination.forum.update",
                             "UPDATE coordination_forums SET name = ?2, convening_agency_id = ?3, region_code = ?4, "
                             "member_agency_ids = ?5, description = ?6, version = ?7, updated_at = ?9, "
                             "updated_by = ?11 WHERE id = ?1 AND version = ?12"};
constexpr Query kListForums{"coordination.forum.list",
                            "SELECT " SINERGI_FORUM_COLUMNS " FROM coordination_forums ORDER BY name, id LIMIT ?1"};
constexpr Query kListForumsOfRegion{"coordination.forum.list_region",
                                    "SELECT " SINERGI_FORUM_COLUMNS
                                    " FROM coordination_forums WHERE region_code = ?2 OR region_code IS NULL "
                                    "ORDER BY name, id LIMIT ?1"};
#undef SINERGI_FORUM_COLUMNS

}  // namespace

core::Status SqliteCoordinationRepository::InsertForum(const Forum& forum) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertForum));
  BindForum(*stmt, forum);
  return stmt->Exec(kForumWrite);
}

core::Result<Forum> SqliteCoordinationRepository::GetForum(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetForum));
  stmt->BindText(1, id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return ForumNotFound();
  return ReadForum(*stmt);
}

core::Status SqliteCoordinationRepository::UpdateForum(const Forum& forum, std::int64_t expected_version) {
  int changed = 0;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kUpdateForum));
    BindForum(*stmt, forum);
    stmt->BindInt(12, expected_version);
    SINERGI_TRY_STATUS(stmt->Exec(kForumWrite));
    changed = stmt->Changes();
  }
  if (changed > 0) return core::Ok();
  return Unchanged(conn_, kForumExists, forum.id, ForumNotFound());
}

core::Result<std::vector<Forum>> SqliteCoordinationRepository::ListForums(const std::optional<std::string>& region_code,
                                                                          int limit) {
  SINERGI_TRY(auto stmt, conn_.Prepare(region_code ? kListForumsOfRegion : kListForums));
  stmt->BindInt(1, limit);
  if (region_code) stmt->BindText(2, *region_code);
  std::vector<Forum> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    SINERGI_TRY(Forum f, ReadForum(*stmt));
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace sinergi::storage::sqlite
