#pragma once
#include <optional>
#include <string>

#include "core/date.hpp"
#include "core/result.hpp"

namespace sinergi::domain::ports {

// A create request remembered under its Idempotency-Key, so a retried request replays the first response.
struct IdempotencyRecord {
  std::string scope;         // who sent it (actor id) + method + route template
  std::string key;           // the client's Idempotency-Key
  std::string request_hash;  // BLAKE2b of the request body; a reused key with another body is refused
  bool completed = false;    // false while the first request is still running
  int status_code = 0;
  std::string response_body;
  std::string response_headers;  // JSON object of replayed headers (Location, ETag)
  core::Timestamp created_at{};
};

class IdempotencyRepository {
 public:
  virtual ~IdempotencyRepository() = default;
  virtual core::Result<std::optional<IdempotencyRecord>> Find(const std::string& scope, const std::string& key) = 0;
  // Errors: kConflict "idempotency.exists" if (scope, key) is already stored.
  virtual core::Status Reserve(const IdempotencyRecord& record) = 0;
  virtual core::Status Complete(const IdempotencyRecord& record) = 0;
  // Forgets a reservation (the first request failed, so a retry may run again).
  virtual core::Status Release(const std::string& scope, const std::string& key) = 0;
};

}  // namespace sinergi::domain::ports
