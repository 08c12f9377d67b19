#pragma once
// Change history: who changed what, when. Values are JSON texts so any field type fits.
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace sinergi::domain {

struct FieldChange {
  std::string field;                  // e.g. "data.full_name", "status", "documents.PASPOR.status"
  std::optional<std::string> before;  // JSON text of the old value; nullopt = absent
  std::optional<std::string> after;   // JSON text of the new value; nullopt = absent

  bool operator==(const FieldChange&) const = default;
};

struct ChangeRecord {
  std::string id;
  std::string entity_type;  // "person" | "journey" | "family_link"
  std::string entity_id;
  std::string action;  // "create" | "update" | "delete" | "transition" | "link" | "unlink" | "flag" | "follow_up"
  core::Timestamp at{};
  std::string actor;
  std::vector<FieldChange> changes;
  std::optional<std::string> reason;
};

}  // namespace sinergi::domain
