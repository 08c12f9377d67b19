#pragma once
// The facts the task list (domain/task_service.hpp) is computed from: each query returns the records a legal timer
// is running on, earliest due first, and is served by an index (SQLite: migration 0010), so the list stays cheap
// with a million cases. Nothing here is stored for the tasks themselves. Used inside one UnitOfWork; not
// thread-safe.
//
// Extension point: a new kind of task (e.g. the referrals waiting in an agency's inbox) adds its query here or in
// its own repository, and a collector in task_service.cpp.
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/complaint.hpp"
#include "domain/list_scope.hpp"

namespace sinergi::domain::ports {

// Which cases: open (not DITUTUP / DITUTUP_DIRUJUK) cases owned by `owner_agency_id` ("" = owned nationally)
// and admitted by `scope` (the case judged on itself, as CaseFilter::scope). At most `limit` rows per query.
struct CaseTaskQuery {
  std::string owner_agency_id;
  ListScope scope = ListScope::Everything();
  int limit = 100;
};

// A victim (role KORBAN) of a TPPO case that has no police report yet (no PENEGAKAN_HUKUM service with a
// reference that is not DIBATALKAN); ordered by added_at.
struct UnreportedVictim {
  std::string case_id;
  std::string person_id;
  core::Timestamp added_at{};
};

// A PERTOLONGAN_PERTAMA service still DIRENCANAKAN or BERJALAN; ordered by requested_on.
struct FirstAidService {
  std::string case_id;
  std::string service_id;
  std::optional<std::string> person_id;
  core::Date requested_on;
};

// A case in REINTEGRASI whose monitoring started on or before the cutoff; ordered by reintegration_started.
struct MonitoredCase {
  std::string case_id;
  core::Date reintegration_started;
};

// A restitution claim whose 14-day timer runs (domain/restitution_rules.hpp: RestitutionPaymentTimerRunning,
// RestitutionWarningTimerRunning), with the day the timer started (final_notice_on, warning_on); ordered by it.
struct RestitutionTimer {
  std::string case_id;
  std::string restitution_id;
  std::string person_id;
  core::Date started_on;
};

// A PMI complaint whose clock runs (domain/complaint.hpp), with the day it started (complaint_rules.hpp
// ClockStart: the case's reported_on for the documents, else the fact's date); ordered by it.
struct RunningComplaintClock {
  std::string case_id;
  core::Date started_on;
};

// An open data-subject request; ordered by due_at.
struct OpenSubjectRequest {
  std::string request_id;
  std::string person_id;
  core::Timestamp due_at{};
};

class TaskRepository {
 public:
  virtual ~TaskRepository() = default;

  virtual core::Result<std::vector<UnreportedVictim>> UnreportedVictims(const CaseTaskQuery& query) = 0;
  virtual core::Result<std::vector<FirstAidService>> PendingFirstAid(const CaseTaskQuery& query) = 0;
  virtual core::Result<std::vector<MonitoredCase>> MonitoringDue(const CaseTaskQuery& query,
                                                                 core::Date started_on_or_before) = 0;
  // Restitution claims notified as final, not paid in full, no non-payment reported (RESTITUTION_PAYMENT_14D).
  virtual core::Result<std::vector<RestitutionTimer>> RestitutionPaymentsDue(const CaseTaskQuery& query) = 0;
  // Restitution claims warned by the court, not paid in full, neither seized nor converted to detention
  // (RESTITUTION_WARNING_14D).
  virtual core::Result<std::vector<RestitutionTimer>> RestitutionWarningsDue(const CaseTaskQuery& query) = 0;
  // The cases of the query whose case_types contain PMI_BERMASALAH and whose complaint facts start `clock`.
  virtual core::Result<std::vector<RunningComplaintClock>> RunningComplaintClocks(const CaseTaskQuery& query,
                                                                                  ComplaintClock clock) = 0;
  // Requests of persons admitted by `person_scope` (the person list's restriction), deleted persons included.
  virtual core::Result<std::vector<OpenSubjectRequest>> OpenSubjectRequests(const ListScope& person_scope,
                                                                            int limit) = 0;
};

}  // namespace sinergi::domain::ports
