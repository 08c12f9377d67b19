// TEST DOUBLE: retention over the in-memory state. Mirrors ports/retention_repository.hpp and the SQLite
// conditions (storage/sqlite/sqlite_retention_repository.cpp).
#include <algorithm>

#include "domain/testing/in_memory_repositories.hpp"

namespace sinergi::domain::test_doubles::detail {
namespace {

bool PersonDue(const InMemoryState& s, const Person& p, core::Timestamp cutoff) {
  return p.deleted_at && *p.deleted_at < cutoff && !s.anonymised_at.contains(p.id);
}

bool SessionDue(const Session& x, core::Timestamp cutoff) {
  return x.revoked_at.value_or(x.expires_at) < cutoff || x.last_seen_at < cutoff;
}

// Erases up to `limit` entries of a map matching `due`; returns how many.
template <typename Map, typename Pred>
int EraseDue(Map& map, int limit, Pred due) {
  int n = 0;
  for (auto it = map.begin(); it != map.end() && n < limit;) {
    if (due(it->second)) {
      it = map.erase(it);
      ++n;
    } else {
      ++it;
    }
  }
  return n;
}

}  // namespace

core::Result<std::int64_t> InMemoryRetentionRepository::CountDue(RetentionKind kind, core::Timestamp cutoff) {
  switch (kind) {
    case RetentionKind::kDeletedPersons:
      return std::count_if(s_.persons.begin(), s_.persons.end(),
                           [&](const auto& kv) { return PersonDue(s_, kv.second.person, cutoff); });
    case RetentionKind::kSessions:
      return std::count_if(s_.sessions.begin(), s_.sessions.end(),
                           [&](const auto& kv) { return SessionDue(kv.second, cutoff); });
    case RetentionKind::kIdempotencyKeys:
      return std::count_if(s_.idempotency.begin(), s_.idempotency.end(),
                           [&](const auto& kv) { return kv.second.created_at < cutoff; });
    case RetentionKind::kNotifications:
      return std::count_if(s_.notifications.begin(), s_.notifications.end(),
                           [&](const auto& kv) { return kv.second.created_at < cutoff; });
  }
  return 0;
}

core::Result<int> InMemoryRetentionRepository::PurgeDue(RetentionKind kind, core::Timestamp cutoff, int limit) {
  switch (kind) {
    case RetentionKind::kDeletedPersons:
      return core::Error::Invalid("retention.not_purged", "Persons are anonymised, never purged.");
    case RetentionKind::kSessions:
      return EraseDue(s_.sessions, limit, [&](const Session& x) { return SessionDue(x, cutoff); });
    case RetentionKind::kIdempotencyKeys:
      return EraseDue(s_.idempotency, limit, [&](const ports::IdempotencyRecord& r) { return r.created_at < cutoff; });
    case RetentionKind::kNotifications:
      return EraseDue(s_.notifications, limit, [&](const Notification& n) { return n.created_at < cutoff; });
  }
  return 0;
}

core::Result<std::vector<std::string>> InMemoryRetentionRepository::DuePersons(core::Timestamp cutoff, int limit) {
  std::vector<const Person*> due;
  for (const auto& [id, stored] : s_.persons) {
    if (PersonDue(s_, stored.person, cutoff)) due.push_back(&stored.person);
  }
  std::sort(due.begin(), due.end(), [](const Person* a, const Person* b) {
    return std::tie(*a->deleted_at, a->id) < std::tie(*b->deleted_at, b->id);
  });
  std::vector<std::string> ids;
  for (const Person* p : due) {
    if (static_cast<int>(ids.size()) == limit) break;
    ids.push_back(p->id);
  }
  return ids;
}

core::Status InMemoryRetentionRepository::FinishAnonymisation(const std::string& person_id, core::Timestamp at) {
  if (!s_.persons.contains(person_id)) return core::Error::NotFound("person.not_found", "No person has this id.");
  s_.anonymised_at[person_id] = at;
  std::erase_if(s_.links, [&](const auto& kv) {
    return kv.second.person_id == person_id || kv.second.related_person_id == person_id;
  });
  std::erase_if(s_.history,
                [&](const ChangeRecord& r) { return r.entity_type == "person" && r.entity_id == person_id; });
  return core::Ok();
}

}  // namespace sinergi::domain::test_doubles::detail
