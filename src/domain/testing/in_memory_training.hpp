#pragma once
// TEST DOUBLE, internal to src/domain/testing: the training repository of the in-memory database
// (in_memory_training.cpp). Works on the state copy of its unit of work, like the other in-memory repositories.
#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain::test_doubles::detail {

// Training programmes, sessions and enrolments (ports/training_repository.hpp): the same errors and orders as the
// SQLite backend; the storage contract suite runs against both (tests/contract/training_contract.cpp).
class InMemoryTrainingRepository final : public ports::TrainingRepository {
 public:
  explicit InMemoryTrainingRepository(InMemoryState& s) : s_(s) {}

  core::Status InsertProgramme(const Programme& programme) override;
  core::Result<Programme> GetProgramme(const std::string& id) override;
  core::Status UpdateProgramme(const Programme& programme, std::int64_t expected_version) override;
  core::Result<std::vector<Programme>> ListProgrammes(const ports::ProgrammeFilter& filter, int limit) override;
  core::Status InsertSession(const TrainingSession& session) override;
  core::Result<TrainingSession> GetSession(const std::string& id) override;
  core::Status UpdateSession(const TrainingSession& session, std::int64_t expected_version) override;
  core::Result<std::vector<TrainingSession>> ListSessions(const std::string& programme_id, int limit) override;
  core::Status InsertEnrolment(const Enrolment& enrolment) override;
  core::Result<Enrolment> GetEnrolment(const std::string& id) override;
  core::Status UpdateEnrolment(const Enrolment& enrolment, std::int64_t expected_version) override;
  core::Result<std::vector<Enrolment>> ListSessionEnrolments(const std::string& session_id, int limit) override;
  core::Result<std::vector<Enrolment>> ListPersonEnrolments(const std::string& person_id, int limit) override;
  core::Result<std::int64_t> CountSeatsTaken(const std::string& session_id) override;

 private:
  InMemoryState& s_;
};

}  // namespace sinergi::domain::test_doubles::detail
