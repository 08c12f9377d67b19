#pragma once
// Cases with their parties, victim screenings and workflow transitions (domain/case.hpp). Used inside one
// UnitOfWork; not thread-safe. Backends seal CaseData::summary and reporter_name/reporter_contact at rest
// (storage/common/sealed_fields.hpp), and fill Case::victim_count on every read (the parties in role KORBAN).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/case.hpp"
#include "domain/list_scope.hpp"
#include "domain/ports/page.hpp"

namespace sinergi::domain::ports {

struct CaseFilter {
  std::optional<CaseStatus> status;
  std::optional<std::string> case_type;  // cases whose case_types contain this code
  std::optional<std::string> owner_agency_id;
  std::optional<std::string> person_id;  // cases in which this person holds any role
  // Cases that happened in this dotted region or below it ("61" covers "61" and "61.71"): the drill-down from the
  // figures by province (issue #6).
  std::optional<std::string> region;
  // Need-to-know, judged on the case itself (a RecordScope built by the case service): the case's owning agency, the owning
  // agency's region or the case's occurrence region, its creator; ListScope::granted_person_ids holds CASE ids
  // here (cases shared with the actor's agency, e.g. by an accepted referral).
  ListScope scope = ListScope::Everything();
};

class CaseRepository {
 public:
  virtual ~CaseRepository() = default;

  // Errors: kConflict "case.exists" for a duplicate id.
  virtual core::Status Insert(const Case& c) = 0;
  // Errors: kNotFound "case.not_found".
  virtual core::Result<Case> Get(const std::string& id) = 0;
  // Replaces every stored field of the case (data, status and workflow facts).
  // Errors: kNotFound "case.not_found"; kPreconditionFailed "version_mismatch".
  virtual core::Status Update(const Case& c, std::int64_t expected_version) = 0;
  // Ordered by id (creation order); PageRequest.after is an id.
  virtual core::Result<Page<Case>> List(const CaseFilter& filter, const PageRequest& page) = 0;

  // Errors: kNotFound "case.not_found" or "person.not_found"; kConflict "case_party.exists" when the person already
  // holds this role in this case.
  virtual core::Status InsertParty(const CaseParty& party) = 0;
  // Errors: kNotFound "case_party.not_found".
  virtual core::Status DeleteParty(const std::string& case_id, const std::string& party_id) = 0;
  // Oldest first.
  virtual core::Result<std::vector<CaseParty>> ListParties(const std::string& case_id) = 0;

  // Errors: kNotFound "case.not_found" or "person.not_found".
  virtual core::Status InsertScreening(const CaseScreening& screening) = 0;
  // Errors: kNotFound "case_screening.not_found".
  virtual core::Result<CaseScreening> GetScreening(const std::string& id) = 0;
  // Stores determination, determination_note, determined_at and determined_by; nothing else of a screening changes.
  // Errors: kNotFound "case_screening.not_found".
  virtual core::Status UpdateScreeningDetermination(const CaseScreening& screening) = 0;
  // Oldest first.
  virtual core::Result<std::vector<CaseScreening>> ListScreenings(const std::string& case_id) = 0;

  virtual core::Status InsertTransition(const CaseTransition& t) = 0;
  // Oldest first.
  virtual core::Result<std::vector<CaseTransition>> ListTransitions(const std::string& case_id) = 0;
};

}  // namespace sinergi::domain::ports
