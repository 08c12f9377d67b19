#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/list_scope.hpp"
#include "domain/person.hpp"
#include "domain/ports/page.hpp"

namespace sinergi::domain::ports {

struct PersonFilter {
  std::optional<std::string> nik;
  std::optional<std::string> passport_number;
  std::optional<std::string> sex;
  std::optional<std::string> pmi_status;
  std::optional<std::string> region_prefix;  // dotted region code; matches address_region_code and below
  bool include_deleted = false;
  // Need-to-know (domain/list_scope.hpp): only persons the scope admits are listed, so a page holds `limit` of
  // them whenever that many exist and next_after walks over admitted persons only. Services always set it from
  // the policy (ListScopeFor); Everything() is for system jobs and storage tests.
  ListScope scope = ListScope::Everything();
};

// A stored name key that may match a searched name; the domain scores it (domain/name_match.hpp).
struct NameCandidate {
  std::string person_id;
  std::string name_key;
};

// Persons and their family links. Used inside one UnitOfWork; not thread-safe on its own.
class PersonRepository {
 public:
  virtual ~PersonRepository() = default;

  // Stores a new person with its name keys (name_keys: the keys of full_name and every alias).
  // Errors: kConflict "person.nik_taken" if another non-deleted person has the same NIK;
  //         kConflict "person.exists" if the id exists.
  virtual core::Status Insert(const Person& person, const std::vector<std::string>& name_keys) = 0;

  // The person, including soft-deleted ones. Errors: kNotFound "person.not_found".
  virtual core::Result<Person> Get(const std::string& id) = 0;
  // Those of `ids` that exist, in no particular order.
  virtual core::Result<std::vector<Person>> GetMany(const std::vector<std::string>& ids) = 0;

  // Replaces the stored person (person.version must be expected_version + 1) and its name keys.
  // Errors: kNotFound; kPreconditionFailed "version_mismatch" if the stored version != expected_version;
  //         kConflict "person.nik_taken".
  virtual core::Status Update(const Person& person, std::int64_t expected_version,
                              const std::vector<std::string>& name_keys) = 0;

  // Ordered by id. Non-deleted only unless filter.include_deleted.
  virtual core::Result<Page<Person>> List(const PersonFilter& filter, const PageRequest& page) = 0;

  // Up to `limit` stored name keys of non-deleted persons that `scope` admits (as in PersonFilter::scope) sharing
  // character trigrams with `name_key`, best candidates first. The caller re-scores them; recall matters more
  // than order here, which is why persons outside the scope must not take up the limit.
  virtual core::Result<std::vector<NameCandidate>> FindNameCandidates(const std::string& name_key, int limit,
                                                                      const ListScope& scope) = 0;

  // Family links. Errors: kConflict "family_link.exists" for a duplicate (same pair and relation, either
  // direction); kNotFound "family_link.not_found" on delete.
  virtual core::Status InsertLink(const FamilyLink& link) = 0;
  virtual core::Status DeleteLink(const std::string& link_id) = 0;
  virtual core::Result<FamilyLink> GetLink(const std::string& link_id) = 0;
  // Links where the person is on either side.
  virtual core::Result<std::vector<FamilyLink>> ListLinks(const std::string& person_id) = 0;
};

}  // namespace sinergi::domain::ports
