#include "domain/journey_rules.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "domain/codelists.hpp"
#include "domain/detail/text.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::FieldError;
using S = JourneyStatus;

constexpr std::array<S, 7> kAllStatuses{S::kRegistered, S::kInTraining,    S::kReadyToDepart, S::kWorkingAbroad,
                                        S::kReturned,   S::kReintegrating, S::kClosed};
constexpr int kMinDepartureAge = 18;  // UU 18/2017 Ps 5(a); placing someone younger is prohibited (Ps 66)
constexpr std::string_view kUnderageFlag = "UNDERAGE_DEPARTURE_ATTEMPT";
constexpr std::string_view kOverrideFlag = "DOCUMENTS_OVERRIDE";

bool HasText(const std::optional<std::string>& s) {
  return s && !detail::Trim(*s).empty();
}

// Position of a Ps 13 document in statutory order; nullopt for codes outside the checklist.
std::optional<std::size_t> StatutoryIndex(std::string_view code) {
  const auto required = RequiredPmiDocuments();
  for (std::size_t i = 0; i < required.size(); ++i) {
    if (required[i].code == code) return i;
  }
  return std::nullopt;
}

void ValidateDocuments(JourneyData& data, std::vector<FieldError>& errors) {
  const auto required = RequiredPmiDocuments();
  std::vector<std::optional<JourneyDocument>> ordered(required.size());
  for (std::size_t i = 0; i < data.documents.size(); ++i) {
    JourneyDocument doc = data.documents[i];
    const std::string path = "documents[" + std::to_string(i) + "]";
    doc.code = detail::ToUpperAscii(detail::Trim(doc.code));
    doc.status = detail::Trim(doc.status);
    detail::TrimOptional(doc.number);
    detail::TrimOptional(doc.note);
    const std::optional<std::size_t> index = StatutoryIndex(doc.code);
    if (!index) {
      errors.push_back({path + ".code", "unknown_code", "Not a Ps 13 document code (list dokumen_pmi)."});
      continue;
    }
    if (ordered[*index]) {
      errors.push_back({path + ".code", "duplicate", "This document is listed twice."});
      continue;
    }
    if (!IsValidCode("status_dokumen", doc.status)) {
      errors.push_back({path + ".status", "unknown_code", "Not a code of the list status_dokumen."});
    }
    if (doc.issued_on && doc.expires_on && *doc.expires_on < *doc.issued_on) {
      errors.push_back({path + ".expires_on", "before_issued", "The document expires before it was issued."});
    }
    ordered[*index] = std::move(doc);
  }
  // Every Ps 13 document is always listed, so "what is still missing" is visible on the journey itself.
  data.documents.clear();
  for (std::size_t i = 0; i < required.size(); ++i) {
    if (ordered[i]) {
      data.documents.push_back(std::move(*ordered[i]));
    } else {
      JourneyDocument missing;
      missing.code = std::string(required[i].code);
      data.documents.push_back(std::move(missing));
    }
  }
}

const JourneyDocument* FindDocument(const JourneyData& data, std::string_view code) {
  for (const JourneyDocument& doc : data.documents) {
    if (doc.code == code) return &doc;
  }
  return nullptr;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += ", ";
    out += item;
  }
  return out;
}

TransitionCheck Refuse(Error error, std::vector<std::string> flags = {}) {
  return TransitionCheck{std::move(error), std::move(flags)};
}

TransitionCheck CheckDeparture(const Journey& journey, const Person& person, const TransitionRequest& request,
                               const core::Date& effective_date) {
  if (!person.data.birth_date) {
    return Refuse(Error::Invalid("journey.birth_date_required",
                                 "The person's birth date is needed to check the minimum age (UU 18/2017 Ps 5).",
                                 {{"birth_date", "required", "Record the person's birth date first."}}));
  }
  if (core::AgeOn(*person.data.birth_date, effective_date) < kMinDepartureAge) {
    // Refused and flagged: an under-age placement is prohibited (Ps 66) and a child-trafficking red flag.
    return Refuse(Error::Invalid("journey.underage_departure",
                                 "The person is under 18 on the departure date (UU 18/2017 Ps 5, Ps 66).",
                                 {{"effective_date", "underage", "The person is under 18 on this date."}}),
                  {std::string(kUnderageFlag)});
  }
  TransitionCheck check;
  const std::vector<std::string> missing = MissingDocuments(journey.data);
  if (missing.empty()) return check;
  if (!HasText(request.documents_override_reason)) {
    std::vector<FieldError> fields;
    for (const std::string& code : missing) {
      const auto index = StatutoryIndex(code);
      fields.push_back(
          {"documents[" + std::to_string(index.value_or(0)) + "].status", "not_verified", code + " is not verified."});
    }
    return Refuse(Error::Invalid("journey.documents_incomplete",
                                 "Ps 13 documents are not all verified (UU 18/2017 Ps 70): " + Join(missing) + ".",
                                 std::move(fields)));
  }
  check.flags_to_add.emplace_back(kOverrideFlag);
  return check;
}

TransitionCheck CheckReturn(const Journey& journey, const TransitionRequest& request,
                            const core::Date& effective_date) {
  std::vector<FieldError> fields;
  if (!HasText(request.return_reason)) {
    fields.push_back({"return_reason", "required", "A return reason (UU 18/2017 Ps 27) is required."});
  } else if (!IsValidCode("alasan_kepulangan", detail::Trim(*request.return_reason))) {
    fields.push_back({"return_reason", "unknown_code", "Not a code of the list alasan_kepulangan."});
  }
  if (journey.departure_date && effective_date < *journey.departure_date) {
    fields.push_back({"effective_date", "before_departure", "The return date is before the departure date."});
  }
  if (!fields.empty()) return Refuse(Error::Validation(std::move(fields)));
  return {};
}

void AddIfChanged(std::vector<FieldChange>& out, std::string field, std::optional<std::string> before,
                  std::optional<std::string> after) {
  if (before != after) out.push_back({std::move(field), std::move(before), std::move(after)});
}

void DiffDocuments(const JourneyData& before, const JourneyData& after, std::vector<FieldChange>& out) {
  using detail::JsonOptional;
  // Codes in statutory order first, then any others, each once.
  std::vector<std::string> codes;
  for (const CodeItem& item : RequiredPmiDocuments()) codes.emplace_back(item.code);
  for (const JourneyData* data : {&before, &after}) {
    for (const JourneyDocument& doc : data->documents) {
      if (std::find(codes.begin(), codes.end(), doc.code) == codes.end()) codes.push_back(doc.code);
    }
  }
  for (const std::string& code : codes) {
    const JourneyDocument* b = FindDocument(before, code);
    const JourneyDocument* a = FindDocument(after, code);
    const std::string prefix = "documents." + code + ".";
    auto status = [](const JourneyDocument* d) -> std::optional<std::string> {
      return d ? std::optional(detail::JsonString(d->status)) : std::nullopt;
    };
    auto text = [](const JourneyDocument* d, std::optional<std::string> JourneyDocument::*field) {
      return d ? JsonOptional(d->*field) : std::nullopt;
    };
    auto date = [](const JourneyDocument* d, std::optional<core::Date> JourneyDocument::*field) {
      return d ? JsonOptional(d->*field) : std::nullopt;
    };
    AddIfChanged(out, prefix + "status", status(b), status(a));
    AddIfChanged(out, prefix + "number", text(b, &JourneyDocument::number), text(a, &JourneyDocument::number));
    AddIfChanged(out, prefix + "issued_on", date(b, &JourneyDocument::issued_on), date(a, &JourneyDocument::issued_on));
    AddIfChanged(out, prefix + "expires_on", date(b, &JourneyDocument::expires_on),
                 date(a, &JourneyDocument::expires_on));
    AddIfChanged(out, prefix + "note", text(b, &JourneyDocument::note), text(a, &JourneyDocument::note));
  }
}

}  // namespace

bool IsAllowedTransition(JourneyStatus from, JourneyStatus to) {
  switch (from) {
    case S::kRegistered:
      return to == S::kInTraining || to == S::kReadyToDepart || to == S::kClosed;
    case S::kInTraining:
      return to == S::kReadyToDepart || to == S::kClosed;
    case S::kReadyToDepart:
      return to == S::kInTraining || to == S::kWorkingAbroad || to == S::kClosed;
    case S::kWorkingAbroad:
      return to == S::kReturned;
    case S::kReturned:
      return to == S::kReintegrating || to == S::kClosed;
    case S::kReintegrating:
      return to == S::kClosed;
    case S::kClosed:
      return false;
  }
  return false;
}

std::vector<JourneyStatus> AllowedTransitions(JourneyStatus from) {
  std::vector<JourneyStatus> out;
  for (JourneyStatus to : kAllStatuses) {
    if (IsAllowedTransition(from, to)) out.push_back(to);
  }
  return out;
}

std::optional<std::string> PmiStatusFor(JourneyStatus s, bool departed) {
  switch (s) {
    case S::kRegistered:
    case S::kInTraining:
      return "CALON";
    case S::kReadyToDepart:
      return "AKAN_BEKERJA";
    case S::kWorkingAbroad:
      return "SEDANG_BEKERJA";
    case S::kReturned:
    case S::kReintegrating:
      return "PURNA";
    case S::kClosed:
      return departed ? std::optional<std::string>("PURNA") : std::nullopt;
  }
  return std::nullopt;
}

std::vector<FieldError> NormaliseAndValidate(JourneyData& data, bool country_exists) {
  std::vector<FieldError> errors;
  data.placement_scheme = detail::ToUpperAscii(detail::Trim(data.placement_scheme));
  if (data.placement_scheme.empty()) {
    errors.push_back({"placement_scheme", "required", "A placement scheme is required."});
  } else if (!IsValidCode("skema_penempatan", data.placement_scheme)) {
    errors.push_back({"placement_scheme", "unknown_code", "Not a code of the list skema_penempatan."});
  }
  detail::TrimOptional(data.pmi_category);
  if (data.pmi_category && !IsValidCode("pmi_kategori", *data.pmi_category)) {
    errors.push_back({"pmi_category", "unknown_code", "Not a code of the list pmi_kategori."});
  }
  detail::TrimOptional(data.p3mi_name);
  if (data.placement_scheme == "P3MI" && !data.p3mi_name) {
    errors.push_back({"p3mi_name", "required", "The P3MI scheme needs the placement company's name (Ps 49b)."});
  }
  // Ps 63: an individual PMI may only work for a legal-entity employer.
  if (data.placement_scheme == "PERSEORANGAN" && data.pmi_category && *data.pmi_category != "BADAN_HUKUM") {
    errors.push_back({"pmi_category", "not_allowed_for_scheme",
                      "Individual placement (Ps 63) is only allowed with a legal-entity employer (BADAN_HUKUM)."});
  }
  data.destination_country = detail::ToUpperAscii(detail::Trim(data.destination_country));
  if (data.destination_country.empty()) {
    errors.push_back({"destination_country", "required", "A destination country is required."});
  } else if (!country_exists) {
    errors.push_back({"destination_country", "unknown_code", "Not an ISO 3166-1 alpha-2 country code."});
  }
  detail::TrimOptional(data.sector);
  detail::TrimOptional(data.job_title);
  detail::TrimOptional(data.employer_name);
  detail::TrimOptional(data.notes);
  ValidateDocuments(data, errors);
  if (data.planned_departure_date && data.contract_end_date && *data.contract_end_date < *data.planned_departure_date) {
    errors.push_back({"contract_end_date", "before_departure", "The contract ends before the planned departure."});
  }
  return errors;
}

bool DocumentsComplete(const JourneyData& data) {
  return MissingDocuments(data).empty();
}

std::vector<std::string> MissingDocuments(const JourneyData& data) {
  std::vector<std::string> missing;
  for (const CodeItem& item : RequiredPmiDocuments()) {
    const JourneyDocument* doc = FindDocument(data, item.code);
    if (doc == nullptr || doc->status != "verified") missing.emplace_back(item.code);
  }
  return missing;
}

TransitionCheck CheckTransition(const Journey& journey, const Person& person, const TransitionRequest& request,
                                const core::Date& effective_date) {
  if (!IsAllowedTransition(journey.status, request.to)) {
    return Refuse(Error::Conflict("journey.transition_not_allowed",
                                  "A journey cannot move from " + std::string(ToString(journey.status)) + " to " +
                                      std::string(ToString(request.to)) + ".",
                                  {{"to", "not_allowed", "Not an allowed next status."}}));
  }
  switch (request.to) {
    case S::kWorkingAbroad:
      return CheckDeparture(journey, person, request, effective_date);
    case S::kReturned:
      return CheckReturn(journey, request, effective_date);
    case S::kClosed:
      // Withdrawing before departure must say why; after return, closing is the normal end.
      if (PhaseOf(journey.status) == Phase::kBefore && !HasText(request.reason)) {
        return Refuse(Error::Validation({{"reason", "required", "Closing before departure needs a reason."}}));
      }
      return {};
    default:
      return {};
  }
}

std::vector<FieldChange> DiffJourneyData(const JourneyData& before, const JourneyData& after) {
  using detail::JsonOptional;
  using detail::JsonString;
  std::vector<FieldChange> out;
  AddIfChanged(out, "placement_scheme", JsonString(before.placement_scheme), JsonString(after.placement_scheme));
  AddIfChanged(out, "pmi_category", JsonOptional(before.pmi_category), JsonOptional(after.pmi_category));
  AddIfChanged(out, "p3mi_name", JsonOptional(before.p3mi_name), JsonOptional(after.p3mi_name));
  AddIfChanged(out, "destination_country", JsonString(before.destination_country),
               JsonString(after.destination_country));
  AddIfChanged(out, "sector", JsonOptional(before.sector), JsonOptional(after.sector));
  AddIfChanged(out, "job_title", JsonOptional(before.job_title), JsonOptional(after.job_title));
  AddIfChanged(out, "employer_name", JsonOptional(before.employer_name), JsonOptional(after.employer_name));
  AddIfChanged(out, "procedural", detail::JsonBool(before.procedural), detail::JsonBool(after.procedural));
  DiffDocuments(before, after, out);
  AddIfChanged(out, "planned_departure_date", JsonOptional(before.planned_departure_date),
               JsonOptional(after.planned_departure_date));
  AddIfChanged(out, "contract_end_date", JsonOptional(before.contract_end_date), JsonOptional(after.contract_end_date));
  AddIfChanged(out, "notes", JsonOptional(before.notes), JsonOptional(after.notes));
  return out;
}

}  // namespace sinergi::domain
