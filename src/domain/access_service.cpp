// AccessService: break-the-glass grants and the notifications they raise.
#include "domain/access_service.hpp"

#include <utility>

#include "domain/audit_log.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::Result;
using ports::TxMode;

// Characters, not bytes: Indonesian reasons may hold non-ASCII letters.
std::size_t CodePointCount(const std::string& text) {
  std::size_t n = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++n;
  }
  return n;
}

Error NotificationNotFound() {
  return Error::NotFound("notification.not_found", "No notification has this id.");
}

}  // namespace

Result<AccessGrant> AccessService::BreakGlass(const Actor& actor, const std::string& person_id,
                                              const std::string& reason) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryRead));
  const std::string trimmed = detail::Trim(reason);
  const std::size_t length = CodePointCount(trimmed);
  if (length < kMinReasonChars) {
    return Error::Validation(
        {{"reason", "too_short",
          "Say why you need this record (at least " + std::to_string(kMinReasonChars) + " characters)."}});
  }
  const core::Timestamp now = clock_.Now();

  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Person person, detail::GetLivePerson(uow->persons(), person_id));
  AccessGrant grant;
  grant.id = ids_.NewId();
  grant.person_id = person.id;
  grant.user_id = actor.id;
  grant.reason = trimmed;
  grant.granted_at = now;
  grant.expires_at = now + kGrantDuration;
  SINERGI_TRY_STATUS(uow->access().InsertGrant(grant));
  SINERGI_TRY_STATUS(
      AppendAudit(*uow, clock_, ids_, actor,
                  {"break_glass", "person", person.id, {}, {}, "reason_length: " + std::to_string(length)}));
  if (person.owner_agency_id && !person.owner_agency_id->empty()) {
    Notification n;
    n.id = ids_.NewId();
    n.agency_id = *person.owner_agency_id;
    n.recipient_role = "SUPERVISOR";
    n.kind = "BREAK_GLASS";
    n.person_id = person.id;
    n.actor_id = actor.id;
    // Names the user, not the person: the supervisor follows the link (and that read is audited).
    n.message = actor.display_name + " (" + actor.id +
                ") opened a record of your agency outside their scope "
                "(break-the-glass) until " +
                core::FormatTimestamp(grant.expires_at) + ".";
    n.created_at = now;
    SINERGI_TRY_STATUS(uow->access().InsertNotification(n));
  }
  SINERGI_TRY_STATUS(uow->Commit());
  return grant;
}

Result<std::vector<Notification>> AccessService::Notifications(const Actor& actor) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  if (actor.agency_id.empty()) return std::vector<Notification>();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  return uow->access().ListNotifications(actor.agency_id, actor.roles, kMaxNotifications);
}

Result<Notification> AccessService::MarkRead(const Actor& actor, const std::string& notification_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  Result<Notification> found = uow->access().GetNotification(notification_id);
  if (!found) return found.error();
  if (found->agency_id != actor.agency_id || !actor.HasRole(found->recipient_role)) return NotificationNotFound();
  SINERGI_TRY_STATUS(uow->access().MarkNotificationRead(notification_id, clock_.Now()));
  SINERGI_TRY(Notification updated, uow->access().GetNotification(notification_id));
  SINERGI_TRY_STATUS(uow->Commit());
  return updated;
}

}  // namespace sinergi::domain
