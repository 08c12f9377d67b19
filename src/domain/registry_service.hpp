#pragma once
// Use cases of the person registry. Thread-safe (holds only references to thread-safe collaborators);
// each call runs in its own unit of work, so a failed call leaves nothing behind.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/history.hpp"
#include "domain/person.hpp"
#include "domain/ports/database.hpp"
#include "domain/region_directory.hpp"

namespace sinergi::domain {

struct PersonMatch {
  Person person;
  double score = 0;        // 1.0 for exact NIK/passport matches
  std::string matched_on;  // "nik" | "passport_number" | "name" | "alias"
};

struct FamilyMember {
  FamilyLink link;       // as stored
  std::string relation;  // how the other person relates to the person asked about
  Person person;         // the other person
};

class RegistryService {
 public:
  RegistryService(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids, const RegionDirectory& regions)
      : db_(db), clock_(clock), ids_(ids), regions_(regions) {}

  // Errors: kInvalid "validation_failed" with field errors; kConflict "person.nik_taken".
  core::Result<Person> CreatePerson(const Actor& actor, PersonData data);
  // Errors: kNotFound "person.not_found" (also for soft-deleted persons unless include_deleted).
  core::Result<Person> GetPerson(const std::string& id, bool include_deleted = false);
  // Full replacement of the writable fields. Errors: as Create, plus kPreconditionFailed "version_mismatch",
  // kNotFound for deleted persons.
  core::Result<Person> UpdatePerson(const Actor& actor, const std::string& id, PersonData data,
                                    std::int64_t expected_version);
  // Soft delete; reason required (kInvalid field "reason"). Errors: kNotFound, kPreconditionFailed.
  core::Result<Person> DeletePerson(const Actor& actor, const std::string& id, const std::string& reason,
                                    std::int64_t expected_version);
  core::Result<ports::Page<Person>> ListPersons(const ports::PersonFilter& filter, const ports::PageRequest& page);
  // Finds by NIK (16 digits), passport number, or name/alias with typo and spacing tolerance; best first.
  // Errors: kInvalid field "q" if the query is empty or shorter than 2 letters.
  core::Result<std::vector<PersonMatch>> SearchPersons(const std::string& query, int limit);

  // Errors: kInvalid (unknown relation, self-link), kNotFound (either person), kConflict "family_link.exists".
  core::Result<FamilyLink> AddFamilyLink(const Actor& actor, const std::string& person_id,
                                         const std::string& related_person_id, const std::string& relation);
  core::Status RemoveFamilyLink(const Actor& actor, const std::string& person_id, const std::string& link_id);
  core::Result<std::vector<FamilyMember>> ListFamily(const std::string& person_id);

  core::Result<ports::Page<ChangeRecord>> History(const std::string& entity_type, const std::string& entity_id,
                                                  const ports::PageRequest& page);

 private:
  ports::Database& db_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
  const RegionDirectory& regions_;
};

}  // namespace sinergi::domain
