#pragma once
// Use cases of personal-data protection (UU 27/2022, issue #3): consent records, data-subject requests with their
// 3 x 24 h deadline, and the access export (Ps 32: the person's data and who processed it).
// Thread-safe (references to thread-safe collaborators only); each call runs in its own units of work.
//
// Every call first asks the policy (Authorize) and then reads the person through the record gate
// (detail::ReadAdmittedPerson), so a person the actor may not see, or that does not exist, is kNotFound
// "person.not_found" here as everywhere else; a refused attempt is audited as a refused read.
// Permissions: consents and creating a request need kRegistryRead/kRegistryWrite like the rest of the registry;
// listing, completing and refusing requests need kAuditRead (supervisors, the DPO-like administrator); the export
// needs kRegistryRead and kAuditRead, because it carries the audit trail about the person.
// Auditing (domain/audit_log.hpp): one entry per call. Every write appends an entry on entity ("person",
// person_id) in its own unit of work, naming the consent or request id in record_ids and "consent" /
// "data_subject_request" in the detail, so the person's audit trail shows it; reads record "read"/"list" entries;
// the export records "export" (covering the person, family, journeys, consents, requests and trail it returns).
// Errors of every method, in addition to those listed: kUnauthenticated, kForbidden, kUnavailable, kInternal.
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/audit.hpp"
#include "domain/journey.hpp"
#include "domain/pdp.hpp"
#include "domain/ports/database.hpp"
#include "domain/registry_service.hpp"  // FamilyMember

namespace sinergi::domain {

struct JourneyRecord {
  Journey journey;
  std::vector<JourneyTransition> transitions;
  std::vector<FollowUp> follow_ups;
};

// Everything Sinergi holds about one person, and who processed it (UU 27/2022 Ps 7, 13, 32).
struct PersonExport {
  core::Timestamp generated_at{};
  std::string generated_by;
  Person person;
  std::vector<FamilyMember> family;
  std::vector<JourneyRecord> journeys;
  std::vector<Consent> consents;
  std::vector<DataSubjectRequest> requests;
  std::vector<AuditEntry> audit;  // entries on the person and on their journeys, oldest first
};

class PdpService {
 public:
  PdpService(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids)
      : db_(db), clock_(clock), ids_(ids) {}

  // Oldest first, withdrawn ones included.
  core::Result<std::vector<Consent>> ListConsents(const Actor& actor, const std::string& person_id);
  // Errors: kInvalid "validation_failed" (ValidateConsent; guardian_person_id unknown or the person themself).
  core::Result<Consent> RecordConsent(const Actor& actor, const std::string& person_id, ConsentInput input);
  // Errors: kInvalid field "reason" (required); kNotFound "consent.not_found" (also a consent of another person);
  // kConflict "consent.withdrawn" when already withdrawn.
  core::Result<Consent> WithdrawConsent(const Actor& actor, const std::string& person_id, const std::string& consent_id,
                                        const std::string& reason);

  // due_at = received_at + 72 h. Errors: kInvalid "validation_failed" (ValidateRequest).
  core::Result<DataSubjectRequest> CreateRequest(const Actor& actor, const std::string& person_id,
                                                 DataSubjectRequestInput input);
  // Errors: kNotFound "data_subject_request.not_found".
  core::Result<DataSubjectRequest> GetRequest(const Actor& actor, const std::string& id);
  core::Result<ports::Page<DataSubjectRequest>> ListRequests(const Actor& actor, const ports::RequestFilter& filter,
                                                             const ports::PageRequest& page);
  // Closes an open request. A refusal needs an outcome note (Ps 33: a change that would endanger someone must be
  // refused; Ps 15 exemptions). Errors: kInvalid field "outcome_note"; kNotFound; kConflict
  // "data_subject_request.closed" when it is no longer open.
  core::Result<DataSubjectRequest> CloseRequest(const Actor& actor, const std::string& id, RequestStatus outcome,
                                                const std::optional<std::string>& outcome_note);

  core::Result<PersonExport> Export(const Actor& actor, const std::string& person_id);

 private:
  ports::Database& db_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
};

}  // namespace sinergi::domain
