#pragma once
// The rules a case's own fields and its parties obey (issue #4), as pure functions the case service applies
// before it writes. Field names in errors and history are the JSON names of CaseData / CaseParty.
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"
#include "domain/case.hpp"
#include "domain/history.hpp"

namespace sinergi::domain {

inline constexpr std::size_t kMaxCaseNoteChars = 2000;     // party notes, determination notes
inline constexpr std::size_t kMaxCaseReporterChars = 200;  // reporter_name, reporter_contact

// Trims every text, upper-cases every code (and the country), turns blank optional texts into nullopt. Lists
// keep their order; repeats are left for ValidateCaseData to report.
void NormaliseCaseData(CaseData& data);

// What the reference data says about the (normalised) place of occurrence; looked up by the service.
struct CaseReferenceFacts {
  bool country_known = true;  // occurrence_country is absent or a country of the reference data
  bool region_known = true;   // occurrence_region_code is absent or a known region (a village: its district)
};

// Validates normalised data. Codes (FieldError::code): required (intake_channel, urgency, case_types), unknown_code
// (every code list; "case_types[1]"), duplicate (a code twice in one list), in_future (reported_on after `today`),
// after_reported_on (occurred_on), not_found (an unknown country or region), invalid_format (a region code),
// region_outside_indonesia (a region with a country other than ID), too_long (summary over kMaxCaseSummaryChars
// code points, reporter texts over kMaxCaseReporterChars).
std::vector<core::FieldError> ValidateCaseData(const CaseData& data, const CaseReferenceFacts& facts,
                                               const core::Date& today);

// Field-level differences for the case's history (entity "case"). Values are JSON texts and include the summary
// and reporter: history is sealed at rest; the audit trail only ever receives the field names.
std::vector<FieldChange> DiffCaseData(const CaseData& before, const CaseData& after);

// The empty "before" of a newly created case, so that every field given at intake is in its creation entry.
CaseData NoCaseData();

// Normalises a party's client fields (role and relationship upper-cased, texts trimmed) and validates them: role
// required / unknown_code (peran_dalam_kasus); relationship_to_victim unknown_code (hubungan_pelaku) or not_allowed
// for roles other than TERDUGA_PELAKU, PEREKRUT, PEMBERI_KERJA; note too_long (kMaxCaseNoteChars); person_id
// required.
std::vector<core::FieldError> NormaliseAndValidateParty(CaseParty& party);

}  // namespace sinergi::domain
