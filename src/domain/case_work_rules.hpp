#pragma once
// The rules of a case's services and notes (domain/case_work.hpp), as pure functions the case work service applies
// and tests call directly. Legal basis: UU 21/2007 Ps 51(2) with its Penjelasan (a rehabilitation request needs a
// police report), Ps 53 (first aid within 7 days of the request); DOMAIN.md §1.5.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/case_work.hpp"

namespace sinergi::domain {

// Trims texts (an empty optional text becomes absent), upper-cases the codes, and fills the dates a status implies
// when the client left them out: started_on = today for BERJALAN, completed_on = today for SELESAI.
void NormaliseServiceData(ServiceDeliveryData& data, core::Date today);

// Field errors (codes): service required / unknown_code (layanan_kasus); status unknown_code (status_layanan);
// requested_on / started_on / completed_on in_future; started_on before_requested_on; completed_on
// before_started_on (or before requested_on); completed_on not_completed unless SELESAI; outcome required for
// SELESAI; reference / outcome too_long.
std::vector<core::FieldError> ValidateServiceData(const ServiceDeliveryData& data, core::Date today);

// Whether a service may go from status `from` to `to`: forward only (DIRENCANAKAN -> BERJALAN -> SELESAI, and
// DIBATALKAN from either open status); SELESAI and DIBATALKAN are final. The same status is always allowed.
bool ServiceStatusMoveAllowed(std::string_view from, std::string_view to);
// A service that is not SELESAI or DIBATALKAN.
bool ServiceIsOpen(std::string_view status);

// PERTOLONGAN_PERTAMA: requested_on + 7 days (UU 21/2007 Ps 53); nullopt for every other service.
std::optional<core::Date> ServiceDueOn(const ServiceDeliveryData& data);

// Whether recording `service` on a case of these types needs a police report first: REHABILITASI_SOSIAL on a case
// whose case_types contain TPPO (UU 21/2007 Ps 51(2)).
bool NeedsPoliceReport(const std::vector<std::string>& case_types, std::string_view service);
// A police report: a PENEGAKAN_HUKUM service with a reference that was not cancelled.
bool IsPoliceReport(const ServiceDeliveryData& data);
// kInvalid "police_report_required" (field "service").
core::Error PoliceReportRequired();

// Trims the note text; errors: text required / too_long (kMaxCaseNoteTextChars code points).
std::vector<core::FieldError> NormaliseAndValidateNoteText(std::string& text);

}  // namespace sinergi::domain
