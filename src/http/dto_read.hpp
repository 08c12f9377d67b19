#pragma once
// API JSON -> domain inputs. Each reader takes the fields of one request body from a JsonReader; the caller
// calls reader.Finish() afterwards to reject unknown fields and report type errors (see json_read.hpp).
// Business rules (lengths, codes, NIK) stay in the domain; these only map shapes.
#include <string>

#include "domain/auth_service.hpp"
#include "domain/identity_service.hpp"
#include "domain/journey.hpp"
#include "domain/person.hpp"
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
