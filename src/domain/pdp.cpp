// Consent and data-subject-request rules (UU 27/2022). Kept free of storage so the domain tests pin them down.
#include "domain/pdp.hpp"

#include <algorithm>
#include <set>

#include "domain/codelists.hpp"

namespace sinergi::domain {
namespace {

using core::FieldError;

// UU 35/2014 Ps 1(1): a child is anyone under 18; UU 27/2022 Ps 25 then needs the parent's or guardian's consent.
constexpr int kAdultAge = 18;

void CheckNote(const std::optional<std::string>& note, const std::string& field, std::vector<FieldError>& errors) {
  if (note && note->size() > kMaxNoteLength) {
    errors.push_back({field, "too_long", "At most 2000 characters."});
  }
}

}  // namespace

std::string_view ToString(RequestStatus s) {
  switch (s) {
    case RequestStatus::kOpen:
      return "open";
    case RequestStatus::kCompleted:
      return "completed";
    case RequestStatus::kRefused:
      return "refused";
  }
  return "open";
}

std::optional<RequestStatus> ParseRequestStatus(std::string_view text) {
  for (RequestStatus s : {RequestStatus::kOpen, RequestStatus::kCompleted, RequestStatus::kRefused}) {
    if (ToString(s) == text) return s;
  }
  return std::nullopt;
}

core::Timestamp RequestDueAt(core::Timestamp received_at) {
  return received_at + kRequestDeadline;
}

bool IsOverdue(const DataSubjectRequest& request, core::Timestamp now) {
  return request.status == RequestStatus::kOpen && now > request.due_at;
}

std::vector<FieldError> ValidateConsent(const ConsentInput& input, const std::optional<core::Date>& birth_date,
                                        const core::Date& today) {
  std::vector<FieldError> errors;
  if (!IsValidCode("tujuan_pemrosesan", input.purpose)) {
    errors.push_back({"purpose", "unknown_code", "Not a code of the list tujuan_pemrosesan."});
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < input.recipient_types.size(); ++i) {
    const std::string& code = input.recipient_types[i];
    const std::string field = "recipient_types[" + std::to_string(i) + "]";
    if (!IsValidCode("jenis_instansi", code)) {
      errors.push_back({field, "unknown_code", "Not a code of the list jenis_instansi."});
    } else if (!seen.insert(code).second) {
      errors.push_back({field, "duplicate", "Listed twice."});
    }
  }
  const bool basis_known = IsValidCode("dasar_hukum_pemrosesan", input.lawful_basis);
  if (!basis_known) {
    errors.push_back({"lawful_basis", "unknown_code", "Not a code of the list dasar_hukum_pemrosesan."});
  }
  const bool given_known = IsValidCode("pemberi_persetujuan", input.given_by);
  if (!given_known) {
    errors.push_back({"given_by", "unknown_code", "Not a code of the list pemberi_persetujuan."});
  }
  CheckNote(input.note, "note", errors);
  if (!basis_known || !given_known) return errors;

  if (input.lawful_basis == "PERSETUJUAN") {
    const bool child = birth_date && core::AgeOn(*birth_date, today) < kAdultAge;
    if (child && input.given_by == "SUBJEK") {
      errors.push_back({"given_by", "child_consent",
                        "A child's consent must be given by a parent (ORANG_TUA) or guardian (WALI) (UU 27/2022 Ps "
                        "25); when the guardian is the suspected abuser record another lawful basis with a note."});
    }
    // Ps 22: consent must be informed; HTCDS lists what the person must have been told.
    const std::pair<const char*, bool> items[] = {
        {"checklist.informed_purpose", input.checklist.informed_purpose},
        {"checklist.informed_use", input.checklist.informed_use},
        {"checklist.informed_storage_period", input.checklist.informed_storage_period},
        {"checklist.informed_right_to_access", input.checklist.informed_right_to_access},
        {"checklist.informed_withdrawal", input.checklist.informed_withdrawal},
    };
    for (const auto& [field, told] : items) {
      if (!told) errors.push_back({field, "not_informed", "Consent is valid only after the person was told this."});
    }
  } else if (!input.note || input.note->empty()) {
    errors.push_back({"note", "required", "Explain why this lawful basis is used instead of consent."});
  }
  if (input.given_by == "SUBJEK" && input.guardian_person_id) {
    errors.push_back({"guardian_person_id", "not_allowed", "Only for consent given by a parent or guardian."});
  }
  return errors;
}

std::vector<FieldError> ValidateRequest(const DataSubjectRequestInput& input, core::Timestamp received_at,
                                        core::Timestamp now) {
  std::vector<FieldError> errors;
  if (std::find(std::begin(kRequestKinds), std::end(kRequestKinds), input.kind) == std::end(kRequestKinds)) {
    errors.push_back({"kind", "unknown_code",
                      "One of AKSES_SALINAN, KOREKSI, TUNDA_BATASI, HAPUS_AKHIRI, TARIK_PERSETUJUAN (hak_subjek)."});
  }
  if (!IsValidCode("saluran_permohonan", input.channel)) {
    errors.push_back({"channel", "unknown_code", "Not a code of the list saluran_permohonan."});
  }
  if (received_at > now) {
    errors.push_back({"received_at", "in_future", "A request cannot be received in the future."});
  }
  CheckNote(input.note, "note", errors);
  return errors;
}

}  // namespace sinergi::domain
