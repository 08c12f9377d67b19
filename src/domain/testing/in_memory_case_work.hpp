#pragma once
// TEST DOUBLE, internal to src/domain/testing: the case work (services, notes) and task repositories of the
// in-memory database (in_memory_case_work.cpp). They work on the state copy of their unit of work and mirror
// ports/case_work_repository.hpp, ports/task_repository.hpp and the SQLite backend, including error reasons and
// orders; the storage contract suite holds both to the same tests (tests/contract/case_work_contract.cpp).
#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain::test_doubles::detail {

class InMemoryCaseWorkRepository final : public ports::CaseWorkRepository {
 public:
  explicit InMemoryCaseWorkRepository(InMemoryState& s) : s_(s) {}

  core::Status InsertService(const CaseServiceDelivery& service) override;
  core::Result<CaseServiceDelivery> GetService(const std::string& id) override;
  core::Status UpdateService(const CaseServiceDelivery& service, std::int64_t expected_version) override;
  core::Result<std::vector<CaseServiceDelivery>> ListServices(const std::string& case_id) override;
  core::Status InsertNote(const CaseNote& note) override;
  core::Result<std::vector<CaseNote>> ListNotes(const std::string& case_id) override;
  core::Status InsertAttachment(const CaseAttachment& attachment) override;
  core::Result<CaseAttachment> GetAttachment(const std::string& id) override;
  core::Result<std::vector<CaseAttachment>> ListAttachments(const std::string& case_id) override;
  // in_memory_complaints.cpp
  core::Result<std::optional<ComplaintFacts>> GetComplaintFacts(const std::string& case_id) override;
  core::Status SaveComplaintFacts(const ComplaintFacts& facts, std::int64_t expected_version) override;

 private:
  InMemoryState& s_;
};

// Linear scans with the queries' meaning (no indexes to exercise here).
class InMemoryTaskRepository final : public ports::TaskRepository {
 public:
  explicit InMemoryTaskRepository(InMemoryState& s) : s_(s) {}

  core::Result<std::vector<ports::UnreportedVictim>> UnreportedVictims(const ports::CaseTaskQuery& query) override;
  core::Result<std::vector<ports::FirstAidService>> PendingFirstAid(const ports::CaseTaskQuery& query) override;
  core::Result<std::vector<ports::MonitoredCase>> MonitoringDue(const ports::CaseTaskQuery& query,
                                                                core::Date started_on_or_before) override;
  core::Result<std::vector<ports::OpenSubjectRequest>> OpenSubjectRequests(const ListScope& person_scope,
                                                                           int limit) override;
  // in_memory_complaints.cpp
  core::Result<std::vector<ports::RunningComplaintClock>> RunningComplaintClocks(const ports::CaseTaskQuery& query,
                                                                                 ComplaintClock clock) override;
  // in_memory_restitutions.cpp
  core::Result<std::vector<ports::RestitutionTimer>> RestitutionPaymentsDue(const ports::CaseTaskQuery& query) override;
  core::Result<std::vector<ports::RestitutionTimer>> RestitutionWarningsDue(const ports::CaseTaskQuery& query) override;

 private:
  // An open case owned by the query's agency and admitted by its scope.
  bool Matches(const ports::CaseTaskQuery& query, const Case& c) const;

  InMemoryState& s_;
};

}  // namespace sinergi::domain::test_doubles::detail
