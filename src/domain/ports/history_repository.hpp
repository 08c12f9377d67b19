#pragma once
#include <string>

#include "core/result.hpp"
#include "domain/history.hpp"
#include "domain/ports/page.hpp"

namespace sinergi::domain::ports {

// Append-only change history. Used inside one UnitOfWork, so history commits with the change it describes.
class HistoryRepository {
 public:
  virtual ~HistoryRepository() = default;
  virtual core::Status Append(const ChangeRecord& record) = 0;
  // Newest first; PageRequest.after is a record id.
  virtual core::Result<Page<ChangeRecord>> List(const std::string& entity_type, const std::string& entity_id,
                                                const PageRequest& page) = 0;
};

}  // namespace sinergi::domain::ports
