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

// Every method takes the acting user first and asks the policy (domain/policy.hpp) before touching data:
// reads need Permission::kRegistryRead, writes kRegistryWrite. Errors of every method, in addition to those
// listed: kUnauthenticated "auth.required" (no actor), kForbidden "forbidden" (the role does not allow it),
// kUnavailable/kInternal from storage.
// Auditing (domain/audit_log.hpp): a write appends its audit entry (action, entity, changed field names — never
// values) in its own unit of work, so both commit or neither does. A successful read records a "read" entry
// (single records; family and history count as reads of their person) or a "list" entry with the returned ids
// (lists and searches; the detail names the filters used, never their values) right after the read; when that
// entry cannot be stored the read fails with the storage error and returns no data.
class RegistryService {
 public:
  RegistryService(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids, const RegionDirectory& regions)
      : db_(db), clock_(clock), ids_(ids), regions_(regions) {}

  // Errors: kInvalid "validation_failed" with field errors; kConflict "person.nik_taken".
  core::Result<Person> CreatePerson(const Actor& actor, PersonData data);
  // Errors: kNotFound "person.not_found" (also for soft-deleted persons unless include_deleted).
  core::Result<Person> GetPerson(const Actor& actor, const std::string& id, bool include_deleted = false);
  // Full replacement of the writable fields. Errors: as Create, plus kPreconditionFailed "version_mismatch",
  // kNotFound for deleted persons. An update that changes nothing writes no history but is still audited.
  core::Result<Person> UpdatePerson(const Actor& actor, const std::string& id, PersonData data,
                                    std::int64_t expected_version);
  // Soft delete; reason required (kInvalid field "reason"). Errors: kNotFound, kPreconditionFailed.
  core::Result<Person> DeletePerson(const Actor& actor, const std::string& id, const std::string& reason,
                                    std::int64_t expected_version);
  core::Result<ports::Page<Person>> ListPersons(const Actor& actor, const ports::PersonFilter& filter,
                                                const ports::PageRequest& page);
  // Finds by NIK (16 digits), passport number, or name/alias with typo and spacing tolerance; best first.
  // The audit entry names the kind of search (nik, passport_number, name), never the query.
  // Errors: kInvalid field "q" if the query is empty or shorter than 2 letters.
  core::Result<std::vector<PersonMatch>> SearchPersons(const Actor& actor, const std::string& query, int limit);

  // Errors: kInvalid (unknown relation, self-link), kNotFound (either person), kConflict "family_link.exists".
  // Audited on both persons (action "link"/"unlink"), as the history is.
  core::Result<FamilyLink> AddFamilyLink(const Actor& actor, const std::string& person_id,
                                         const std::string& related_person_id, const std::string& relation);
  core::Status RemoveFamilyLink(const Actor& actor, const std::string& person_id, const std::string& link_id);
  // Audited as a read of the person, with the relatives' ids as record_ids.
  core::Result<std::vector<FamilyMember>> ListFamily(const Actor& actor, const std::string& person_id);

  // entity_type "person" or "journey"; audited as a read of that record.
  core::Result<ports::Page<ChangeRecord>> History(const Actor& actor, const std::string& entity_type,
                                                  const std::string& entity_id, const ports::PageRequest& page);

 private:
  ports::Database& db_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
  const RegionDirectory& regions_;
};

}  // namespace sinergi::domain
