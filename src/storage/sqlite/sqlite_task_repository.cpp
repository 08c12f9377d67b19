// The task list's queries in SQLite (ports/task_repository.hpp). Each is served by an index of migration 0010 (or
// 0005 for the request queue) and returns at most `limit` rows, earliest due first. The case queries repeat the
// WHERE terms of the partial indexes (status, the quoted TPPO code) literally, so SQLite can choose them.
#include <string>
#include <utility>

#include "storage/common/filtered_query.hpp"
#include "storage/sqlite/sqlite_case_work.hpp"
#include "storage/sqlite/sqlite_list_scope.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::ports::CaseTaskQuery;

constexpr std::string_view kOpenCase = "c.status NOT IN ('DITUTUP', 'DITUTUP_DIRUJUK')";

// The owner condition on cases row "c" (?1 = the agency; nationally owned when empty) and the scope from
// `scope_param` on.
void AddCaseConditions(FilteredQuery& query, const CaseTaskQuery& q, int scope_param) {
  const bool national = q.owner_agency_id.empty();
  query.Add(!national, "agency", "c.owner_agency_id = ?1");
  query.Add(national, "national", "c.owner_agency_id IS NULL");
  if (auto condition = ListScopeCondition(q.scope, "c", scope_param, "occurrence_region_code")) {
    query.Add(true, condition->tag, condition->sql);
  }
}

void BindCaseConditions(Statement& stmt, const CaseTaskQuery& q, int scope_param) {
  if (!q.owner_agency_id.empty()) stmt.BindText(1, q.owner_agency_id);
  stmt.BindInt(2, q.limit);
  BindListScope(stmt, q.scope, scope_param);
}

}  // namespace

core::Result<std::vector<domain::ports::UnreportedVictim>> SqliteTaskRepository::UnreportedVictims(
    const CaseTaskQuery& q) {
  constexpr int kScopeParam = 3;
  FilteredQuery query("tasks.unreported_victims",
                      "SELECT p.case_id, p.person_id, p.added_at FROM cases c "
                      "JOIN case_parties p ON p.case_id = c.id AND p.role = 'KORBAN'");
  query.Add(true, "open_tppo", std::string("instr(c.case_types, '\"TPPO\"') > 0 AND ") + std::string(kOpenCase));
  query.Add(true, "unreported",
            "NOT EXISTS (SELECT 1 FROM case_services d WHERE d.case_id = c.id AND d.service = 'PENEGAKAN_HUKUM' "
            "AND d.reference IS NOT NULL AND d.reference <> '' AND d.status <> 'DIBATALKAN')");
  AddCaseConditions(query, q, kScopeParam);
  query.sql += " ORDER BY p.added_at, p.case_id, p.person_id LIMIT ?2";
  SINERGI_TRY(auto stmt, conn_.Prepare({query.name, query.sql}));
  BindCaseConditions(*stmt, q, kScopeParam);
  std::vector<domain::ports::UnreportedVictim> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    out.push_back({stmt->Text(0), stmt->Text(1), stmt->Time(2)});
  }
}

core::Result<std::vector<domain::ports::FirstAidService>> SqliteTaskRepository::PendingFirstAid(
    const CaseTaskQuery& q) {
  constexpr int kScopeParam = 3;
  FilteredQuery query("tasks.pending_first_aid",
                      "SELECT d.case_id, d.id, d.person_id, d.requested_on FROM case_services d "
                      "JOIN cases c ON c.id = d.case_id");
  query.Add(
      true, "open",
      "d.service = 'PERTOLONGAN_PERTAMA' AND d.status IN ('DIRENCANAKAN', 'BERJALAN') AND " + std::string(kOpenCase));
  AddCaseConditions(query, q, kScopeParam);
  query.sql += " ORDER BY d.requested_on, d.case_id, d.id LIMIT ?2";
  SINERGI_TRY(auto stmt, conn_.Prepare({query.name, query.sql}));
  BindCaseConditions(*stmt, q, kScopeParam);
  std::vector<domain::ports::FirstAidService> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    out.push_back({stmt->Text(0), stmt->Text(1), stmt->OptText(2), stmt->Date(3)});
  }
}

core::Result<std::vector<domain::ports::MonitoredCase>> SqliteTaskRepository::MonitoringDue(
    const CaseTaskQuery& q, core::Date started_on_or_before) {
  constexpr int kScopeParam = 4;
  FilteredQuery query("tasks.monitoring_due", "SELECT c.id, c.reintegration_started FROM cases c");
  query.Add(true, "reintegration", "c.status = 'REINTEGRASI' AND c.reintegration_started <= ?3");
  AddCaseConditions(query, q, kScopeParam);
  query.sql += " ORDER BY c.reintegration_started, c.id LIMIT ?2";
  SINERGI_TRY(auto stmt, conn_.Prepare({query.name, query.sql}));
  BindCaseConditions(*stmt, q, kScopeParam);
  stmt->BindDate(3, started_on_or_before);
  std::vector<domain::ports::MonitoredCase> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    out.push_back({stmt->Text(0), stmt->Date(1)});
  }
}

// The complaint clocks (migration 0013): each fact's partial index (case_complaint_*), whose WHERE term `running`
// repeats literally, joined to the open PMI complaints of the query.
core::Result<std::vector<domain::ports::RunningComplaintClock>> SqliteTaskRepository::RunningComplaintClocks(
    const CaseTaskQuery& q, domain::ComplaintClock clock) {
  using domain::ComplaintClock;
  constexpr int kScopeParam = 3;
  std::string name;
  std::string started;
  std::string running;
  switch (clock) {
    case ComplaintClock::kDocuments30d:
      name = "tasks.complaint_documents";
      started = "c.reported_on";
      running = "f.documents_incomplete = 1";
      break;
    case ComplaintClock::kInfo15wd:
      name = "tasks.complaint_info";
      started = "f.info_requested_on";
      running = "f.info_requested_on IS NOT NULL";
      break;
    case ComplaintClock::kUnreachable60d:
      name = "tasks.complaint_unreachable";
      started = "f.unreachable_since";
      running = "f.unreachable_since IS NOT NULL";
      break;
    case ComplaintClock::kNoResponse6m:
      name = "tasks.complaint_no_response";
      started = "f.awaiting_response_since";
      running = "f.awaiting_response_since IS NOT NULL";
      break;
    case ComplaintClock::kSettlement7d:
      name = "tasks.complaint_settlement";
      started = "f.settlement_clarified_on";
      running = "f.settlement_clarified_on IS NOT NULL";
      break;
  }
  FilteredQuery query(std::move(name),
                      "SELECT f.case_id, " + started + " FROM case_complaint_facts f JOIN cases c ON c.id = f.case_id");
  query.Add(true, "running",
            running + " AND instr(c.case_types, '\"PMI_BERMASALAH\"') > 0 AND " + std::string(kOpenCase));
  AddCaseConditions(query, q, kScopeParam);
  query.sql += " ORDER BY " + started + ", f.case_id LIMIT ?2";
  SINERGI_TRY(auto stmt, conn_.Prepare({query.name, query.sql}));
  BindCaseConditions(*stmt, q, kScopeParam);
  std::vector<domain::ports::RunningComplaintClock> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    out.push_back({stmt->Text(0), stmt->Date(1)});
  }
}

core::Result<std::vector<domain::ports::OpenSubjectRequest>> SqliteTaskRepository::OpenSubjectRequests(
    const domain::ListScope& person_scope, int limit) {
  constexpr int kScopeParam = 2;
  // Served by data_subject_requests_open_due (status, due_at) of migration 0005.
  FilteredQuery query("tasks.open_subject_requests",
                      "SELECT r.id, r.person_id, r.due_at FROM data_subject_requests r "
                      "JOIN persons p ON p.id = r.person_id");
  query.Add(true, "open", "r.status = 'open'");
  if (auto condition = ListScopeCondition(person_scope, "p", kScopeParam)) {
    query.Add(true, condition->tag, condition->sql);
  }
  query.sql += " ORDER BY r.due_at, r.id LIMIT ?1";
  SINERGI_TRY(auto stmt, conn_.Prepare({query.name, query.sql}));
  stmt->BindInt(1, limit);
  BindListScope(*stmt, person_scope, kScopeParam);
  std::vector<domain::ports::OpenSubjectRequest> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    out.push_back({stmt->Text(0), stmt->Text(1), stmt->Time(2)});
  }
}

// The restitution timers (UU 21/2007 Ps 50): served by the partial indexes case_restitutions_payment_due and
// case_restitutions_warning_due of migration 0012, whose WHERE terms `timer` repeats literally. Running timers are
// few whatever the number of claims, so they drive the loop: CROSS JOIN keeps the claims outer (SQLite would
// otherwise start from the agency's cases), and the index order (day, case_id, id) is the ORDER BY, so no sort.
namespace {

core::Result<std::vector<domain::ports::RestitutionTimer>> RestitutionTimers(Connection& conn, const CaseTaskQuery& q,
                                                                             std::string name,
                                                                             std::string_view started_column,
                                                                             std::string timer) {
  constexpr int kScopeParam = 3;
  const std::string started = "r." + std::string(started_column);
  FilteredQuery query(std::move(name), "SELECT r.case_id, r.id, r.person_id, " + started +
                                           " FROM case_restitutions r CROSS JOIN cases c ON c.id = r.case_id");
  query.Add(true, "running", std::move(timer) + " AND " + std::string(kOpenCase));
  AddCaseConditions(query, q, kScopeParam);
  query.sql += " ORDER BY " + started + ", r.case_id, r.id LIMIT ?2";
  SINERGI_TRY(auto stmt, conn.Prepare({query.name, query.sql}));
  BindCaseConditions(*stmt, q, kScopeParam);
  std::vector<domain::ports::RestitutionTimer> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    out.push_back({stmt->Text(0), stmt->Text(1), stmt->Text(2), stmt->Date(3)});
  }
}

}  // namespace

core::Result<std::vector<domain::ports::RestitutionTimer>> SqliteTaskRepository::RestitutionPaymentsDue(
    const CaseTaskQuery& q) {
  return RestitutionTimers(conn_, q, "tasks.restitution_payments_due", "final_notice_on",
                           "r.final_notice_on IS NOT NULL AND r.paid_in_full = 0 AND r.unpaid_reported_on IS NULL");
}

core::Result<std::vector<domain::ports::RestitutionTimer>> SqliteTaskRepository::RestitutionWarningsDue(
    const CaseTaskQuery& q) {
  return RestitutionTimers(conn_, q, "tasks.restitution_warnings_due", "warning_on",
                           "r.warning_on IS NOT NULL AND r.paid_in_full = 0 AND r.seizure_on IS NULL AND "
                           "r.substitute_detention_on IS NULL");
}

}  // namespace sinergi::storage::sqlite
