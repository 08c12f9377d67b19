#pragma once
// Training programmes, their sessions and the enrolments of persons in them (domain/training.hpp). Used inside one
// UnitOfWork; not thread-safe.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/training.hpp"

namespace sinergi::domain::ports {

struct ProgrammeFilter {
  std::optional<std::string> provider_agency_id;
  std::optional<std::string> kind;
};

class TrainingRepository {
 public:
  virtual ~TrainingRepository() = default;

  // Errors: kNotFound "agency.not_found" (provider); kConflict "training_programme.exists" (duplicate id).
  virtual core::Status InsertProgramme(const Programme& programme) = 0;
  // Errors: kNotFound "training_programme.not_found".
  virtual core::Result<Programme> GetProgramme(const std::string& id) = 0;
  // Stores data, version, updated_*. Errors: kNotFound "training_programme.not_found" / "agency.not_found";
  // kPreconditionFailed "version_mismatch".
  virtual core::Status UpdateProgramme(const Programme& programme, std::int64_t expected_version) = 0;
  // By name, then id; at most `limit`.
  virtual core::Result<std::vector<Programme>> ListProgrammes(const ProgrammeFilter& filter, int limit) = 0;

  // Errors: kNotFound "training_programme.not_found"; kConflict "training_session.exists".
  virtual core::Status InsertSession(const TrainingSession& session) = 0;
  // Errors: kNotFound "training_session.not_found".
  virtual core::Result<TrainingSession> GetSession(const std::string& id) = 0;
  // Errors: kNotFound "training_session.not_found"; kPreconditionFailed "version_mismatch".
  virtual core::Status UpdateSession(const TrainingSession& session, std::int64_t expected_version) = 0;
  // The sessions of a programme by starts_on, then id; at most `limit`.
  virtual core::Result<std::vector<TrainingSession>> ListSessions(const std::string& programme_id, int limit) = 0;

  // Errors: kNotFound "training_session.not_found" / "person.not_found"; kConflict "training.already_enrolled" (the
  // person is enrolled in this session already) or "training_enrolment.exists" (duplicate id).
  virtual core::Status InsertEnrolment(const Enrolment& enrolment) = 0;
  // Errors: kNotFound "training_enrolment.not_found".
  virtual core::Result<Enrolment> GetEnrolment(const std::string& id) = 0;
  // Stores data, version, updated_*. Errors: kNotFound "training_enrolment.not_found"; kPreconditionFailed
  // "version_mismatch".
  virtual core::Status UpdateEnrolment(const Enrolment& enrolment, std::int64_t expected_version) = 0;
  // The enrolments of a session, oldest first (created_at, then id); at most `limit`.
  virtual core::Result<std::vector<Enrolment>> ListSessionEnrolments(const std::string& session_id, int limit) = 0;
  // The enrolments of a person, newest first (created_at, then id, descending); at most `limit`.
  virtual core::Result<std::vector<Enrolment>> ListPersonEnrolments(const std::string& person_id, int limit) = 0;
  // How many enrolments of the session take a seat (every status but DROPPED_OUT).
  virtual core::Result<std::int64_t> CountSeatsTaken(const std::string& session_id) = 0;
};

}  // namespace sinergi::domain::ports
