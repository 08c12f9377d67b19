#pragma once
// The journey state machine and the UU 18/2017 rules enforced on it. Pure functions.
#include <optional>
#include <vector>

#include "core/error.hpp"
#include "domain/history.hpp"
#include "domain/journey.hpp"
#include "domain/person.hpp"

namespace sinergi::domain {

// Allowed moves:
//   registered -> in_training | ready_to_depart | closed(reason required: withdrawn before departure)
//   in_training -> ready_to_depart | closed(reason required)
//   ready_to_depart -> in_training | working_abroad | closed(reason required)
//   working_abroad -> returned
//   returned -> reintegrating | closed
//   reintegrating -> closed
bool IsAllowedTransition(JourneyStatus from, JourneyStatus to);
std::vector<JourneyStatus> AllowedTransitions(JourneyStatus from);

// The pmi_status a person should have while a journey is in `s` (status_pmi codes):
// registered/in_training -> CALON, ready_to_depart -> AKAN_BEKERJA, working_abroad -> SEDANG_BEKERJA,
// returned/reintegrating/closed-after-return -> PURNA; closed before departure -> nullopt (leave as is).
std::optional<std::string> PmiStatusFor(JourneyStatus s, bool departed);

// Fills in missing Ps 13 documents (status "missing"), orders them statutorily, validates codes/statuses,
// scheme rules (P3MI scheme needs p3mi_name; PERSEORANGAN needs a legal-entity category BADAN_HUKUM if category given)
// and date order. Field names are JSON paths ("documents[2].status").
// `country_exists` tells whether destination_country is a known ISO alpha-2 code.
std::vector<core::FieldError> NormaliseAndValidate(JourneyData& data, bool country_exists);

// True when every Ps 13 document is "verified".
bool DocumentsComplete(const JourneyData& data);
std::vector<std::string> MissingDocuments(const JourneyData& data);

// Outcome of checking a transition against the rules. When `error` is set the transition is refused;
// `flags_to_add` may still be non-empty (an under-age departure attempt is refused AND flagged).
struct TransitionCheck {
  std::optional<core::Error> error;
  std::vector<std::string> flags_to_add;
};
// Rules: the move is allowed (else kConflict "journey.transition_not_allowed"); closing before departure needs a
// reason; departure (-> working_abroad) needs the person's birth date (kInvalid "journey.birth_date_required"),
// refuses age < 18 on the effective date (kInvalid "journey.underage_departure", flag UNDERAGE_DEPARTURE_ATTEMPT),
// refuses incomplete Ps 13 documents unless documents_override_reason is given (kInvalid
// "journey.documents_incomplete" naming the missing documents; with override: flag DOCUMENTS_OVERRIDE);
// -> returned needs return_reason from codelist alasan_kepulangan and an effective date not before departure.
TransitionCheck CheckTransition(const Journey& journey, const Person& person, const TransitionRequest& request,
                                const core::Date& effective_date);

// Field-level differences for history.

std::vector<FieldChange> DiffJourneyData(const JourneyData& before, const JourneyData& after);

}  // namespace sinergi::domain
