#pragma once
// The rules of a restitution claim (domain/restitution.hpp) as pure functions the case work service applies and
// tests call directly. Legal basis: UU 21/2007 Ps 48(2) (components), Ps 50(1) (payment within 14 days of the notice
// of the final verdict), Ps 50(2)-(3) (the victim reports non-payment, the court warns in writing, after another 14
// days the prosecutor seizes and auctions), Ps 50(4) (substitute detention); DOMAIN.md §1.5.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/restitution.hpp"

namespace sinergi::domain {

// Trims texts (an empty optional text becomes absent) and upper-cases the component codes.
void NormaliseRestitutionData(RestitutionData& data);

// Field errors (field: codes), in the order of the fields:
//   person_id: required
//   components: required (empty); components[i].component: required / unknown_code (komponen_restitusi) /
//     duplicate; components[i].claimed_idr: negative / too_large; components[i].awarded_idr: negative / too_large /
//     requires_verdict (an award before verdict_on) / required (verdict_on recorded, no award); components[i].note:
//     too_long
//   court_case_number: too_long
//   every date: in_future
//   verdict_on: before_claimed_on
//   final_notice_on: requires_verdict / before_verdict / nothing_awarded (the awards add up to 0)
//   paid_on: required (paid_idr without it) / requires_verdict / before_verdict; paid_idr: required (paid_on
//     without it) / not_positive / too_large
//   unpaid_reported_on: requires_final_notice / before_payment_deadline (on or before final_notice_on + 14 days)
//   warning_on: requires_unpaid_report / before_unpaid_report
//   seizure_on: requires_warning / before_warning_lapsed (before warning_on + 14 days)
//   substitute_detention_on: requires_warning / before_warning_lapsed / before_seizure
std::vector<core::FieldError> ValidateRestitutionData(const RestitutionData& data, core::Date today);

// The sum of the amounts claimed.
std::int64_t RestitutionClaimedTotal(const RestitutionData& data);
// The sum of the amounts awarded; nullopt while no component has an award (no verdict yet).
std::optional<std::int64_t> RestitutionAwardedTotal(const RestitutionData& data);
// Paid in full: paid_idr >= the awarded total (which must be known).
bool RestitutionPaidInFull(const RestitutionData& data);

// final_notice_on + 14 days: the last day to pay (Ps 50(1)); nullopt without a final notice.
std::optional<core::Date> RestitutionPaymentDueOn(const RestitutionData& data);
// warning_on + 14 days: from this day the prosecutor is due to seize (Ps 50(3)); nullopt without a warning.
std::optional<core::Date> RestitutionSeizureDueOn(const RestitutionData& data);

// The timers of the task list (domain/task.hpp). RESTITUTION_PAYMENT_14D runs while the final notice is recorded,
// the award is not paid in full and no non-payment was reported; RESTITUTION_WARNING_14D while the warning is
// recorded, the award is not paid in full and neither seizure nor substitute detention is recorded.
bool RestitutionPaymentTimerRunning(const RestitutionData& data);
bool RestitutionWarningTimerRunning(const RestitutionData& data);

// The stage (codelist tahap_restitusi), the furthest step reached: DIBAYAR once paid in full; otherwise
// KURUNGAN_PENGGANTI, SITA_LELANG, TEGURAN, TIDAK_DIBAYAR_DILAPORKAN by the latest step recorded; then
// DIBAYAR_SEBAGIAN for a partial payment, MENUNGGU_PEMBAYARAN after the final notice, DIPUTUS after the verdict,
// and DIAJUKAN before it.
std::string_view RestitutionStage(const RestitutionData& data);

// Fills the derived fields of a claim read from storage (stage, totals, payment_due_on, seizure_due_on).
void DeriveRestitution(CaseRestitution& restitution);

}  // namespace sinergi::domain
