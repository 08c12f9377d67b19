#pragma once
// sqlite_training_repository.cpp: training programmes, sessions and enrolments (migration 0017_training.sql). Works
// on the connection of the unit of work that owns it; not thread-safe.
#include "domain/ports/training_repository.hpp"
#include "storage/sqlite/connection.hpp"

namespace sinergi::storage::sqlite {

class SqliteTrainingRepository final : public domain::ports::TrainingRepository {
 public:
  explicit SqliteTrainingRepository(Connection& conn) : conn_(conn) {}

  core::Status InsertProgramme(const domain::Programme& programme) override;
  core::Result<domain::Programme> GetProgramme(const std::string& id) override;
  core::Status UpdateProgramme(const domain::Programme& programme, std::int64_t expected_version) override;
  core::Result<std::vector<domain::Programme>> ListProgrammes(const domain::ports::ProgrammeFilter& filter,
                                                              int limit) override;
  core::Status InsertSession(const domain::TrainingSession& session) override;
  core::Result<domain::TrainingSession> GetSession(const std::string& id) override;
  core::Status UpdateSession(const domain::TrainingSession& session, std::int64_t expected_version) override;
  core::Result<std::vector<domain::TrainingSession>> ListSessions(const std::string& programme_id, int limit) override;
  core::Status InsertEnrolment(const domain::Enrolment& enrolment) override;
  core::Result<domain::Enrolment> GetEnrolment(const std::string& id) override;
  core::Status UpdateEnrolment(const domain::Enrolment& enrolment, std::int64_t expected_version) override;
  core::Result<std::vector<domain::Enrolment>> ListSessionEnrolments(const std::string& session_id, int limit) override;
  core::Result<std::vector<domain::Enrolment>> ListPersonEnrolments(const std::string& person_id, int limit) override;
  core::Result<std::int64_t> CountSeatsTaken(const std::string& session_id) override;

 private:
  Connection& conn_;
};

}  // namespace sinergi::storage::sqlite
