#pragma once
// The person registry: calon PMI, PMI, purna PMI, family members. DOMAIN.md §3.1, §5.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace sinergi::domain {

// A non-blocking problem kept on a record and shown to users (e.g. NIK contradicts the stated birth date).
struct Warning {
  std::string code;     // stable, e.g. "nik.sex_mismatch", "nik.birth_date_mismatch", "nik.unknown_region"
  std::string field;    // e.g. "sex"
  std::string message;  // English; the UI translates by code

  bool operator==(const Warning&) const = default;
};

// The fields a client writes. Codes refer to codelists (domain/codelists.hpp).
struct PersonData {
  std::string full_name;                       // required, 1..200 chars
  std::vector<std::string> aliases;            // other spellings / names used
  std::optional<std::string> nik;              // 16 digits (validated, see nik.hpp)
  std::optional<std::string> passport_number;  // upper-cased, 6..12 letters/digits
  std::optional<std::string> sex;              // codelist jenis_kelamin
  std::optional<core::Date> birth_date;        // not in the future
  std::optional<std::string> birth_place;
  std::optional<std::string> address_line;
  std::optional<std::string> address_region_code;  // dotted Kemendagri code, any level, ideally the village
  std::optional<std::string> phone;                // E.164-like: ^\+?[0-9]{6,15}$ after removing spaces/dashes
  std::optional<std::string> marital_status;       // codelist status_perkawinan
  std::optional<std::string> education;            // codelist pendidikan
  std::vector<std::string> skills;
  std::optional<std::string> pmi_status;  // codelist status_pmi; journeys keep it current
  // A victim or witness whose identity is confidential (UU 21/2007 Ps 44): the policy masks the sensitive
  // fields (domain/policy.hpp) for users outside the owning agency's caseworkers. Children are always protected.
  bool protected_identity = false;

  bool operator==(const PersonData&) const = default;
};

struct Person {
  std::string id;
  std::int64_t version = 1;  // increments on every write; the HTTP ETag
  PersonData data;
  std::vector<Warning> warnings;  // recomputed on every write
  core::Timestamp created_at{};
  core::Timestamp updated_at{};
  std::string created_by;
  std::string updated_by;
  std::optional<core::Timestamp> deleted_at;  // soft delete
  std::optional<std::string> delete_reason;
  // The agency of the user who created the record; empty: owned nationally (demo data, system jobs).
  // Set by RegistryService::CreatePerson, never by clients.
  std::optional<std::string> owner_agency_id;
  // Not stored: the names of the fields the policy withheld from the reader (those fields are empty here).
  std::vector<std::string> masked_fields;

  bool deleted() const { return deleted_at.has_value(); }
};

// A family link reads "related_person_id is <relation> of person_id".
// relation: codelist hubungan_keluarga (PASANGAN, ANAK, ORANG_TUA, WALI, ANAK_PERWALIAN).
struct FamilyLink {
  std::string id;
  std::string person_id;
  std::string related_person_id;
  std::string relation;
  core::Timestamp created_at{};
  std::string created_by;
};

// The relation seen from the other side: ANAK <-> ORANG_TUA, WALI <-> ANAK_PERWALIAN, PASANGAN <-> PASANGAN.
std::string InverseRelation(const std::string& relation);

}  // namespace sinergi::domain
