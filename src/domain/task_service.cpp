// TaskService: the task list computed from stored facts (task.hpp). Each kind has a collector that asks its indexed
// query (ports/task_repository.hpp) and turns rows into tasks; ListTasks merges them by due time.
#include "domain/task_service.hpp"

#include <algorithm>
#include <chrono>
#include <set>
#include <tuple>
#include <utility>

#include "domain/audit_log.hpp"
#include "domain/case_work.hpp"
#include "domain/complaint_rules.hpp"
#include "domain/coordination_rules.hpp"
#include "domain/detail/access_support.hpp"
#include "domain/detail/case_access.hpp"
#include "domain/policy.hpp"
#include "domain/referral.hpp"
#include "domain/restitution.hpp"
#include "domain/working_days.hpp"

namespace sinergi::domain {
namespace {

using core::Result;
using ports::TxMode;
using ports::UnitOfWork;

constexpr std::chrono::hours kPoliceReportDeadline{24};  // PP 9/2008 Ps 14(5)

// What the collectors share for one call.
struct TaskContext {
  UnitOfWork& uow;
  const Actor& actor;
  core::Timestamp now;
  ports::CaseTaskQuery query;  // owner agency, scope and limit for the case tasks
};

core::Timestamp StartOf(core::Date d) {
  return core::Timestamp(std::chrono::sys_days(std::chrono::days(d.DaysSinceEpoch())));
}

// A timer counted in days is overdue from the start of the day after its last day.
void DueOnDay(Task& t, core::Date last_day, core::Timestamp now) {
  t.due_on = last_day;
  t.due_at = StartOf(core::Date::FromDaysSinceEpoch(last_day.DaysSinceEpoch() + 1));
  t.overdue = now >= t.due_at;
}

// The same day `months` calendar months later (clamped to the month's last day: 31 Jan + 1 month = 28/29 Feb).
core::Date AddMonths(core::Date d, int months) {
  const int index = d.year * 12 + (d.month - 1) + months;
  core::Date out{index / 12, index % 12 + 1, d.day};
  while (!core::Date::IsValid(out.year, out.month, out.day)) --out.day;
  return out;
}

core::Status CollectPoliceReports(TaskContext& ctx, std::vector<Task>& out) {
  SINERGI_TRY(auto rows, ctx.uow.tasks().UnreportedVictims(ctx.query));
  for (ports::UnreportedVictim& row : rows) {
    Task t;
    t.kind = TaskKind::kPoliceReport24h;
    t.case_id = std::move(row.case_id);
    t.person_id = std::move(row.person_id);
    t.due_at = row.added_at + kPoliceReportDeadline;
    t.overdue = ctx.now >= t.due_at;
    t.legal_basis = "PP 9/2008 Ps 14(5)";
    out.push_back(std::move(t));
  }
  return core::Ok();
}

core::Status CollectFirstAid(TaskContext& ctx, std::vector<Task>& out) {
  SINERGI_TRY(auto rows, ctx.uow.tasks().PendingFirstAid(ctx.query));
  for (ports::FirstAidService& row : rows) {
    Task t;
    t.kind = TaskKind::kFirstAid7d;
    t.case_id = std::move(row.case_id);
    t.service_id = std::move(row.service_id);
    t.person_id = std::move(row.person_id);
    DueOnDay(t, core::Date::FromDaysSinceEpoch(row.requested_on.DaysSinceEpoch() + kFirstAidDueDays), ctx.now);
    t.legal_basis = "UU 21/2007 Ps 53";
    out.push_back(std::move(t));
  }
  return core::Ok();
}

core::Status CollectMonitoring(TaskContext& ctx, std::vector<Task>& out) {
  // Due once the monitoring's 3 months have run: started on or before today - 3 months. Those still running are
  // not tasks yet.
  const core::Date cutoff = AddMonths(core::DateOf(ctx.now), -kMinReintegrationMonitoringMonths);
  SINERGI_TRY(auto rows, ctx.uow.tasks().MonitoringDue(ctx.query, cutoff));
  for (ports::MonitoredCase& row : rows) {
    Task t;
    t.kind = TaskKind::kReintegrationMonitoring;
    t.case_id = std::move(row.case_id);
    // The monitoring ends 3 months after it started; the review is due from then.
    const core::Date ends = AddMonths(row.reintegration_started, kMinReintegrationMonitoringMonths);
    t.due_on = ends;
    t.due_at = StartOf(ends);
    t.overdue = ctx.now >= t.due_at;
    t.legal_basis = "Perda DIY 6/2025 Ps 29";
    out.push_back(std::move(t));
  }
  return core::Ok();
}

// The two 14-day restitution timers (UU 21/2007 Ps 50(1) and 50(3)): due `days` after the day each started.
core::Status AddRestitutionTasks(TaskContext& ctx, std::vector<ports::RestitutionTimer> rows, TaskKind kind, int days,
                                 const char* legal_basis, std::vector<Task>& out) {
  for (ports::RestitutionTimer& row : rows) {
    Task t;
    t.kind = kind;
    t.case_id = std::move(row.case_id);
    t.person_id = std::move(row.person_id);
    DueOnDay(t, core::Date::FromDaysSinceEpoch(row.started_on.DaysSinceEpoch() + days), ctx.now);
    t.legal_basis = legal_basis;
    out.push_back(std::move(t));
  }
  return core::Ok();
}

core::Status CollectRestitutionPayments(TaskContext& ctx, std::vector<Task>& out) {
  SINERGI_TRY(auto rows, ctx.uow.tasks().RestitutionPaymentsDue(ctx.query));
  return AddRestitutionTasks(ctx, std::move(rows), TaskKind::kRestitutionPayment14d, kRestitutionPaymentDays,
                             "UU 21/2007 Ps 50(1)", out);
}

core::Status CollectRestitutionWarnings(TaskContext& ctx, std::vector<Task>& out) {
  SINERGI_TRY(auto rows, ctx.uow.tasks().RestitutionWarningsDue(ctx.query));
  return AddRestitutionTasks(ctx, std::move(rows), TaskKind::kRestitutionWarning14d, kRestitutionWarningDays,
                             "UU 21/2007 Ps 50(3)", out);
}

// The complaint clocks of the open PMI complaints (Perban BP2MI 6/2024 Ps 30, 23/2025 Ps 18; complaint_rules.hpp).
// The working-day clock reads the public holidays once for all its rows (ordered by start).
core::Status CollectComplaints(TaskContext& ctx, std::vector<Task>& out) {
  for (ComplaintClock clock : kComplaintClocks) {
    SINERGI_TRY(auto rows, ctx.uow.tasks().RunningComplaintClocks(ctx.query, clock));
    if (rows.empty()) continue;
    std::vector<core::Date> holidays;
    if (CountsWorkingDays(clock)) {
      const core::Date until = WorkingDaysHorizon(rows.back().started_on, kComplaintInfoWorkingDays);
      SINERGI_TRY(holidays, ctx.uow.reference().PublicHolidays(rows.front().started_on, until));
    }
    for (ports::RunningComplaintClock& row : rows) {
      const ComplaintTimer timer = MakeComplaintTimer(clock, row.started_on, holidays, ctx.now);
      Task t;
      t.kind = TaskKindOf(clock);
      t.case_id = std::move(row.case_id);
      t.due_on = timer.due_on;
      t.due_at = timer.due_at;
      t.overdue = timer.overdue;
      t.legal_basis = std::string(timer.legal_basis);
      out.push_back(std::move(t));
    }
  }
  return core::Ok();
}

using Collector = core::Status (*)(TaskContext&, std::vector<Task>&);
// The case timers.
constexpr Collector kCaseCollectors[] = {CollectPoliceReports,       CollectFirstAid,
                                         CollectMonitoring,          CollectComplaints,
                                         CollectRestitutionPayments, CollectRestitutionWarnings};

// Every case task must name a case the actor may see (the query's scope said so; a disagreement is a bug).
Result<std::vector<Task>> AdmitCaseTasks(UnitOfWork& uow, const Actor& actor, std::vector<Task> tasks) {
  detail::CaseGate gate(uow, actor);
  std::set<std::string> visible;
  std::set<std::string> refused;
  std::vector<Task> kept;
  for (Task& t : tasks) {
    const std::string& id = *t.case_id;
    if (!visible.contains(id) && !refused.contains(id)) {
      SINERGI_TRY(Case c, uow.cases().Get(id));
      SINERGI_TRY(bool seen, gate.Visible(c));
      if (!seen) SINERGI_BUG("a scope-restricted task query returned a case the policy refuses");
      (seen ? visible : refused).insert(id);
    }
    if (visible.contains(id)) kept.push_back(std::move(t));
  }
  return kept;
}

Result<std::vector<Task>> CollectSubjectRequests(UnitOfWork& uow, const Actor& actor, core::Timestamp now, int limit) {
  const bool registry = Authorize(actor, Permission::kRegistryRead).ok();
  detail::RecordGate gate(uow, actor, now);
  ListScope scope = ListScope::Everything();
  if (registry) {
    SINERGI_TRY(scope, gate.ListRestriction());
  }
  SINERGI_TRY(auto rows, uow.tasks().OpenSubjectRequests(scope, limit));
  std::vector<Task> out;
  for (ports::OpenSubjectRequest& row : rows) {
    if (registry) {
      SINERGI_TRY(Person person, uow.persons().Get(row.person_id));
      SINERGI_TRY(bool seen, gate.VisibleListed(person));
      if (!seen) continue;
    }
    Task t;
    t.kind = TaskKind::kSubjectRequest72h;
    t.request_id = std::move(row.request_id);
    t.person_id = std::move(row.person_id);
    t.due_at = row.due_at;
    t.overdue = now >= t.due_at;
    t.legal_basis = "UU 27/2022 (3 x 24 jam)";
    out.push_back(std::move(t));
  }
  return out;
}

// The referrals waiting in the actor's agency's inbox, due when they would be escalated. An actor without an agency
// has no inbox.
Result<std::vector<Task>> CollectPendingReferrals(UnitOfWork& uow, const Actor& actor, core::Timestamp now,
                                                  int answer_hours, int limit) {
  std::vector<Task> out;
  if (actor.agency_id.empty()) return out;
  ports::ReferralFilter filter;
  filter.to_agency_id = actor.agency_id;
  filter.status = ReferralStatus::kPending;
  SINERGI_TRY(auto page, uow.referrals().List(filter, {limit, std::nullopt}));
  for (Referral& r : page.items) {
    Task t;
    t.kind = TaskKind::kReferralPending;
    t.referral_id = std::move(r.id);
    t.due_at = r.created_at + std::chrono::hours(answer_hours);
    t.overdue = now >= t.due_at;
    t.legal_basis = "Perpres 55/2024 Ps 28-30";
    out.push_back(std::move(t));
  }
  return out;
}

// The commitments of the actor's agency due within kCommitmentDueSoonDays or overdue (issue #5). An actor without
// an agency has none.
Result<std::vector<Task>> CollectDueCommitments(UnitOfWork& uow, const Actor& actor, core::Timestamp now, int limit) {
  std::vector<Task> out;
  if (actor.agency_id.empty()) return out;
  SINERGI_TRY(auto rows,
              uow.coordination().DueCommitments(actor.agency_id, CommitmentTaskHorizon(core::DateOf(now)), limit));
  for (ports::DueCommitment& row : rows) {
    Task t;
    t.kind = TaskKind::kCommitmentDue;
    t.commitment_id = std::move(row.commitment_id);
    DueOnDay(t, row.due_on, now);
    t.legal_basis = "Komitmen rapat koordinasi";
    out.push_back(std::move(t));
  }
  return out;
}

// Earliest due first (the overdue lead), then a stable order by kind and ids.
bool TaskBefore(const Task& a, const Task& b) {
  auto key = [](const Task& t) {
    return std::make_tuple(t.due_at, static_cast<int>(t.kind), t.case_id.value_or(""), t.person_id.value_or(""),
                           t.service_id.value_or(""), t.request_id.value_or(""), t.referral_id.value_or(""),
                           t.commitment_id.value_or(""));
  };
  return key(a) < key(b);
}

}  // namespace

std::string_view ToString(TaskKind kind) {
  switch (kind) {
    case TaskKind::kPoliceReport24h:
      return "POLICE_REPORT_24H";
    case TaskKind::kFirstAid7d:
      return "FIRST_AID_7D";
    case TaskKind::kSubjectRequest72h:
      return "SUBJECT_REQUEST_72H";
    case TaskKind::kReintegrationMonitoring:
      return "REINTEGRATION_MONITORING";
    case TaskKind::kReferralPending:
      return "REFERRAL_PENDING";
    case TaskKind::kComplaintDocuments30d:
      return "COMPLAINT_DOCUMENTS_30D";
    case TaskKind::kComplaintInfo15wd:
      return "COMPLAINT_INFO_15WD";
    case TaskKind::kComplaintUnreachable60d:
      return "COMPLAINT_UNREACHABLE_60D";
    case TaskKind::kComplaintNoResponse6m:
      return "COMPLAINT_NO_RESPONSE_6M";
    case TaskKind::kSettlement7d:
      return "SETTLEMENT_7D";
    case TaskKind::kRestitutionPayment14d:
      return "RESTITUTION_PAYMENT_14D";
    case TaskKind::kRestitutionWarning14d:
      return "RESTITUTION_WARNING_14D";
    case TaskKind::kCommitmentDue:
      return "COMMITMENT_DUE";
  }
  return "UNKNOWN";
}

Result<std::vector<Task>> TaskService::ListTasks(const Actor& actor, int limit) {
  const bool cases = Authorize(actor, Permission::kCaseWrite).ok();
  const bool requests = Authorize(actor, Permission::kAuditRead).ok();
  const bool commitments = Authorize(actor, Permission::kCoordinationWrite).ok();
  if (!cases && !requests && !commitments) {
    SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));  // the refusal (or auth.required)
  }
  limit = std::clamp(limit, 1, kMaxLimit);
  const core::Timestamp now = clock_.Now();

  std::vector<Task> tasks;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    if (cases) {
      detail::CaseGate gate(*uow, actor);
      TaskContext ctx{*uow, actor, now, {actor.agency_id, gate.ListRestriction(), limit}};
      std::vector<Task> case_tasks;
      for (Collector collect : kCaseCollectors) SINERGI_TRY_STATUS(collect(ctx, case_tasks));
      SINERGI_TRY(case_tasks, AdmitCaseTasks(*uow, actor, std::move(case_tasks)));
      for (Task& t : case_tasks) tasks.push_back(std::move(t));
      SINERGI_TRY(std::vector<Task> referral_tasks,
                  CollectPendingReferrals(*uow, actor, now, referral_answer_hours_, limit));
      for (Task& t : referral_tasks) tasks.push_back(std::move(t));
    }
    if (requests) {
      SINERGI_TRY(std::vector<Task> request_tasks, CollectSubjectRequests(*uow, actor, now, limit));
      for (Task& t : request_tasks) tasks.push_back(std::move(t));
    }
    if (commitments) {
      SINERGI_TRY(std::vector<Task> commitment_tasks, CollectDueCommitments(*uow, actor, now, limit));
      for (Task& t : commitment_tasks) tasks.push_back(std::move(t));
    }
  }
  std::sort(tasks.begin(), tasks.end(), TaskBefore);
  if (tasks.size() > static_cast<std::size_t>(limit)) tasks.resize(static_cast<std::size_t>(limit));

  AuditEvent event{"list", "task", {}, {}, {}, {}};
  std::set<std::string> named;
  for (const Task& t : tasks) {
    for (const auto& id : {t.case_id, t.request_id, t.referral_id, t.commitment_id}) {
      if (id && named.insert(*id).second) event.record_ids.push_back(*id);
    }
  }
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return tasks;
}

}  // namespace sinergi::domain
