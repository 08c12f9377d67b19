#pragma once
// Break-the-glass and in-app notifications (issue #3). Thread-safe; each call is one unit of work.
#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/access.hpp"
#include "domain/actor.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::domain {

class AccessService {
 public:
  static constexpr std::size_t kMinReasonChars = 20;
  static constexpr auto kGrantDuration = std::chrono::hours(4);
  static constexpr int kMaxNotifications = 100;

  AccessService(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids)
      : db_(db), clock_(clock), ids_(ids) {}

  // Opens a person outside the actor's scope for kGrantDuration: any registry reader (Permission::kRegistryRead)
  // may, for any live person, by stating why (trimmed, at least kMinReasonChars characters). The grant, an audit
  // entry (action "break_glass", detail "reason_length: N" — never the text) and a notification for every
  // SUPERVISOR of the owning agency (none for nationally owned persons) commit together.
  // Errors: kInvalid field "reason"; kNotFound "person.not_found"; kUnauthenticated/kForbidden as Authorize.
  core::Result<AccessGrant> BreakGlass(const Actor& actor, const std::string& person_id, const std::string& reason);

  // The newest notifications (at most kMaxNotifications) for the actor's agency and any of their roles.
  // Any signed-in user (Permission::kReferenceRead, which every role holds).
  core::Result<std::vector<Notification>> Notifications(const Actor& actor);
  // Marks one of the actor's notifications read (idempotent). Errors: kNotFound "notification.not_found" also
  // for notifications addressed to another agency or role.
  core::Result<Notification> MarkRead(const Actor& actor, const std::string& notification_id);

 private:
  ports::Database& db_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
};

}  // namespace sinergi::domain
