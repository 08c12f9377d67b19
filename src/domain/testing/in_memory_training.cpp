// TEST DOUBLE: training programmes, sessions and enrolments in the in-memory database (see in_memory_database.hpp).
// Mirrors ports/training_repository.hpp and the SQLite backend, including its error reasons and orders.
#include "domain/testing/in_memory_training.hpp"

#include <algorithm>
#include <tuple>

#include "domain/training_rules.hpp"

namespace sinergi::domain::test_doubles::detail {
namespace {

using core::Error;

Error ProgrammeNotFound() {
  return Error::NotFound("training_programme.not_found", "No training programme has this id.");
}
Error SessionNotFound() {
  return Error::NotFound("training_session.not_found", "No training session has this id.");
}
Error EnrolmentNotFound() {
  return Error::NotFound("training_enrolment.not_found", "No enrolment has this id.");
}

template <typename T>
void Limit(std::vector<T>& items, int limit) {
  if (items.size() > static_cast<std::size_t>(std::max(limit, 0))) items.resize(static_cast<std::size_t>(limit));
}

}  // namespace

core::Status InMemoryTrainingRepository::InsertProgramme(const Programme& programme) {
  if (s_.training_programmes.contains(programme.id)) {
    return Error::Conflict("training_programme.exists", "A training programme with this id already exists.");
  }
  if (!s_.agencies.contains(programme.data.provider_agency_id)) {
    return Error::NotFound("agency.not_found", "No agency has this id.");
  }
  s_.training_programmes[programme.id] = programme;
  return core::Ok();
}

core::Result<Programme> InMemoryTrainingRepository::GetProgramme(const std::string& id) {
  auto it = s_.training_programmes.find(id);
  if (it == s_.training_programmes.end()) return ProgrammeNotFound();
  return it->second;
}

core::Status InMemoryTrainingRepository::UpdateProgramme(const Programme& programme, std::int64_t expected_version) {
  auto it = s_.training_programmes.find(programme.id);
  if (it == s_.training_programmes.end()) return ProgrammeNotFound();
  if (it->second.version != expected_version) return Error::StaleVersion();
  if (!s_.agencies.contains(programme.data.provider_agency_id)) {
    return Error::NotFound("agency.not_found", "No agency has this id.");
  }
  it->second = programme;
  return core::Ok();
}

core::Result<std::vector<Programme>> InMemoryTrainingRepository::ListProgrammes(const ports::ProgrammeFilter& filter,
                                                                                int limit) {
  std::vector<Programme> out;
  for (const auto& [id, p] : s_.training_programmes) {
    if (filter.provider_agency_id && p.data.provider_agency_id != *filter.provider_agency_id) continue;
    if (filter.kind && p.data.kind != *filter.kind) continue;
    out.push_back(p);
  }
  std::sort(out.begin(), out.end(), [](const Programme& a, const Programme& b) {
    return std::tie(a.data.name, a.id) < std::tie(b.data.name, b.id);
  });
  Limit(out, limit);
  return out;
}

core::Status InMemoryTrainingRepository::InsertSession(const TrainingSession& session) {
  if (s_.training_sessions.contains(session.id)) {
    return Error::Conflict("training_session.exists", "A training session with this id already exists.");
  }
  if (!s_.training_programmes.contains(session.programme_id)) return ProgrammeNotFound();
  s_.training_sessions[session.id] = session;
  return core::Ok();
}

core::Result<TrainingSession> InMemoryTrainingRepository::GetSession(const std::string& id) {
  auto it = s_.training_sessions.find(id);
  if (it == s_.training_sessions.end()) return SessionNotFound();
  return it->second;
}

core::Status InMemoryTrainingRepository::UpdateSession(const TrainingSession& session, std::int64_t expected_version) {
  auto it = s_.training_sessions.find(session.id);
  if (it == s_.training_sessions.end()) return SessionNotFound();
  if (it->second.version != expected_version) return Error::StaleVersion();
  it->second = session;
  return core::Ok();
}

core::Result<std::vector<TrainingSession>> InMemoryTrainingRepository::ListSessions(const std::string& programme_id,
                                                                                    int limit) {
  std::vector<TrainingSession> out;
  for (const auto& [id, s] : s_.training_sessions) {
    if (s.programme_id == programme_id) out.push_back(s);
  }
  std::sort(out.begin(), out.end(), [](const TrainingSession& a, const TrainingSession& b) {
    return std::tie(a.data.starts_on, a.id) < std::tie(b.data.starts_on, b.id);
  });
  Limit(out, limit);
  return out;
}

core::Status InMemoryTrainingRepository::InsertEnrolment(const Enrolment& enrolment) {
  if (s_.training_enrolments.contains(enrolment.id)) {
    return Error::Conflict("training_enrolment.exists", "An enrolment with this id already exists.");
  }
  if (!s_.training_sessions.contains(enrolment.session_id)) return SessionNotFound();
  if (!s_.persons.contains(enrolment.person_id)) return Error::NotFound("person.not_found", "No person has this id.");
  for (const auto& [id, e] : s_.training_enrolments) {
    if (e.session_id == enrolment.session_id && e.person_id == enrolment.person_id) {
      return Error::Conflict("training.already_enrolled", "This person is enrolled in this session already.");
    }
  }
  s_.training_enrolments[enrolment.id] = enrolment;
  return core::Ok();
}

core::Result<Enrolment> InMemoryTrainingRepository::GetEnrolment(const std::string& id) {
  auto it = s_.training_enrolments.find(id);
  if (it == s_.training_enrolments.end()) return EnrolmentNotFound();
  return it->second;
}

core::Status InMemoryTrainingRepository::UpdateEnrolment(const Enrolment& enrolment, std::int64_t expected_version) {
  auto it = s_.training_enrolments.find(enrolment.id);
  if (it == s_.training_enrolments.end()) return EnrolmentNotFound();
  if (it->second.version != expected_version) return Error::StaleVersion();
  it->second = enrolment;
  return core::Ok();
}

core::Result<std::vector<Enrolment>> InMemoryTrainingRepository::ListSessionEnrolments(const std::string& session_id,
                                                                                       int limit) {
  std::vector<Enrolment> out;
  for (const auto& [id, e] : s_.training_enrolments) {
    if (e.session_id == session_id) out.push_back(e);
  }
  std::sort(out.begin(), out.end(), [](const Enrolment& a, const Enrolment& b) {
    return std::tie(a.created_at, a.id) < std::tie(b.created_at, b.id);
  });
  Limit(out, limit);
  return out;
}

core::Result<std::vector<Enrolment>> InMemoryTrainingRepository::ListPersonEnrolments(const std::string& person_id,
                                                                                      int limit) {
  std::vector<Enrolment> out;
  for (const auto& [id, e] : s_.training_enrolments) {
    if (e.person_id == person_id) out.push_back(e);
  }
  std::sort(out.begin(), out.end(), [](const Enrolment& a, const Enrolment& b) {
    return std::tie(b.created_at, b.id) < std::tie(a.created_at, a.id);
  });
  Limit(out, limit);
  return out;
}

core::Result<std::int64_t> InMemoryTrainingRepository::CountSeatsTaken(const std::string& session_id) {
  std::int64_t taken = 0;
  for (const auto& [id, e] : s_.training_enrolments) {
    if (e.session_id == session_id && TakesSeat(e.data.status)) ++taken;
  }
  return taken;
}

}  // namespace sinergi::domain::test_doubles::detail
