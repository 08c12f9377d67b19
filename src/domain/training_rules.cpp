// The training rules (training_rules.hpp).
#include "domain/training_rules.hpp"

#include <algorithm>
#include <utility>

#include "domain/codelists.hpp"
#include "domain/detail/text.hpp"

namespace sinergi::domain {
namespace {

using core::FieldError;

constexpr std::size_t kMaxCodeChars = 20;

void TooLong(std::vector<FieldError>& errors, const std::string& field, const std::optional<std::string>& text,
             std::size_t max) {
  if (text && detail::CodePointCount(*text) > max) {
    errors.push_back({field, "too_long", "At most " + std::to_string(max) + " characters."});
  }
}

void RequiredText(std::vector<FieldError>& errors, const std::string& field, const std::string& text, std::size_t max) {
  if (text.empty()) {
    errors.push_back({field, "required", "Required."});
  } else {
    TooLong(errors, field, text, max);
  }
}

void Diff(std::vector<FieldChange>& out, const char* field, const std::optional<std::string>& before,
          const std::optional<std::string>& after) {
  if (before != after) out.push_back({field, detail::JsonOptional(before), detail::JsonOptional(after)});
}

void Diff(std::vector<FieldChange>& out, const char* field, const std::string& before, const std::string& after) {
  if (before != after) out.push_back({field, detail::JsonString(before), detail::JsonString(after)});
}

void Diff(std::vector<FieldChange>& out, const char* field, const std::optional<core::Date>& before,
          const std::optional<core::Date>& after) {
  if (before != after) out.push_back({field, detail::JsonOptional(before), detail::JsonOptional(after)});
}

std::optional<std::string> IntJson(const std::optional<std::int64_t>& v) {
  if (!v) return std::nullopt;
  return std::to_string(*v);
}

std::string DatesJson(const std::vector<core::Date>& dates) {
  std::vector<std::string> texts;
  for (const core::Date& d : dates) texts.push_back(d.ToString());
  return detail::JsonStringArray(texts);
}

}  // namespace

std::string_view ToString(EnrolmentStatus status) {
  switch (status) {
    case EnrolmentStatus::kEnrolled:
      return "ENROLLED";
    case EnrolmentStatus::kCompleted:
      return "COMPLETED";
    case EnrolmentStatus::kDroppedOut:
      return "DROPPED_OUT";
    case EnrolmentStatus::kFailed:
      return "FAILED";
  }
  return "ENROLLED";
}

std::optional<EnrolmentStatus> ParseEnrolmentStatus(std::string_view text) {
  for (EnrolmentStatus s : {EnrolmentStatus::kEnrolled, EnrolmentStatus::kCompleted, EnrolmentStatus::kDroppedOut,
                            EnrolmentStatus::kFailed}) {
    if (ToString(s) == text) return s;
  }
  return std::nullopt;
}

void NormaliseProgramme(ProgrammeData& data) {
  data.name = detail::CollapseSpaces(detail::Trim(data.name));
  data.kind = detail::ToUpperAscii(detail::Trim(data.kind));
  data.provider_agency_id = detail::Trim(data.provider_agency_id);
  detail::TrimOptional(data.skill);
  detail::TrimOptional(data.description);
  detail::TrimOptional(data.region_code);
}

void NormaliseSession(SessionData& data) {
  data.place = detail::CollapseSpaces(detail::Trim(data.place));
  detail::TrimOptional(data.region_code);
}

void NormaliseEnrolment(EnrolmentData& data) {
  std::sort(data.attended_on.begin(), data.attended_on.end());
  data.attended_on.erase(std::unique(data.attended_on.begin(), data.attended_on.end()), data.attended_on.end());
  detail::TrimOptional(data.certificate_number);
  detail::TrimOptional(data.note);
}

std::vector<FieldError> ValidateProgramme(const ProgrammeData& data) {
  std::vector<FieldError> errors;
  RequiredText(errors, "name", data.name, kMaxTrainingNameChars);
  if (data.kind.empty()) {
    errors.push_back({"kind", "required", "Required."});
  } else if (!IsValidCode("jenis_pelatihan", data.kind)) {
    errors.push_back({"kind", "unknown_code", "Not a code of the list jenis_pelatihan."});
  }
  if (data.provider_agency_id.empty()) errors.push_back({"provider_agency_id", "required", "Required."});
  TooLong(errors, "skill", data.skill, kMaxTrainingNameChars);
  TooLong(errors, "description", data.description, kMaxTrainingTextChars);
  TooLong(errors, "region_code", data.region_code, kMaxCodeChars);
  return errors;
}

std::vector<FieldError> ValidateSession(const SessionData& data) {
  std::vector<FieldError> errors;
  if (data.ends_on < data.starts_on) {
    errors.push_back({"ends_on", "before_start", "The session cannot end before it starts."});
  }
  RequiredText(errors, "place", data.place, kMaxTrainingNameChars);
  TooLong(errors, "region_code", data.region_code, kMaxCodeChars);
  if (data.capacity && *data.capacity < 1) errors.push_back({"capacity", "out_of_range", "At least 1."});
  return errors;
}

std::vector<FieldError> ValidateEnrolment(const EnrolmentData& data, const SessionData& session,
                                          const ProgrammeData& programme, core::Date today) {
  std::vector<FieldError> errors;
  for (std::size_t i = 0; i < data.attended_on.size(); ++i) {
    const core::Date& day = data.attended_on[i];
    const std::string field = "attended_on[" + std::to_string(i) + "]";
    if (day < session.starts_on || session.ends_on < day) {
      errors.push_back({field, "out_of_range", "Not a day of the session."});
    } else if (today < day) {
      errors.push_back({field, "in_future", "A day not yet come cannot have been attended."});
    }
  }
  if (data.status == EnrolmentStatus::kCompleted) {
    if (!data.completed_on) {
      errors.push_back({"completed_on", "required", "Required on completion."});
    } else if (*data.completed_on < session.starts_on) {
      errors.push_back({"completed_on", "before_start", "The session had not started yet."});
    } else if (today < *data.completed_on) {
      errors.push_back({"completed_on", "in_future", "The date is in the future."});
    }
    if (programme.issues_competence_certificate) {
      if (!data.certificate_number) {
        errors.push_back({"certificate_number", "required", "This programme issues a certificate of competence."});
      }
      if (!data.certificate_issued_on) {
        errors.push_back({"certificate_issued_on", "required", "This programme issues a certificate of competence."});
      }
    }
    if (data.certificate_issued_on && today < *data.certificate_issued_on) {
      errors.push_back({"certificate_issued_on", "in_future", "The date is in the future."});
    }
  } else {
    const char* message = "Only a completed enrolment has this.";
    if (data.completed_on) errors.push_back({"completed_on", "not_allowed", message});
    if (data.certificate_number) errors.push_back({"certificate_number", "not_allowed", message});
    if (data.certificate_issued_on) errors.push_back({"certificate_issued_on", "not_allowed", message});
  }
  TooLong(errors, "certificate_number", data.certificate_number, kMaxCertificateNumberChars);
  TooLong(errors, "note", data.note, kMaxTrainingTextChars);
  return errors;
}

bool CanMoveEnrolment(EnrolmentStatus from, EnrolmentStatus to) {
  return from == to || from == EnrolmentStatus::kEnrolled;
}

bool IsFinalEnrolment(EnrolmentStatus status) {
  return status != EnrolmentStatus::kEnrolled;
}

bool TakesSeat(EnrolmentStatus status) {
  return status != EnrolmentStatus::kDroppedOut;
}

bool VerifiesCompetenceCertificate(const EnrolmentData& data, const ProgrammeData& programme) {
  return data.status == EnrolmentStatus::kCompleted && programme.issues_competence_certificate &&
         data.certificate_number.has_value();
}

bool IsPreparingJourney(JourneyStatus status) {
  return status == JourneyStatus::kRegistered || status == JourneyStatus::kInTraining ||
         status == JourneyStatus::kReadyToDepart;
}

std::optional<std::size_t> JourneyForCertificate(const std::vector<Journey>& journeys) {
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < journeys.size(); ++i) {
    if (!IsPreparingJourney(journeys[i].status)) continue;
    if (!best || journeys[*best].created_at < journeys[i].created_at ||
        (journeys[*best].created_at == journeys[i].created_at && journeys[*best].id < journeys[i].id)) {
      best = i;
    }
  }
  return best;
}

bool ApplyCompetenceCertificate(JourneyData& journey, const EnrolmentData& enrolment, const ProgrammeData& programme) {
  JourneyDocument wanted;
  wanted.code = std::string(kCompetenceCertificateDocument);
  wanted.status = "verified";
  wanted.number = enrolment.certificate_number;
  wanted.issued_on = enrolment.certificate_issued_on;
  wanted.note = "Pelatihan: " + programme.name;
  auto it = std::find_if(journey.documents.begin(), journey.documents.end(),
                         [](const JourneyDocument& d) { return d.code == kCompetenceCertificateDocument; });
  if (it == journey.documents.end()) {
    journey.documents.push_back(std::move(wanted));
    return true;
  }
  wanted.expires_on = it->expires_on;
  if (*it == wanted) return false;
  *it = std::move(wanted);
  return true;
}

std::vector<FieldChange> ProgrammeChanges(const ProgrammeData& before, const ProgrammeData& after) {
  std::vector<FieldChange> out;
  Diff(out, "name", before.name, after.name);
  Diff(out, "kind", before.kind, after.kind);
  Diff(out, "provider_agency_id", before.provider_agency_id, after.provider_agency_id);
  Diff(out, "skill", before.skill, after.skill);
  if (before.issues_competence_certificate != after.issues_competence_certificate) {
    out.push_back({"issues_competence_certificate", detail::JsonBool(before.issues_competence_certificate),
                   detail::JsonBool(after.issues_competence_certificate)});
  }
  Diff(out, "description", before.description, after.description);
  Diff(out, "region_code", before.region_code, after.region_code);
  return out;
}

std::vector<FieldChange> SessionChanges(const SessionData& before, const SessionData& after) {
  std::vector<FieldChange> out;
  if (before.starts_on != after.starts_on) {
    out.push_back({"starts_on", detail::JsonDate(before.starts_on), detail::JsonDate(after.starts_on)});
  }
  if (before.ends_on != after.ends_on) {
    out.push_back({"ends_on", detail::JsonDate(before.ends_on), detail::JsonDate(after.ends_on)});
  }
  Diff(out, "place", before.place, after.place);
  Diff(out, "region_code", before.region_code, after.region_code);
  if (before.capacity != after.capacity) out.push_back({"capacity", IntJson(before.capacity), IntJson(after.capacity)});
  return out;
}

std::vector<FieldChange> EnrolmentChanges(const EnrolmentData& before, const EnrolmentData& after) {
  std::vector<FieldChange> out;
  if (before.status != after.status) {
    out.push_back({"status", detail::JsonString(ToString(before.status)), detail::JsonString(ToString(after.status))});
  }
  if (before.attended_on != after.attended_on) {
    out.push_back({"attended_on", DatesJson(before.attended_on), DatesJson(after.attended_on)});
  }
  Diff(out, "completed_on", before.completed_on, after.completed_on);
  Diff(out, "certificate_number", before.certificate_number, after.certificate_number);
  Diff(out, "certificate_issued_on", before.certificate_issued_on, after.certificate_issued_on);
  Diff(out, "note", before.note, after.note);
  return out;
}

}  // namespace sinergi::domain
