#pragma once
// The SQLite repositories of the work on a case (migration 0010_case_services.sql): services delivered and notes
// (sqlite_case_work_repository.cpp), and the task list's queries (sqlite_task_repository.cpp). Each works on the
// connection of the unit of work that owns it; none is thread-safe.
#include "domain/ports/case_work_repository.hpp"
#include "domain/ports/task_repository.hpp"
#include "storage/common/sealed_fields.hpp"
#include "storage/sqlite/connection.hpp"

namespace sinergi::storage::sqlite {

class SqliteCaseWorkRepository final : public domain::ports::CaseWorkRepository {
 public:
  SqliteCaseWorkRepository(Connection& conn, const Sealer& sealer) : conn_(conn), sealer_(sealer) {}

  core::Status InsertService(const domain::CaseServiceDelivery& service) override;
  core::Result<domain::CaseServiceDelivery> GetService(const std::string& id) override;
  core::Status UpdateService(const domain::CaseServiceDelivery& service, std::int64_t expected_version) override;
  core::Result<std::vector<domain::CaseServiceDelivery>> ListServices(const std::string& case_id) override;

  core::Status InsertNote(const domain::CaseNote& note) override;
  core::Result<std::vector<domain::CaseNote>> ListNotes(const std::string& case_id) override;

  core::Status InsertAttachment(const domain::CaseAttachment& attachment) override;
  core::Result<domain::CaseAttachment> GetAttachment(const std::string& id) override;
  core::Result<std::vector<domain::CaseAttachment>> ListAttachments(const std::string& case_id) override;

  // sqlite_complaint_facts.cpp (migration 0013).
  core::Result<std::optional<domain::ComplaintFacts>> GetComplaintFacts(const std::string& case_id) override;
  core::Status SaveComplaintFacts(const domain::ComplaintFacts& facts, std::int64_t expected_version) override;

 private:
  // A foreign-key failure does not name the table: "case.not_found" when the case is missing, else the person.
  core::Status ExplainMissing(core::Status failed, const std::string& case_id);

  Connection& conn_;
  const Sealer& sealer_;
};

class SqliteTaskRepository final : public domain::ports::TaskRepository {
 public:
  explicit SqliteTaskRepository(Connection& conn) : conn_(conn) {}

  core::Result<std::vector<domain::ports::UnreportedVictim>> UnreportedVictims(
      const domain::ports::CaseTaskQuery& query) override;
  core::Result<std::vector<domain::ports::FirstAidService>> PendingFirstAid(
      const domain::ports::CaseTaskQuery& query) override;
  core::Result<std::vector<domain::ports::MonitoredCase>> MonitoringDue(const domain::ports::CaseTaskQuery& query,
                                                                        core::Date started_on_or_before) override;
  core::Result<std::vector<domain::ports::OpenSubjectRequest>> OpenSubjectRequests(
      const domain::ListScope& person_scope, int limit) override;
  core::Result<std::vector<domain::ports::RunningComplaintClock>> RunningComplaintClocks(
      const domain::ports::CaseTaskQuery& query, domain::ComplaintClock clock) override;
  core::Result<std::vector<domain::ports::RestitutionTimer>> RestitutionPaymentsDue(
      const domain::ports::CaseTaskQuery& query) override;
  core::Result<std::vector<domain::ports::RestitutionTimer>> RestitutionWarningsDue(
      const domain::ports::CaseTaskQuery& query) override;

 private:
  Connection& conn_;
};

}  // namespace sinergi::storage::sqlite
