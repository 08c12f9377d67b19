#pragma once
// The case workflow of issue #4 as an explicit state machine (DOMAIN.md §8.3): intake -> identification ->
// assessment -> service plan -> services/referral -> return -> reintegration with monitoring -> closed. Pure
// functions; the case service (issue #4, later slices) applies them and records who moved the case and why.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"

namespace sinergi::domain {

// Codes of the code list status_kasus.
enum class CaseStatus {
  kIntake,          // INTAKE: complaint, outreach, referral, embassy report, debarkation, police report
  kIdentification,  // IDENTIFIKASI: safety, history, TPPO/GBV/PMI screening
  kAssessment,      // ASESMEN: physical, psychological, social, economic, education
  kServicePlan,     // RENCANA_LAYANAN
  kServices,        // LAYANAN: services delivered and referrals under way
  kReturn,          // PEMULANGAN: only if the victim wants it and it is safe (UU 21/2007 Penjelasan Ps 51)
  kReintegration,   // REINTEGRASI: with monitoring of at least 3 months (Perda DIY 6/2025 Ps 29)
  kClosurePending,  // MENUNGGU_PENUTUPAN: a case worker asked to close; a supervisor approves or sends it back
  kClosed,          // DITUTUP
  kClosedReferred,  // DITUTUP_DIRUJUK: closed here, handled on by another agency
};

std::string_view ToString(CaseStatus s);
std::optional<CaseStatus> ParseCaseStatus(std::string_view code);

// Minimum monitoring after reintegration starts before a case that went through reintegration may close as
// completed.
inline constexpr int kMinReintegrationMonitoringMonths = 3;

// What the rules need to know about the case and the requested move.
struct CaseMove {
  CaseStatus from{};
  CaseStatus to{};
  std::optional<std::string> reason;          // required for closing, reopening and moving backwards
  std::optional<std::string> closure_reason;  // codelist alasan_penutupan_kasus, required when asking to close
  bool by_supervisor = false;                 // the actor holds SUPERVISOR (approving or refusing a closure)
  // For -> kReturn: the victim wants to go home and the assessment found it safe (both recorded on the case).
  bool victim_wants_return = false;
  bool return_assessed_safe = false;
  // For closing as completed after reintegration: when reintegration started, and the effective date.
  std::optional<core::Date> reintegration_started;
  core::Date effective_date{};
  // The status the case had before kClosurePending (where a refused closure sends it back).
  std::optional<CaseStatus> status_before_closure;
};

// The statuses reachable from `from` by the state machine (guards not applied).
std::vector<CaseStatus> AllowedCaseMoves(CaseStatus from);

// Checks a move against the state machine and its guards. Errors (kConflict "case.transition_not_allowed" for a
// move the machine does not have; otherwise kInvalid "validation_failed" naming the field):
// - forward one step along intake -> ... -> reintegration; services -> reintegration (no return needed) and
//   identification/assessment -> closure (e.g. not a case) are allowed; back to assessment from the service plan,
//   services, return or reintegration with a reason (re-assessment);
// - -> return needs victim_wants_return and return_assessed_safe ("victim_wants_return", "return_assessed_safe");
// - -> closure pending needs closure_reason (codelist) and a reason; closing as SELESAI from reintegration needs
//   kMinReintegrationMonitoringMonths of monitoring ("reintegration_started");
// - closure pending -> closed / closed-referred (DIRUJUK closes as closed-referred, every other reason as closed)
//   or back to status_before_closure: only by a supervisor (kForbidden "case.supervisor_required");
// - closed / closed-referred -> assessment (reopen) needs a reason.
core::Status CheckCaseMove(const CaseMove& move);

}  // namespace sinergi::domain
