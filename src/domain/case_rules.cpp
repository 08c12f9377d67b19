#include "domain/case_rules.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "domain/codelists.hpp"
#include "domain/detail/text.hpp"

namespace sinergi::domain {
namespace {

using core::FieldError;

// The roles for which the relationship of the victim to the person means something (SIMFONI-PPA asks it of the
// perpetrator; recruiters and employers are often family or neighbours in TPPO cases).
constexpr std::array<std::string_view, 3> kRolesWithRelationship{"TERDUGA_PELAKU", "PEREKRUT", "PEMBERI_KERJA"};

std::string NormaliseCode(std::string_view code) {
  return detail::ToUpperAscii(detail::Trim(code));
}

void NormaliseCodes(std::vector<std::string>& codes) {
  for (std::string& code : codes) code = NormaliseCode(code);
}

void NormaliseOptionalCode(std::optional<std::string>& code) {
  detail::TrimOptional(code);
  if (code) *code = detail::ToUpperAscii(*code);
}

// A single code: required when empty, else from `list`.
void CheckCode(const std::string& code, const char* field, std::string_view list, std::vector<FieldError>& errors) {
  if (code.empty()) {
    errors.push_back({field, "required", "A code of the list " + std::string(list) + " is required."});
  } else if (!IsValidCode(list, code)) {
    errors.push_back({field, "unknown_code", "Not a code of the list " + std::string(list) + "."});
  }
}

// Every element from `list`, none twice.
void CheckCodes(const std::vector<std::string>& codes, const std::string& field, std::string_view list,
                std::vector<FieldError>& errors) {
  for (std::size_t i = 0; i < codes.size(); ++i) {
    const std::string path = field + "[" + std::to_string(i) + "]";
    if (!IsValidCode(list, codes[i])) {
      errors.push_back({path, "unknown_code", "Not a code of the list " + std::string(list) + "."});
    } else if (std::find(codes.begin(), codes.begin() + static_cast<std::ptrdiff_t>(i), codes[i]) !=
               codes.begin() + static_cast<std::ptrdiff_t>(i)) {
      errors.push_back({path, "duplicate", "This code is listed twice."});
    }
  }
}

void CheckLength(const std::optional<std::string>& text, const char* field, std::size_t max,
                 std::vector<FieldError>& errors) {
  if (text && detail::CodePointCount(*text) > max) {
    errors.push_back({field, "too_long", "At most " + std::to_string(max) + " characters."});
  }
}

// The dotted Kemendagri shape of any level ("33", "33.73", "33.73.04", "33.73.04.1001"); as person_rules.cpp.
bool IsDottedRegionCode(const std::string& code) {
  static constexpr std::size_t kGroupLengths[] = {2, 2, 2, 4};
  std::size_t pos = 0;
  for (std::size_t level = 0; level < std::size(kGroupLengths); ++level) {
    const std::size_t len = kGroupLengths[level];
    if (code.size() < pos + len) return false;
    for (std::size_t i = pos; i < pos + len; ++i) {
      if (code[i] < '0' || code[i] > '9') return false;
    }
    pos += len;
    if (pos == code.size()) return true;
    if (code[pos] != '.') return false;
    ++pos;
  }
  return false;
}

void CheckPlace(const CaseData& data, const CaseReferenceFacts& facts, std::vector<FieldError>& errors) {
  if (data.occurrence_country && !facts.country_known) {
    errors.push_back({"occurrence_country", "not_found", "Not an ISO 3166-1 alpha-2 country of the reference data."});
  }
  if (!data.occurrence_region_code) return;
  if (!IsDottedRegionCode(*data.occurrence_region_code)) {
    errors.push_back(
        {"occurrence_region_code", "invalid_format", "A region code is dotted Kemendagri digits, e.g. 33.73.04.1001."});
  } else if (!facts.region_known) {
    errors.push_back({"occurrence_region_code", "not_found", "No such region."});
  }
  // Kemendagri codes name places in Indonesia only; abroad, the country says where.
  if (data.occurrence_country && *data.occurrence_country != "ID") {
    errors.push_back({"occurrence_region_code", "region_outside_indonesia",
                      "A region is given only for a place in Indonesia (occurrence_country ID or absent)."});
  }
}

void AddIfChanged(std::vector<FieldChange>& out, const char* field, std::optional<std::string> before,
                  std::optional<std::string> after) {
  if (before != after) out.push_back({field, std::move(before), std::move(after)});
}

}  // namespace

void NormaliseCaseData(CaseData& data) {
  data.intake_channel = NormaliseCode(data.intake_channel);
  NormaliseOptionalCode(data.occurrence_country);
  detail::TrimOptional(data.occurrence_region_code);
  data.urgency = NormaliseCode(data.urgency);
  NormaliseCodes(data.case_types);
  NormaliseCodes(data.violence_acts);
  NormaliseCodes(data.places);
  NormaliseCodes(data.pmi_problems);
  detail::TrimOptional(data.reporter_name);
  detail::TrimOptional(data.reporter_contact);
  data.summary = detail::Trim(data.summary);
}

std::vector<FieldError> ValidateCaseData(const CaseData& data, const CaseReferenceFacts& facts,
                                         const core::Date& today) {
  std::vector<FieldError> errors;
  CheckCode(data.intake_channel, "intake_channel", "saluran_pengaduan", errors);
  if (data.reported_on > today) errors.push_back({"reported_on", "in_future", "The date is in the future."});
  if (data.occurred_on && *data.occurred_on > data.reported_on) {
    errors.push_back({"occurred_on", "after_reported_on", "The case cannot have happened after it was reported."});
  }
  CheckPlace(data, facts, errors);
  CheckCode(data.urgency, "urgency", "urgensi_kasus", errors);
  if (data.case_types.empty()) {
    errors.push_back({"case_types", "required", "At least one case type (list jenis_kasus) is required."});
  }
  CheckCodes(data.case_types, "case_types", "jenis_kasus", errors);
  CheckCodes(data.violence_acts, "violence_acts", "tindakan_kekerasan", errors);
  CheckCodes(data.places, "places", "tempat_kejadian", errors);
  CheckCodes(data.pmi_problems, "pmi_problems", "masalah_pmi", errors);
  CheckLength(data.reporter_name, "reporter_name", kMaxCaseReporterChars, errors);
  CheckLength(data.reporter_contact, "reporter_contact", kMaxCaseReporterChars, errors);
  if (detail::CodePointCount(data.summary) > kMaxCaseSummaryChars) {
    errors.push_back({"summary", "too_long", "At most " + std::to_string(kMaxCaseSummaryChars) + " characters."});
  }
  return errors;
}

std::vector<FieldChange> DiffCaseData(const CaseData& before, const CaseData& after) {
  using detail::JsonBool;
  using detail::JsonOptional;
  using detail::JsonString;
  using detail::JsonStringArray;
  std::vector<FieldChange> out;
  AddIfChanged(out, "intake_channel", JsonString(before.intake_channel), JsonString(after.intake_channel));
  AddIfChanged(out, "reported_on", detail::JsonDate(before.reported_on), detail::JsonDate(after.reported_on));
  AddIfChanged(out, "occurred_on", JsonOptional(before.occurred_on), JsonOptional(after.occurred_on));
  AddIfChanged(out, "occurrence_country", JsonOptional(before.occurrence_country),
               JsonOptional(after.occurrence_country));
  AddIfChanged(out, "occurrence_region_code", JsonOptional(before.occurrence_region_code),
               JsonOptional(after.occurrence_region_code));
  AddIfChanged(out, "urgency", JsonString(before.urgency), JsonString(after.urgency));
  AddIfChanged(out, "immediate_safety_risk", JsonBool(before.immediate_safety_risk),
               JsonBool(after.immediate_safety_risk));
  AddIfChanged(out, "case_types", JsonStringArray(before.case_types), JsonStringArray(after.case_types));
  AddIfChanged(out, "violence_acts", JsonStringArray(before.violence_acts), JsonStringArray(after.violence_acts));
  AddIfChanged(out, "places", JsonStringArray(before.places), JsonStringArray(after.places));
  AddIfChanged(out, "pmi_problems", JsonStringArray(before.pmi_problems), JsonStringArray(after.pmi_problems));
  AddIfChanged(out, "reporter_name", JsonOptional(before.reporter_name), JsonOptional(after.reporter_name));
  AddIfChanged(out, "reporter_contact", JsonOptional(before.reporter_contact), JsonOptional(after.reporter_contact));
  AddIfChanged(out, "reporter_confidential", JsonBool(before.reporter_confidential),
               JsonBool(after.reporter_confidential));
  AddIfChanged(out, "summary", JsonString(before.summary), JsonString(after.summary));
  AddIfChanged(out, "victim_wants_return", JsonBool(before.victim_wants_return), JsonBool(after.victim_wants_return));
  AddIfChanged(out, "return_assessed_safe", JsonBool(before.return_assessed_safe),
               JsonBool(after.return_assessed_safe));
  return out;
}

CaseData NoCaseData() {
  CaseData none;
  none.urgency.clear();  // the default urgency was chosen at intake too, so it belongs in the creation entry
  return none;
}

std::vector<FieldError> NormaliseAndValidateParty(CaseParty& party) {
  std::vector<FieldError> errors;
  party.person_id = detail::Trim(party.person_id);
  party.role = NormaliseCode(party.role);
  NormaliseOptionalCode(party.relationship_to_victim);
  detail::TrimOptional(party.note);
  if (party.person_id.empty()) errors.push_back({"person_id", "required", "A registry person is required."});
  CheckCode(party.role, "role", "peran_dalam_kasus", errors);
  if (party.relationship_to_victim) {
    const bool allowed = std::find(kRolesWithRelationship.begin(), kRolesWithRelationship.end(), party.role) !=
                         kRolesWithRelationship.end();
    if (!allowed) {
      errors.push_back({"relationship_to_victim", "not_allowed",
                        "Only a suspected perpetrator, recruiter or employer has a relationship to the victim."});
    } else if (!IsValidCode("hubungan_pelaku", *party.relationship_to_victim)) {
      errors.push_back({"relationship_to_victim", "unknown_code", "Not a code of the list hubungan_pelaku."});
    }
  }
  CheckLength(party.note, "note", kMaxCaseNoteChars, errors);
  return errors;
}

}  // namespace sinergi::domain
