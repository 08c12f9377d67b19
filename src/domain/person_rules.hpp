#pragma once
// Validation and normalisation of person input. Pure; used by RegistryService.
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/history.hpp"
#include "domain/nik.hpp"
#include "domain/person.hpp"
#include "domain/region_directory.hpp"

namespace sinergi::domain {

// Normalises in place (trims, upper-cases passport, removes spaces/dashes from NIK and phone, dedups aliases and
// skills) and returns every field error (field names are JSON paths: "full_name", "aliases[1]", "nik"...).
std::vector<core::FieldError> NormaliseAndValidate(PersonData& data, const RegionDirectory& regions,
                                                   const core::Date& today);
// Warnings to store with the record (NIK region unknown, NIK vs sex/birth date mismatch).
std::vector<Warning> PersonWarnings(const PersonData& data, const RegionDirectory& regions, const core::Date& today);

// The name keys stored with a person for search: NameKey(full_name) and NameKey of every alias, deduplicated,
// empty keys dropped (name_match.hpp). Every PersonRepository Insert/Update passes these.
std::vector<std::string> PersonNameKeys(const PersonData& data);

// Field-level differences for history ("full_name", "aliases", ...), values as JSON text.

std::vector<FieldChange> DiffPersonData(const PersonData& before, const PersonData& after);

}  // namespace sinergi::domain
