#include "domain/case_workflow.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "domain/codelists.hpp"

namespace sinergi::domain {
namespace {

using S = CaseStatus;

constexpr std::array<std::pair<CaseStatus, std::string_view>, 10> kCodes{{
    {S::kIntake, "INTAKE"},
    {S::kIdentification, "IDENTIFIKASI"},
    {S::kAssessment, "ASESMEN"},
    {S::kServicePlan, "RENCANA_LAYANAN"},
    {S::kServices, "LAYANAN"},
    {S::kReturn, "PEMULANGAN"},
    {S::kReintegration, "REINTEGRASI"},
    {S::kClosurePending, "MENUNGGU_PENUTUPAN"},
    {S::kClosed, "DITUTUP"},
    {S::kClosedReferred, "DITUTUP_DIRUJUK"},
}};

// Back to assessment (re-assessment) is possible from these.
bool CanReassess(CaseStatus s) {
  return s == S::kServicePlan || s == S::kServices || s == S::kReturn || s == S::kReintegration;
}

bool Blank(const std::optional<std::string>& s) {
  return !s || std::all_of(s->begin(), s->end(), [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
}

// Whole months from `from` to `to` (a month counts once its day is reached).
int MonthsBetween(const core::Date& from, const core::Date& to) {
  int months = (to.year - from.year) * 12 + (to.month - from.month);
  if (to.day < from.day) --months;
  return months;
}

core::Error Field(std::string field, std::string code, std::string message) {
  return core::Error::Validation({{std::move(field), std::move(code), std::move(message)}});
}

// Which closure reasons may close a case from `from`: completing needs services to have started.
bool ClosureReasonFits(std::string_view reason, CaseStatus from) {
  if (reason == "SELESAI") return from == S::kServices || from == S::kReintegration;
  return true;
}

}  // namespace

std::string_view ToString(CaseStatus s) {
  for (const auto& [status, code] : kCodes) {
    if (status == s) return code;
  }
  return "UNKNOWN";
}

std::optional<CaseStatus> ParseCaseStatus(std::string_view code) {
  for (const auto& [status, c] : kCodes) {
    if (c == code) return status;
  }
  return std::nullopt;
}

std::vector<CaseStatus> AllowedCaseMoves(CaseStatus from) {
  switch (from) {
    case S::kIntake:
      return {S::kIdentification, S::kClosurePending};
    case S::kIdentification:
      return {S::kAssessment, S::kClosurePending};
    case S::kAssessment:
      return {S::kServicePlan, S::kClosurePending};
    case S::kServicePlan:
      return {S::kServices, S::kAssessment, S::kClosurePending};
    case S::kServices:
      return {S::kReturn, S::kReintegration, S::kAssessment, S::kClosurePending};
    case S::kReturn:
      return {S::kReintegration, S::kAssessment, S::kClosurePending};
    case S::kReintegration:
      return {S::kAssessment, S::kClosurePending};
    case S::kClosurePending:
      return {S::kClosed,      S::kClosedReferred, S::kIntake, S::kIdentification, S::kAssessment,
              S::kServicePlan, S::kServices,       S::kReturn, S::kReintegration};
    case S::kClosed:
    case S::kClosedReferred:
      return {S::kAssessment};
  }
  return {};
}

core::Status CheckCaseMove(const CaseMove& m) {
  const std::vector<CaseStatus> allowed = AllowedCaseMoves(m.from);
  if (std::find(allowed.begin(), allowed.end(), m.to) == allowed.end()) {
    return core::Error::Conflict(
        "case.transition_not_allowed",
        "A case cannot move from " + std::string(ToString(m.from)) + " to " + std::string(ToString(m.to)) + ".");
  }
  // Reopening a closed case, and moving back to assessment, need a reason.
  const bool reopen = m.from == S::kClosed || m.from == S::kClosedReferred;
  const bool back = m.to == S::kAssessment && CanReassess(m.from);
  if ((reopen || back) && Blank(m.reason)) return Field("reason", "required", "say why the case goes back");

  if (m.to == S::kReturn) {
    // UU 21/2007 Penjelasan Ps 51: return only if the victim truly wants it and it puts them at no greater risk.
    if (!m.victim_wants_return) {
      return Field("victim_wants_return", "required", "the victim must want to go home (UU 21/2007 Ps 51)");
    }
    if (!m.return_assessed_safe) {
      return Field("return_assessed_safe", "required", "the return must be assessed as safe (UU 21/2007 Ps 51)");
    }
  }

  if (m.to == S::kClosurePending) {
    if (!m.closure_reason || !IsValidCode("alasan_penutupan_kasus", *m.closure_reason)) {
      return Field("closure_reason", m.closure_reason ? "unknown_code" : "required",
                   "a closure reason from code list alasan_penutupan_kasus");
    }
    if (Blank(m.reason)) return Field("reason", "required", "describe why the case can close");
    if (!ClosureReasonFits(*m.closure_reason, m.from)) {
      return Field("closure_reason", "not_allowed", "a case completes only after services have started");
    }
    if (*m.closure_reason == "SELESAI" && m.from == S::kReintegration) {
      if (!m.reintegration_started ||
          MonthsBetween(*m.reintegration_started, m.effective_date) < kMinReintegrationMonitoringMonths) {
        return Field("reintegration_started", "monitoring_too_short",
                     "reintegration is monitored for at least 3 months before the case completes");
      }
    }
  }

  if (m.from == S::kClosurePending) {
    if (!m.by_supervisor) {
      return core::Error(core::ErrorCode::kForbidden, "case.supervisor_required",
                         "Only a supervisor approves or refuses the closure of a case.");
    }
    if (m.to == S::kClosed || m.to == S::kClosedReferred) {
      const bool referred = m.closure_reason && *m.closure_reason == "DIRUJUK";
      if (!m.closure_reason) return Field("closure_reason", "required", "the closure reason of the request");
      if (referred != (m.to == S::kClosedReferred)) {
        return Field("closure_reason", "mismatch", "a referred case closes as DITUTUP_DIRUJUK, any other as DITUTUP");
      }
    } else {
      // Refusing the closure sends the case back where it was.
      if (!m.status_before_closure || *m.status_before_closure != m.to) {
        return core::Error::Conflict("case.transition_not_allowed",
                                     "A refused closure returns the case to the status it had before.");
      }
      if (Blank(m.reason)) return Field("reason", "required", "say why the closure is refused");
    }
  }
  return core::Ok();
}

}  // namespace sinergi::domain
