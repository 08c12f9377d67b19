// Retention (domain/retention.hpp, migration 0007): due counts, purges, and the person anonymisation finish.
#include <string>

#include "storage/sqlite/sqlite_repositories.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::RetentionKind;

// ?1 = cutoff (ms), ?2 = limit. Due: persons soft-deleted before the cutoff and not yet anonymised; sessions
// revoked, expired or last seen before it; idempotency records and notifications created before it.
constexpr Query kCountPersons{"retention.count.deleted_persons",
                              "SELECT count(*) FROM persons WHERE deleted_at IS NOT NULL AND anonymised_at IS NULL "
                              "AND deleted_at < ?1"};
constexpr Query kCountSessions{"retention.count.sessions",
                               "SELECT count(*) FROM sessions WHERE COALESCE(revoked_at, expires_at) < ?1 OR "
                               "last_seen_at < ?1"};
constexpr Query kCountIdempotency{"retention.count.idempotency_keys",
                                  "SELECT count(*) FROM idempotency_keys WHERE created_at < ?1"};
constexpr Query kCountNotifications{"retention.count.notifications",
                                    "SELECT count(*) FROM notifications WHERE created_at < ?1"};

constexpr Query kPurgeSessions{"retention.purge.sessions",
                               "DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE "
                               "COALESCE(revoked_at, expires_at) < ?1 OR last_seen_at < ?1 LIMIT ?2)"};
constexpr Query kPurgeIdempotency{"retention.purge.idempotency_keys",
                                  "DELETE FROM idempotency_keys WHERE (scope, key) IN (SELECT scope, key FROM "
                                  "idempotency_keys WHERE created_at < ?1 LIMIT ?2)"};
constexpr Query kPurgeNotifications{"retention.purge.notifications",
                                    "DELETE FROM notifications WHERE id IN (SELECT id FROM notifications WHERE "
                                    "created_at < ?1 LIMIT ?2)"};

constexpr Query kDuePersons{"retention.due_persons",
                            "SELECT id FROM persons WHERE deleted_at IS NOT NULL AND anonymised_at IS NULL AND "
                            "deleted_at < ?1 ORDER BY deleted_at, id LIMIT ?2"};
constexpr Query kDeleteLinks{"retention.delete_links",
                             "DELETE FROM family_links WHERE person_id = ?1 OR related_person_id = ?1"};
constexpr Query kDeleteHistory{"retention.delete_history",
                               "DELETE FROM change_history WHERE entity_type = 'person' AND entity_id = ?1"};
constexpr Query kMarkAnonymised{"retention.mark_anonymised", "UPDATE persons SET anonymised_at = ?2 WHERE id = ?1"};

const Query& CountQuery(RetentionKind kind) {
  switch (kind) {
    case RetentionKind::kDeletedPersons:
      return kCountPersons;
    case RetentionKind::kSessions:
      return kCountSessions;
    case RetentionKind::kIdempotencyKeys:
      return kCountIdempotency;
    case RetentionKind::kNotifications:
      break;
  }
  return kCountNotifications;
}

}  // namespace

core::Result<std::int64_t> SqliteRetentionRepository::CountDue(RetentionKind kind, core::Timestamp cutoff) {
  SINERGI_TRY(auto stmt, conn_.Prepare(CountQuery(kind)));
  stmt->BindTime(1, cutoff);
  SINERGI_TRY(bool row, stmt->Step());
  return row ? stmt->Int(0) : 0;
}

core::Result<int> SqliteRetentionRepository::PurgeDue(RetentionKind kind, core::Timestamp cutoff, int limit) {
  const Query* query = nullptr;
  switch (kind) {
    case RetentionKind::kDeletedPersons:
      return core::Error::Invalid("retention.not_purged", "Persons are anonymised, never purged.");
    case RetentionKind::kSessions:
      query = &kPurgeSessions;
      break;
    case RetentionKind::kIdempotencyKeys:
      query = &kPurgeIdempotency;
      break;
    case RetentionKind::kNotifications:
      query = &kPurgeNotifications;
      break;
  }
  SINERGI_TRY(auto stmt, conn_.Prepare(*query));
  stmt->BindTime(1, cutoff);
  stmt->BindInt(2, limit);
  SINERGI_TRY_STATUS(stmt->Exec());
  return stmt->Changes();
}

core::Result<std::vector<std::string>> SqliteRetentionRepository::DuePersons(core::Timestamp cutoff, int limit) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kDuePersons));
  stmt->BindTime(1, cutoff);
  stmt->BindInt(2, limit);
  std::vector<std::string> ids;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return ids;
    ids.push_back(stmt->Text(0));
  }
}

core::Status SqliteRetentionRepository::FinishAnonymisation(const std::string& person_id, core::Timestamp at) {
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kMarkAnonymised));
    stmt->BindText(1, person_id);
    stmt->BindTime(2, at);
    SINERGI_TRY_STATUS(stmt->Exec());
    if (stmt->Changes() == 0) return core::Error::NotFound("person.not_found", "No person has this id.");
  }
  for (const Query* q : {&kDeleteLinks, &kDeleteHistory}) {
    SINERGI_TRY(auto stmt, conn_.Prepare(*q));
    stmt->BindText(1, person_id);
    SINERGI_TRY_STATUS(stmt->Exec());
  }
  return core::Ok();
}

}  // namespace sinergi::storage::sqlite
