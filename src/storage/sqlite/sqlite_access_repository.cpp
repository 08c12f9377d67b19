// Break-the-glass grants and notifications (migration 0004_access.sql).
#include <string>

#include "storage/common/json_text.hpp"
#include "storage/sqlite/sqlite_repositories.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::AccessGrant;
using domain::Notification;

constexpr Query kInsertGrant{"access.insert_grant",
                             "INSERT INTO access_grants (id, person_id, user_id, kind, reason, granted_at, "
                             "expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"};
constexpr Query kActiveGrants{"access.active_grant_person_ids",
                              "SELECT DISTINCT person_id FROM access_grants WHERE user_id = ?1 AND expires_at > ?2"};
constexpr Query kInsertNotification{"access.insert_notification",
                                    "INSERT INTO notifications (id, agency_id, recipient_role, kind, person_id, "
                                    "actor_id, message, created_at, read_at, referral_id, case_id) VALUES (?1, ?2, "
                                    "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"};
#define SINERGI_NOTIFICATION_COLUMNS \
  "id, agency_id, recipient_role, kind, person_id, actor_id, message, created_at, read_at, referral_id, case_id"
constexpr Query kListNotifications{"access.list_notifications",
                                   "SELECT " SINERGI_NOTIFICATION_COLUMNS
                                   " FROM notifications WHERE agency_id = ?1 AND recipient_role IN "
                                   "(SELECT value FROM json_each(?2)) ORDER BY id DESC LIMIT ?3"};
constexpr Query kGetNotification{"access.get_notification",
                                 "SELECT " SINERGI_NOTIFICATION_COLUMNS " FROM notifications WHERE id = ?1"};
#undef SINERGI_NOTIFICATION_COLUMNS
constexpr Query kMarkRead{"access.mark_notification_read",
                          "UPDATE notifications SET read_at = coalesce(read_at, ?2) WHERE id = ?1"};

Notification ReadNotification(const Statement& s) {
  Notification n;
  n.id = s.Text(0);
  n.agency_id = s.Text(1);
  n.recipient_role = s.Text(2);
  n.kind = s.Text(3);
  n.person_id = s.OptText(4);
  n.actor_id = s.Text(5);
  n.message = s.Text(6);
  n.created_at = s.Time(7);
  n.read_at = s.OptTime(8);
  n.referral_id = s.OptText(9);
  n.case_id = s.OptText(10);
  return n;
}

core::Error NotificationNotFound() {
  return core::Error::NotFound("notification.not_found", "No notification has this id.");
}

}  // namespace

core::Status SqliteAccessRepository::InsertGrant(const AccessGrant& grant) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertGrant));
  stmt->BindText(1, grant.id);
  stmt->BindText(2, grant.person_id);
  stmt->BindText(3, grant.user_id);
  stmt->BindText(4, grant.kind);
  stmt->BindText(5, grant.reason);
  stmt->BindTime(6, grant.granted_at);
  stmt->BindTime(7, grant.expires_at);
  return stmt->Exec();
}

core::Result<std::vector<std::string>> SqliteAccessRepository::ActiveGrantPersonIds(const std::string& user_id,
                                                                                    core::Timestamp now) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kActiveGrants));
  stmt->BindText(1, user_id);
  stmt->BindTime(2, now);
  std::vector<std::string> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    out.push_back(stmt->Text(0));
  }
  return out;
}

core::Status SqliteAccessRepository::InsertNotification(const Notification& n) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertNotification));
  stmt->BindText(1, n.id);
  stmt->BindText(2, n.agency_id);
  stmt->BindText(3, n.recipient_role);
  stmt->BindText(4, n.kind);
  stmt->BindOptText(5, n.person_id);
  stmt->BindText(6, n.actor_id);
  stmt->BindText(7, n.message);
  stmt->BindTime(8, n.created_at);
  stmt->BindOptTime(9, n.read_at);
  stmt->BindOptText(10, n.referral_id);
  stmt->BindOptText(11, n.case_id);
  return stmt->Exec();
}

core::Result<std::vector<Notification>> SqliteAccessRepository::ListNotifications(const std::string& agency_id,
                                                                                  const std::vector<std::string>& roles,
                                                                                  int limit) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListNotifications));
  stmt->BindText(1, agency_id);
  stmt->BindText(2, EncodeStringArray(roles));
  stmt->BindInt(3, limit);
  std::vector<Notification> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    out.push_back(ReadNotification(*stmt));
  }
  return out;
}

core::Result<Notification> SqliteAccessRepository::GetNotification(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetNotification));
  stmt->BindText(1, id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return NotificationNotFound();
  return ReadNotification(*stmt);
}

core::Status SqliteAccessRepository::MarkNotificationRead(const std::string& id, core::Timestamp at) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kMarkRead));
  stmt->BindText(1, id);
  stmt->BindTime(2, at);
  SINERGI_TRY_STATUS(stmt->Exec());
  if (stmt->Changes() == 0) return NotificationNotFound();
  return core::Ok();
}

}  // namespace sinergi::storage::sqlite
