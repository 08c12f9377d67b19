#pragma once
// The few small JSON shapes storage keeps in text columns (aliases, skills, flags, warnings, history changes, the
// TPPO screenings of cases, the components of restitution claims).
// Hand-written on purpose: the storage layer needs no JSON library for flat arrays, and the same encoding can be
// read back by SQLite's json_* functions (or cast to jsonb by the PostgreSQL backend).
// Decoders return kInternal on malformed text: the column was written by us, so bad text is corruption.
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/history.hpp"
#include "domain/person.hpp"
#include "domain/restitution.hpp"
#include "domain/tppo_screening.hpp"

namespace sinergi::storage {

// Appends `text` as a quoted JSON string (UTF-8 passes through; quotes, backslashes and controls escaped).
void AppendJsonString(std::string& out, std::string_view text);
// True if `text` is exactly one well-formed JSON value (surrounding whitespace allowed).
bool IsJsonValue(std::string_view text);

std::string EncodeStringArray(const std::vector<std::string>& items);
core::Result<std::vector<std::string>> DecodeStringArray(std::string_view json);

// [{"code":..,"field":..,"message":..}]
std::string EncodeWarnings(const std::vector<domain::Warning>& warnings);
core::Result<std::vector<domain::Warning>> DecodeWarnings(std::string_view json);

// [{"field":..,"before":<json>,"after":<json>}]; an absent side is omitted. Errors: kInvalid
// "history.invalid_change_value" if a before/after text is not one JSON value.
core::Result<std::string> EncodeChanges(const std::vector<domain::FieldChange>& changes);
core::Result<std::vector<domain::FieldChange>> DecodeChanges(std::string_view json);

// A case screening's input and the rule's result (case_screenings.input/result): one JSON object each, members
// named as the C++ fields ({"acts":[..],"victim_age":17|null,...}; the result nests "elements_met" and
// "forced_labour"). Members the decoder does not know are skipped, absent ones keep their defaults.
std::string EncodeTppoInput(const domain::TppoScreeningInput& input);
core::Result<domain::TppoScreeningInput> DecodeTppoInput(std::string_view json);
std::string EncodeTppoResult(const domain::TppoScreeningResult& result);
core::Result<domain::TppoScreeningResult> DecodeTppoResult(std::string_view json);

// The components of a restitution claim (case_restitutions.components, sealed):
// [{"component":..,"claimed_idr":<int>,"awarded_idr":<int>|null,"note":<string>|null}].
std::string EncodeRestitutionComponents(const std::vector<domain::RestitutionComponent>& components);
core::Result<std::vector<domain::RestitutionComponent>> DecodeRestitutionComponents(std::string_view json);

}  // namespace sinergi::storage
