#pragma once
// Restitution of a trafficking victim (UU 21/2007 Ps 48-50; DOMAIN.md §1.5): one claim per victim (a party in role
// KORBAN) of a case, with its components (Ps 48(2), code list komponen_restitusi), the amounts claimed and, once the
// verdict is recorded, awarded, and the dates of its course: the claim (from the police report, Penjelasan 48(1)),
// the verdict, the notice of the final (inkracht) verdict that starts the 14 days to pay (Ps 50(1)), the payment,
// the victim's report of non-payment to the court, the court's written warning that starts another 14 days
// (Ps 50(3)), the prosecutor's seizure and auction, and substitute detention when the offender cannot pay (Ps 50(4)).
// Amounts are in whole rupiah. Rules: domain/restitution_rules.hpp; use cases: CaseWorkService (restitution
// methods, domain/case_work_service.hpp); the timers they feed: domain/task.hpp.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace sinergi::domain {

// One component of the claim (each code at most once per claim).
struct RestitutionComponent {
  std::string component;                    // codelist komponen_restitusi
  std::int64_t claimed_idr = 0;             // >= 0, at most kMaxRestitutionIdr
  std::optional<std::int64_t> awarded_idr;  // >= 0; required once verdict_on is recorded, refused before
  std::optional<std::string> note;          // at most kMaxRestitutionNoteChars

  bool operator==(const RestitutionComponent&) const = default;
};

// The fields a client writes. person_id is fixed once recorded; a PATCH writes every other field.
struct RestitutionData {
  std::string person_id;                              // a party of the case in role KORBAN
  std::vector<RestitutionComponent> components;       // not empty
  std::optional<std::string> court_case_number;       // e.g. "12/Pid.Sus/2026/PN Ptk"; at most 100 characters
  core::Date claimed_on;                              // the claim was filed (the victim reported); not in the future
  std::optional<core::Date> verdict_on;               // the verdict that awarded it
  std::optional<core::Date> final_notice_on;          // notice of the final verdict to the offender: the 14 days start
  std::optional<core::Date> paid_on;                  // with paid_idr: what the offender paid, and when (cumulative)
  std::optional<std::int64_t> paid_idr;               // > 0
  std::optional<core::Date> unpaid_reported_on;       // the victim told the court it was not paid (after the 14 days)
  std::optional<core::Date> warning_on;               // the court's written warning: another 14 days start
  std::optional<core::Date> seizure_on;               // the prosecutor seized (and auctions) the offender's assets
  std::optional<core::Date> substitute_detention_on;  // the offender could not pay: kurungan pengganti ordered

  bool operator==(const RestitutionData&) const = default;
};

inline constexpr std::size_t kMaxRestitutionNoteChars = 500;
inline constexpr std::size_t kMaxCourtCaseNumberChars = 100;
// A bound far above any real claim (a thousand trillion rupiah), so that sums never overflow.
inline constexpr std::int64_t kMaxRestitutionIdr = 1'000'000'000'000'000;
// UU 21/2007 Ps 50(1): payment within 14 days of the notice of the final verdict; Ps 50(3): seizure 14 days after
// the court's warning.
inline constexpr int kRestitutionPaymentDays = 14;
inline constexpr int kRestitutionWarningDays = 14;

// komponen_restitusi codes (Ps 48(2)).
inline constexpr std::string_view kRestitutionLossOfProperty = "KEHILANGAN_KEKAYAAN_PENGHASILAN";
inline constexpr std::string_view kRestitutionSuffering = "PENDERITAAN";
inline constexpr std::string_view kRestitutionCareCosts = "BIAYA_PERAWATAN";
inline constexpr std::string_view kRestitutionOtherLosses = "KERUGIAN_LAIN";

// tahap_restitusi codes: where the claim stands (RestitutionStage).
inline constexpr std::string_view kStageClaimed = "DIAJUKAN";
inline constexpr std::string_view kStageAwarded = "DIPUTUS";
inline constexpr std::string_view kStageAwaitingPayment = "MENUNGGU_PEMBAYARAN";
inline constexpr std::string_view kStagePaid = "DIBAYAR";
inline constexpr std::string_view kStagePartlyPaid = "DIBAYAR_SEBAGIAN";
inline constexpr std::string_view kStageUnpaidReported = "TIDAK_DIBAYAR_DILAPORKAN";
inline constexpr std::string_view kStageWarning = "TEGURAN";
inline constexpr std::string_view kStageSeizure = "SITA_LELANG";
inline constexpr std::string_view kStageSubstituteDetention = "KURUNGAN_PENGGANTI";

// A restitution claim of one victim of a case. Sensitive as a whole (financial data about a victim): only those who
// may see the case's sensitive fields read or write it. The amounts (components and paid_idr) are sealed at rest.
struct CaseRestitution {
  std::string id;
  std::string case_id;
  std::int64_t version = 1;
  RestitutionData data;
  core::Timestamp created_at{};
  core::Timestamp updated_at{};
  std::string created_by;
  std::string updated_by;
  // Filled on read by the service, never stored (restitution_rules.hpp): the stage (tahap_restitusi), the totals,
  // the last day to pay (final_notice_on + 14) and the day from which the seizure is due (warning_on + 14).
  std::string stage;
  std::int64_t claimed_total_idr = 0;
  std::optional<std::int64_t> awarded_total_idr;
  std::optional<core::Date> payment_due_on;
  std::optional<core::Date> seizure_due_on;
};

}  // namespace sinergi::domain
