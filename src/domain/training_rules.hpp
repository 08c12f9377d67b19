#pragma once
// The rules of training programmes, sessions and enrolments (domain/training.hpp) as pure functions: the training
// service applies them and training_rules_test.cpp calls them directly. Checks that need storage (does the agency,
// region or person exist, is the session full) stay in the service.
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/history.hpp"
#include "domain/journey.hpp"
#include "domain/training.hpp"

namespace sinergi::domain {

// Trims every text (an empty optional text becomes absent); collapses the spaces of the name.
void NormaliseProgramme(ProgrammeData& data);
void NormaliseSession(SessionData& data);
// Also sorts the attended days and drops repeated ones.
void NormaliseEnrolment(EnrolmentData& data);

// Field errors: name required / too_long; kind required / unknown_code (codelist jenis_pelatihan);
// provider_agency_id required; skill too_long; description too_long; region_code too_long.
std::vector<core::FieldError> ValidateProgramme(const ProgrammeData& data);
// ends_on before_start (before starts_on); place required / too_long; capacity out_of_range (< 1).
std::vector<core::FieldError> ValidateSession(const SessionData& data);
// attended_on[i] out_of_range (outside the session's days) / in_future (after today); COMPLETED: completed_on
// required, before_start (before the session starts), in_future; certificate_number and certificate_issued_on
// required when the programme issues a competence certificate; certificate_issued_on in_future; not COMPLETED:
// completed_on, certificate_number, certificate_issued_on not_allowed; certificate_number, note too_long.
std::vector<core::FieldError> ValidateEnrolment(const EnrolmentData& data, const SessionData& session,
                                                const ProgrammeData& programme, core::Date today);

// The status moves of an enrolment: ENROLLED -> COMPLETED | DROPPED_OUT | FAILED. The last three are final.
// Staying in the same status is no move and always allowed.
bool CanMoveEnrolment(EnrolmentStatus from, EnrolmentStatus to);
bool IsFinalEnrolment(EnrolmentStatus status);
// Whether the enrolment takes a seat of its session (capacity): every status but DROPPED_OUT.
bool TakesSeat(EnrolmentStatus status);

// Whether a completed enrolment verifies the competence certificate of the person's journey: COMPLETED in a
// programme that issues competence certificates, with a certificate number.
bool VerifiesCompetenceCertificate(const EnrolmentData& data, const ProgrammeData& programme);
// Whether a journey is in the before-work phase in which the Ps 13 checklist is still being gathered: registered,
// in_training or ready_to_depart.
bool IsPreparingJourney(JourneyStatus status);
// The journey a certificate goes to: the most recently created preparing journey (nullopt: none).
std::optional<std::size_t> JourneyForCertificate(const std::vector<Journey>& journeys);
// Sets the SERTIFIKAT_KOMPETENSI item of the checklist to verified with the enrolment's certificate number and
// issue date and a note naming the programme (adds the item when it is missing). Returns false when the item is
// already exactly so (nothing to change).
bool ApplyCompetenceCertificate(JourneyData& journey, const EnrolmentData& enrolment, const ProgrammeData& programme);

// Field-level diffs for history (values are JSON texts).
std::vector<FieldChange> ProgrammeChanges(const ProgrammeData& before, const ProgrammeData& after);
std::vector<FieldChange> SessionChanges(const SessionData& before, const SessionData& after);
std::vector<FieldChange> EnrolmentChanges(const EnrolmentData& before, const EnrolmentData& after);

}  // namespace sinergi::domain
