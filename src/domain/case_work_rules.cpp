// The rules of a case's services and notes (case_work_rules.hpp).
#include "domain/case_work_rules.hpp"

#include <algorithm>

#include "domain/codelists.hpp"
#include "domain/detail/text.hpp"

namespace sinergi::domain {
namespace {

// DIRENCANAKAN 0, BERJALAN 1, SELESAI/DIBATALKAN 2 (final); -1 for an unknown code.
int StatusRank(std::string_view status) {
  if (status == kServicePlanned) return 0;
  if (status == kServiceInProgress) return 1;
  if (status == kServiceDone || status == kServiceCancelled) return 2;
  return -1;
}

void CheckNotFuture(std::vector<core::FieldError>& errors, const char* field, const std::optional<core::Date>& d,
                    core::Date today) {
  if (d && *d > today) errors.push_back({field, "in_future", "Must not be in the future."});
}

void CheckLength(std::vector<core::FieldError>& errors, const char* field, const std::optional<std::string>& text,
                 std::size_t max) {
  if (text && detail::CodePointCount(*text) > max) {
    errors.push_back({field, "too_long", "At most " + std::to_string(max) + " characters."});
  }
}

}  // namespace

void NormaliseServiceData(ServiceDeliveryData& data, core::Date today) {
  detail::TrimOptional(data.person_id);
  detail::TrimOptional(data.provider_agency_id);
  detail::TrimOptional(data.reference);
  detail::TrimOptional(data.outcome);
  data.service = detail::ToUpperAscii(detail::Trim(data.service));
  data.status = detail::ToUpperAscii(detail::Trim(data.status));
  if (data.status.empty()) data.status = std::string(kServicePlanned);
  if (data.status == kServiceInProgress && !data.started_on) data.started_on = today;
  if (data.status == kServiceDone && !data.completed_on) data.completed_on = today;
}

std::vector<core::FieldError> ValidateServiceData(const ServiceDeliveryData& data, core::Date today) {
  std::vector<core::FieldError> errors;
  if (data.service.empty()) {
    errors.push_back({"service", "required", "A code of the list layanan_kasus is required."});
  } else if (!IsValidCode("layanan_kasus", data.service)) {
    errors.push_back({"service", "unknown_code", "Not a code of the list layanan_kasus."});
  }
  if (!IsValidCode("status_layanan", data.status)) {
    errors.push_back({"status", "unknown_code", "Not a code of the list status_layanan."});
  }
  CheckNotFuture(errors, "requested_on", data.requested_on, today);
  CheckNotFuture(errors, "started_on", data.started_on, today);
  CheckNotFuture(errors, "completed_on", data.completed_on, today);
  if (data.started_on && *data.started_on < data.requested_on) {
    errors.push_back({"started_on", "before_requested_on", "A service starts on or after it was requested."});
  }
  if (data.completed_on) {
    if (data.status != kServiceDone) {
      errors.push_back({"completed_on", "not_completed", "Only a completed (SELESAI) service has a completion date."});
    } else if (*data.completed_on < data.started_on.value_or(data.requested_on)) {
      errors.push_back({"completed_on", "before_started_on", "A service completes on or after it started."});
    }
  }
  if (data.status == kServiceDone && !data.outcome) {
    errors.push_back({"outcome", "required", "Say what came of a completed service."});
  }
  CheckLength(errors, "reference", data.reference, kMaxServiceReferenceChars);
  CheckLength(errors, "outcome", data.outcome, kMaxServiceOutcomeChars);
  return errors;
}

bool ServiceStatusMoveAllowed(std::string_view from, std::string_view to) {
  if (from == to) return true;
  const int a = StatusRank(from);
  const int b = StatusRank(to);
  return a >= 0 && b >= 0 && a < 2 && b > a;
}

bool ServiceIsOpen(std::string_view status) {
  return status != kServiceDone && status != kServiceCancelled;
}

std::optional<core::Date> ServiceDueOn(const ServiceDeliveryData& data) {
  if (data.service != kServiceFirstAid) return std::nullopt;
  return core::Date::FromDaysSinceEpoch(data.requested_on.DaysSinceEpoch() + kFirstAidDueDays);
}

bool NeedsPoliceReport(const std::vector<std::string>& case_types, std::string_view service) {
  return service == kServiceSocialRehabilitation &&
         std::find(case_types.begin(), case_types.end(), "TPPO") != case_types.end();
}

bool IsPoliceReport(const ServiceDeliveryData& data) {
  return data.service == kServiceLawEnforcement && data.reference.has_value() && !data.reference->empty() &&
         data.status != kServiceCancelled;
}

core::Error PoliceReportRequired() {
  return core::Error::Invalid(
      "police_report_required",
      "A TPPO victim's social rehabilitation needs a police report first (UU 21/2007 Ps 51(2)): "
      "record a PENEGAKAN_HUKUM service with its report number (reference).",
      {{"service", "police_report_required", "Record the police report first."}});
}

std::vector<core::FieldError> NormaliseAndValidateNoteText(std::string& text) {
  text = detail::Trim(text);
  std::vector<core::FieldError> errors;
  if (text.empty()) {
    errors.push_back({"text", "required", "A note needs text."});
  } else if (detail::CodePointCount(text) > kMaxCaseNoteTextChars) {
    errors.push_back({"text", "too_long", "At most " + std::to_string(kMaxCaseNoteTextChars) + " characters."});
  }
  return errors;
}

}  // namespace sinergi::domain
