#pragma once
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/access.hpp"

namespace sinergi::domain::ports {

// Break-the-glass grants and notifications (migration 0004_access.sql). Used inside one UnitOfWork.
class AccessRepository {
 public:
  virtual ~AccessRepository() = default;

  virtual core::Status InsertGrant(const AccessGrant& grant) = 0;
  // Ids of the persons the user holds a grant for that has not expired at `now` (no duplicates, any order).
  virtual core::Result<std::vector<std::string>> ActiveGrantPersonIds(const std::string& user_id,
                                                                      core::Timestamp now) = 0;

  virtual core::Status InsertNotification(const Notification& notification) = 0;
  // Newest first, at most `limit`, for one agency and any of `roles`.
  virtual core::Result<std::vector<Notification>> ListNotifications(const std::string& agency_id,
                                                                    const std::vector<std::string>& roles,
                                                                    int limit) = 0;
  // Errors: kNotFound "notification.not_found".
  virtual core::Result<Notification> GetNotification(const std::string& id) = 0;
  // Sets read_at if it is not set yet. Errors: kNotFound "notification.not_found".
  virtual core::Status MarkNotificationRead(const std::string& id, core::Timestamp at) = 0;
};

}  // namespace sinergi::domain::ports
