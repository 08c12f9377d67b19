#pragma once
// The task list (issue #4): the legal timers running on an agency's cases and on the data-subject request queue,
// computed on every read from stored facts (never stored themselves). Each kind names its rule:
//   POLICE_REPORT_24H        a victim (KORBAN) of an open TPPO case must be reported to the police within 24 hours of
//                            being added to the case (PP 9/2008 Ps 14(5)); done once the case has a police report
//                            (a PENEGAKAN_HUKUM service with a reference, not cancelled).
//   FIRST_AID_7D             a PERTOLONGAN_PERTAMA service not SELESAI/DIBATALKAN is due 7 days after it was requested
//                            (UU 21/2007 Ps 53).
//   SUBJECT_REQUEST_72H      an open data-subject request, due 3 x 24 hours after it was received (UU 27/2022).
//   REINTEGRATION_MONITORING a case in REINTEGRASI whose 3 months of monitoring have passed (Perda DIY 6/2025 Ps 29):
//                            due to be reviewed for closure.
//   REFERRAL_PENDING         a referral to the actor's agency still waiting for an answer (accept or decline), due
//                            when it would be escalated to the agency's supervisors (referral.escalate_after_hours).
//   COMPLAINT_DOCUMENTS_30D, COMPLAINT_INFO_15WD, COMPLAINT_UNREACHABLE_60D, COMPLAINT_NO_RESPONSE_6M
//                            a PMI complaint (case type PMI_BERMASALAH) may be closed under Perban BP2MI 6/2024
//                            Ps 30(1)(a), (b), (c), (e): due on the day its period has run (domain/complaint.hpp).
//   SETTLEMENT_7D            the party complained against has 7 days after the second clarification to fulfil its
//                            settlement commitment (Perban BP2MI 23/2025 Ps 18): due on the 7th day.
//   RESTITUTION_PAYMENT_14D  a victim's restitution whose final verdict was notified and that is not paid in full:
//                            due 14 days after the notice (UU 21/2007 Ps 50(1)); ends with full payment or the
//                            victim's report of non-payment to the court, which is what is due once it is overdue.
//   RESTITUTION_WARNING_14D  a restitution the court warned about in writing, not paid in full: the prosecutor is
//                            due to seize and auction 14 days after the warning (Ps 50(3)); ends with full payment,
//                            the seizure or substitute detention. Overdue: follow the seizure up with the prosecutor.
//                            Both count in days like FIRST_AID_7D; person_id names the victim who claims.
//   COMMITMENT_DUE           a joint commitment of a coordination forum (domain/coordination.hpp) of the actor's
//                            agency, OPEN or IN_PROGRESS, due within 7 days or overdue: due at the end of its due
//                            day (counted in days); names commitment_id.
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace sinergi::domain {

enum class TaskKind {
  kPoliceReport24h,
  kFirstAid7d,
  kSubjectRequest72h,
  kReintegrationMonitoring,
  kReferralPending,
  kComplaintDocuments30d,
  kComplaintInfo15wd,
  kComplaintUnreachable60d,
  kComplaintNoResponse6m,
  kSettlement7d,
  kRestitutionPayment14d,
  kRestitutionWarning14d,
  kCommitmentDue,
};

std::string_view ToString(TaskKind kind);

struct Task {
  TaskKind kind = TaskKind::kPoliceReport24h;
  std::optional<std::string> case_id;        // every kind but SUBJECT_REQUEST_72H
  std::optional<std::string> referral_id;    // REFERRAL_PENDING
  std::optional<std::string> request_id;     // SUBJECT_REQUEST_72H
  std::optional<std::string> person_id;      // the victim, the service's person, the request's subject
  std::optional<std::string> service_id;     // FIRST_AID_7D
  std::optional<std::string> commitment_id;  // COMMITMENT_DUE
  // The instant the task becomes overdue. For the timers counted in days (FIRST_AID_7D, REINTEGRATION_MONITORING)
  // that is the start (00:00 UTC) of the day after due_on; for the complaint clocks but SETTLEMENT_7D, the start
  // of due_on (the day the complaint may be closed).
  core::Timestamp due_at{};
  std::optional<core::Date> due_on;  // the last day, for the timers counted in days
  bool overdue = false;              // now >= due_at
  std::string legal_basis;           // e.g. "PP 9/2008 Ps 14(5)"
};

}  // namespace sinergi::domain
