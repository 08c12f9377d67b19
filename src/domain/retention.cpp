#include "domain/retention.hpp"

namespace sinergi::domain {

std::string_view ToString(RetentionKind kind) {
  switch (kind) {
    case RetentionKind::kDeletedPersons:
      return "deleted_persons";
    case RetentionKind::kSessions:
      return "sessions";
    case RetentionKind::kIdempotencyKeys:
      return "idempotency_keys";
    case RetentionKind::kNotifications:
      return "notifications";
  }
  return "unknown";
}

int RetentionPolicy::DaysFor(RetentionKind kind) const {
  switch (kind) {
    case RetentionKind::kDeletedPersons:
      return deleted_person_days;
    case RetentionKind::kSessions:
      return session_days;
    case RetentionKind::kIdempotencyKeys:
      return idempotency_key_days;
    case RetentionKind::kNotifications:
      return notification_days;
  }
  return 0;
}

PersonData AnonymisedData(const PersonData& data) {
  PersonData out;
  out.full_name = std::string(kAnonymisedName);
  out.sex = data.sex;
  if (data.birth_date) out.birth_date = core::Date{data.birth_date->year, 7, 1};
  if (data.address_region_code) {
    // "33.01.02.2001" -> "33.01": the regency (province.regency) is coarse enough for statistics.
    const std::string& code = *data.address_region_code;
    std::size_t first = code.find('.');
    std::size_t second = first == std::string::npos ? std::string::npos : code.find('.', first + 1);
    out.address_region_code = second == std::string::npos ? code : code.substr(0, second);
  }
  out.pmi_status = data.pmi_status;
  out.protected_identity = data.protected_identity;
  return out;
}

}  // namespace sinergi::domain
