#pragma once
// Personal-data protection (UU 27/2022, issue #3): consent records and data-subject requests. DOMAIN.md §4, §6.2-6.3.
// Pure values and rules; PdpService (pdp_service.hpp) stores them. Codes refer to codelists (codelist_data_pdp.cpp).
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"

namespace sinergi::domain {

// The HTCDS con_Consent checklist (DOMAIN.md §6.2): what the person was told before consenting.
struct ConsentChecklist {
  bool informed_purpose = false;
  bool informed_use = false;
  bool informed_storage_period = false;
  bool informed_right_to_access = false;
  bool informed_withdrawal = false;

  bool operator==(const ConsentChecklist&) const = default;
};

// What a client writes when recording a consent (or another lawful basis) for a person.
struct ConsentInput {
  std::string purpose;                            // codelist tujuan_pemrosesan
  std::vector<std::string> recipient_types;       // codelist jenis_instansi: who the data may be shared with (GBVIMS)
  std::string lawful_basis;                       // codelist dasar_hukum_pemrosesan (UU 27/2022 Ps 20)
  std::string given_by;                           // codelist pemberi_persetujuan: SUBJEK, ORANG_TUA, WALI
  std::optional<std::string> guardian_person_id;  // the parent/guardian when registered as a person
  ConsentChecklist checklist;
  std::optional<std::string> note;  // required for a basis other than PERSETUJUAN (why not consent)
};

struct Consent {
  std::string id;
  std::string person_id;
  ConsentInput data;
  core::Timestamp recorded_at{};
  std::string recorded_by;
  std::optional<core::Timestamp> withdrawn_at;
  std::optional<std::string> withdrawn_by;
  std::optional<std::string> withdrawal_reason;

  bool withdrawn() const { return withdrawn_at.has_value(); }
};

enum class RequestStatus { kOpen, kCompleted, kRefused };
std::string_view ToString(RequestStatus s);  // "open" | "completed" | "refused"
std::optional<RequestStatus> ParseRequestStatus(std::string_view text);

struct DataSubjectRequestInput {
  std::string kind;                            // codelist hak_subjek, one of kRequestKinds
  std::optional<core::Timestamp> received_at;  // default: now; not in the future
  std::string channel;                         // codelist saluran_permohonan
  std::optional<std::string> note;
};

// A data-subject request (UU 27/2022 Ps 5-14), due 3 x 24 hours after it was received (Ps 30, 32, 40, 41).
struct DataSubjectRequest {
  std::string id;
  std::string person_id;
  std::string kind;
  core::Timestamp received_at{};
  core::Timestamp due_at{};
  RequestStatus status = RequestStatus::kOpen;
  std::string channel;
  std::optional<std::string> note;
  std::optional<core::Timestamp> completed_at;  // when completed or refused
  std::optional<std::string> outcome_note;
  std::optional<std::string> handled_by;  // who completed or refused it
  core::Timestamp created_at{};
  std::string created_by;
};

// The hak_subjek codes a request may name (the rights with a 3 x 24 h duty).
inline constexpr std::string_view kRequestKinds[] = {"AKSES_SALINAN", "KOREKSI", "TUNDA_BATASI", "HAPUS_AKHIRI",
                                                     "TARIK_PERSETUJUAN"};
inline constexpr std::chrono::hours kRequestDeadline{72};
inline constexpr std::size_t kMaxNoteLength = 2000;

core::Timestamp RequestDueAt(core::Timestamp received_at);
// An open request past its due time; a closed request is never overdue.
bool IsOverdue(const DataSubjectRequest& request, core::Timestamp now);

// Field errors of a consent input for a person born on `birth_date` (unknown -> treated as an adult), as of
// `today`: unknown codes, a child's PERSETUJUAN given by the child (UU 27/2022 Ps 25), a non-consent basis
// without a note, a consent whose HTCDS checklist is incomplete (Ps 22: uninformed consent is void).
std::vector<core::FieldError> ValidateConsent(const ConsentInput& input, const std::optional<core::Date>& birth_date,
                                              const core::Date& today);
// Field errors of a request input received at `received_at` as of `now`.
std::vector<core::FieldError> ValidateRequest(const DataSubjectRequestInput& input, core::Timestamp received_at,
                                              core::Timestamp now);

}  // namespace sinergi::domain
