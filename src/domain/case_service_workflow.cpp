// CaseService: moves through the case workflow (the rules are CheckCaseMove in case_workflow.cpp; this file
// applies them to a stored case and keeps the workflow facts and the timeline).
#include <utility>

#include "domain/case_service.hpp"
#include "domain/detail/case_access.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::Result;
using ports::TxMode;
using S = CaseStatus;

std::optional<std::string> StatusJson(const std::optional<CaseStatus>& s) {
  if (!s) return std::nullopt;
  return detail::JsonString(ToString(*s));
}

std::optional<std::string> TimestampJson(const std::optional<core::Timestamp>& t) {
  if (!t) return std::nullopt;
  return detail::JsonString(core::FormatTimestamp(*t));
}

CaseMove MoveOf(const Case& c, const Actor& actor, const CaseTransitionRequest& request,
                const core::Date& effective_date) {
  CaseMove move;
  move.from = c.status;
  move.to = request.to;
  move.reason = request.reason;
  detail::TrimOptional(move.reason);
  if (request.to == S::kClosurePending) {
    // Asking to close names the reason; approving or refusing works on the reason the case already holds.
    move.closure_reason = request.closure_reason;
    detail::TrimOptional(move.closure_reason);
    if (move.closure_reason) *move.closure_reason = detail::ToUpperAscii(*move.closure_reason);
  } else {
    move.closure_reason = c.closure_reason;
  }
  // System actors (operator jobs) may do everything the policy allows, approvals included.
  move.by_supervisor = actor.HasRole("SUPERVISOR") || actor.IsSystem();
  move.victim_wants_return = c.data.victim_wants_return;
  move.return_assessed_safe = c.data.return_assessed_safe;
  move.reintegration_started = c.reintegration_started;
  move.effective_date = effective_date;
  move.status_before_closure = c.status_before_closure;
  return move;
}

// Applies an allowed move to the case's workflow facts; returns the history of what changed.
std::vector<FieldChange> Apply(Case& c, const CaseMove& move, core::Timestamp now) {
  const Case before = c;
  c.status = move.to;
  if (move.to == S::kClosurePending) {
    c.closure_reason = move.closure_reason;
    c.status_before_closure = move.from;
  } else if (move.from == S::kClosurePending && !detail::IsClosed(move.to)) {
    // A refused closure: the case carries on as before, no longer closing.
    c.closure_reason.reset();
    c.status_before_closure.reset();
  }
  if (detail::IsClosed(move.to)) c.closed_at = now;
  if (detail::IsClosed(move.from)) {
    // Reopened: no longer closed, nor closing; the timeline keeps why it had closed.
    c.closed_at.reset();
    c.closure_reason.reset();
    c.status_before_closure.reset();
  }
  if (move.to == S::kReintegration) c.reintegration_started = move.effective_date;

  std::vector<FieldChange> changes{
      {"status", detail::JsonString(ToString(before.status)), detail::JsonString(ToString(c.status))}};
  auto add = [&changes](const char* field, std::optional<std::string> b, std::optional<std::string> a) {
    if (b != a) changes.push_back({field, std::move(b), std::move(a)});
  };
  add("closure_reason", detail::JsonOptional(before.closure_reason), detail::JsonOptional(c.closure_reason));
  add("status_before_closure", StatusJson(before.status_before_closure), StatusJson(c.status_before_closure));
  add("reintegration_started", detail::JsonOptional(before.reintegration_started),
      detail::JsonOptional(c.reintegration_started));
  add("closed_at", TimestampJson(before.closed_at), TimestampJson(c.closed_at));
  return changes;
}

}  // namespace

Result<Case> CaseService::Transition(const Actor& actor, const std::string& id, const CaseTransitionRequest& request,
                                     std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  const core::Timestamp now = clock_.Now();
  const core::Date today = core::DateOf(now);
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Case current, detail::GetVisibleCase(*uow, actor, id, /*for_write=*/true));
  if (current.version != expected_version) return Error::StaleVersion();
  const core::Date effective_date = request.effective_date.value_or(today);
  // A move records what was done, so it cannot be dated later than today.
  if (effective_date > today) {
    return Error::Validation({{"effective_date", "in_future", "The effective date is in the future."}});
  }
  const CaseMove move = MoveOf(current, actor, request, effective_date);
  SINERGI_TRY_STATUS(CheckCaseMove(move));

  Case updated = current;
  std::vector<FieldChange> changes = Apply(updated, move, now);
  updated.version = current.version + 1;
  updated.updated_at = now;
  updated.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->cases().Update(updated, expected_version));

  CaseTransition transition;
  transition.id = ids_.NewId();
  transition.case_id = id;
  transition.from = move.from;
  transition.to = move.to;
  transition.effective_date = effective_date;
  transition.at = now;
  transition.actor = actor.id;
  transition.reason = move.reason;
  // The closure reason belongs to the moves of a closure: asking, approving, refusing.
  if (move.to == S::kClosurePending || move.from == S::kClosurePending) transition.closure_reason = move.closure_reason;
  SINERGI_TRY_STATUS(uow->cases().InsertTransition(transition));
  // The reason is free text: kept in the transition and the history, left out of the audit trail.
  SINERGI_TRY_STATUS(detail::RecordChange(
      *uow, clock_, ids_, actor,
      detail::NewChangeRecord(ids_, now, actor, "case", id, "transition", std::move(changes), transition.reason),
      std::string(ToString(move.from)) + " -> " + std::string(ToString(move.to))));
  detail::CaseGate gate(*uow, actor);
  SINERGI_TRY_STATUS(gate.Admit(updated));
  SINERGI_TRY_STATUS(uow->Commit());
  return updated;
}

}  // namespace sinergi::domain
