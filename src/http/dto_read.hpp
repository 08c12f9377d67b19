#pragma once
// API JSON -> domain inputs. Each reader takes the fields of one request body from a JsonReader; the caller
// calls reader.Finish() afterwards to reject unknown fields and report type errors (see json_read.hpp).
// Business rules (lengths, codes, NIK) stay in the domain; these only map shapes.
#include <string>

#include "domain/auth_service.hpp"
#include "domain/case.hpp"
#include "domain/identity_service.hpp"
#include "domain/journey.hpp"
#include "domain/person.hpp"
#include "domain/tppo_screening.hpp"
#include "http/json_read.hpp"

namespace sinergi::http {

// Writable person fields: full_name (required) aliases nik passport_number sex birth_date birth_place
// address_line address_region_code phone marital_status education skills pmi_status.
domain::PersonData ReadPersonData(JsonReader& reader);

// Writable journey fields: placement_scheme destination_country (required), pmi_category p3mi_name sector
// job_title employer_name procedural documents planned_departure_date contract_end_date notes.
domain::JourneyData ReadJourneyData(JsonReader& reader);

// {to, reason, effective_date, documents_override_reason, return_reason, debarkation_point}; `to` must name a
// journey status (else field error "to" code "unknown_code").
domain::TransitionRequest ReadTransitionRequest(JsonReader& reader);

// ---- TPPO screening (dto_screening.cpp) ----
// {acts, means, purposes, victim_age, exploitation_occurred, ilo_indicators}; codes are checked by the domain.
domain::TppoScreeningInput ReadTppoScreeningInput(JsonReader& reader);

// ---- cases (dto_case.cpp) ----
// Writable case fields: intake_channel reported_on case_types (required), occurred_on occurrence_country
// occurrence_region_code urgency (default SEDANG) immediate_safety_risk violence_acts places pmi_problems
// reporter_name reporter_contact reporter_confidential summary victim_wants_return return_assessed_safe.
// A missing case_types reads as empty (the domain names it "required").
domain::CaseData ReadCaseData(JsonReader& reader);
// {to, reason, closure_reason, effective_date}; `to` must name a case status (else field error "to" code
// "unknown_code").
domain::CaseTransitionRequest ReadCaseTransitionRequest(JsonReader& reader);
// {person_id, role (required), relationship_to_victim, note}; the service fills in ids and who added it.
domain::CaseParty ReadCasePartyInput(JsonReader& reader);
struct CaseScreeningBody {
  std::string person_id;
  domain::TppoScreeningInput input;
};
// {person_id (required), acts, means, purposes, victim_age, exploitation_occurred, ilo_indicators}.
CaseScreeningBody ReadCaseScreeningBody(JsonReader& reader);
struct DeterminationBody {
  std::string determination;
  std::string note;
};
// {determination, note} (both required).
DeterminationBody ReadDeterminationBody(JsonReader& reader);

// ---- identity (dto_identity.cpp) ----
// {username, password, totp?}; the handler adds the client's address and user agent.
domain::LoginRequest ReadLoginRequest(JsonReader& reader);
// {code, name, type (required), region_code, country, disabled}.
domain::AgencyInput ReadAgencyInput(JsonReader& reader);
struct UserCreateBody {
  domain::UserInput input;
  std::string password;  // never logged; strength-checked by the domain
};
// {username, display_name, agency_code, roles, password (required), scope}.
UserCreateBody ReadUserCreate(JsonReader& reader);
// The changeable user fields {display_name, agency_code, roles, scope, disabled}; username is not among them
// (an unknown field), so the caller fills it in from the stored user.
domain::UserInput ReadUserPatchable(JsonReader& reader);

}  // namespace sinergi::http
