// TEST DOUBLE: break-the-glass grants and notifications of the in-memory database.
#include <algorithm>

#include "domain/testing/in_memory_repositories.hpp"

namespace sinergi::domain::test_doubles::detail {

core::Status InMemoryAccessRepository::InsertGrant(const AccessGrant& grant) {
  s_.grants.push_back(grant);
  return core::Ok();
}

core::Result<std::vector<std::string>> InMemoryAccessRepository::ActiveGrantPersonIds(const std::string& user_id,
                                                                                      core::Timestamp now) {
  std::vector<std::string> out;
  for (const AccessGrant& g : s_.grants) {
    if (g.user_id == user_id && g.expires_at > now && std::find(out.begin(), out.end(), g.person_id) == out.end()) {
      out.push_back(g.person_id);
    }
  }
  return out;
}

core::Status InMemoryAccessRepository::InsertNotification(const Notification& notification) {
  s_.notifications[notification.id] = notification;
  return core::Ok();
}

core::Result<std::vector<Notification>> InMemoryAccessRepository::ListNotifications(
    const std::string& agency_id, const std::vector<std::string>& roles, int limit) {
  std::vector<Notification> out;
  for (auto it = s_.notifications.rbegin(); it != s_.notifications.rend(); ++it) {
    const Notification& n = it->second;
    if (static_cast<int>(out.size()) >= limit) break;
    if (n.agency_id != agency_id) continue;
    if (std::find(roles.begin(), roles.end(), n.recipient_role) == roles.end()) continue;
    out.push_back(n);
  }
  return out;
}

core::Result<Notification> InMemoryAccessRepository::GetNotification(const std::string& id) {
  auto it = s_.notifications.find(id);
  if (it == s_.notifications.end()) return core::Error::NotFound("notification.not_found", "No such notification.");
  return it->second;
}

core::Status InMemoryAccessRepository::MarkNotificationRead(const std::string& id, core::Timestamp at) {
  auto it = s_.notifications.find(id);
  if (it == s_.notifications.end()) return core::Error::NotFound("notification.not_found", "No such notification.");
  if (!it->second.read_at) it->second.read_at = at;
  return core::Ok();
}

}  // namespace sinergi::domain::test_doubles::detail
