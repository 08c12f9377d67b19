#pragma once
// Use cases of the work on a case (issue #4): the services delivered to it and its notes (domain/case_work.hpp).
// Thread-safe; each call is one unit of work (plus a short audit unit after a read).
#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/case_work.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::domain {

// Every method takes the acting user first and asks the policy first (reads: Permission::kCaseRead; writes:
// kCaseWrite), then reads the case through the case gate (detail/case_access.hpp): a case outside the actor's
// scope is kNotFound "case.not_found", exactly like a missing one. Closed cases (DITUTUP, DITUTUP_DIRUJUK) are
// read-only: every write answers kConflict "case.closed" until the case is reopened.
// Services are shown to whoever sees the case (which service, for whom, by whom, when, status, reference); their
// outcome is sensitive like the case's summary: emptied and listed in masked_fields ("outcome") unless
// CanSeeSensitive allows the case's sensitive fields. Notes are wholly sensitive: reading or writing them needs
// that same right, else kForbidden "forbidden".
// Writes store the case's change history (entity "case"; a service as JSON without its outcome, which stays in the
// service, sealed) and the audit entry in their own unit; a note is its own record (append-only, sealed), so
// writing one appends only the audit entry ("create" on the case naming the note). Reads are audited right after
// the read ("read" of the case, detail "services" / "notes", record_ids the ids returned).
// An agency that sees the case only through an accepted referral reads services (and notes, with the sensitive
// right) but writes none: kForbidden "case.referral_read_only" (what it did goes into the referral's outcome).
// Errors of every method, in addition to those listed: kUnauthenticated "auth.required", kForbidden "forbidden",
// kUnavailable/kInternal from storage.
class CaseWorkService {
 public:
  CaseWorkService(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids)
      : db_(db), clock_(clock), ids_(ids) {}

  // Records a service on the case, version 1 (NormaliseServiceData, ValidateServiceData). provider_agency_id
  // defaults to the actor's agency. Errors: kInvalid "validation_failed" (the rule's field errors; person_id
  // not_a_victim when the person is not a KORBAN of the case; provider_agency_id not_found); kInvalid
  // "police_report_required" for REHABILITASI_SOSIAL on a TPPO case without a police report (IsPoliceReport) on
  // it; kNotFound "case.not_found"; kConflict "case.closed".
  core::Result<CaseServiceDelivery> RecordService(const Actor& actor, const std::string& case_id,
                                                  ServiceDeliveryData data);
  // The services of the case, ordered by requested_on (due_on filled, outcome masked as above).
  // Errors: kNotFound "case.not_found".
  core::Result<std::vector<CaseServiceDelivery>> ListServices(const Actor& actor, const std::string& case_id);
  // One service of the case, as ListServices shows it (audited as a read). Errors: kNotFound "case.not_found",
  // "case_service.not_found" (also for a service of another case).
  core::Result<CaseServiceDelivery> GetService(const Actor& actor, const std::string& case_id,
                                               const std::string& service_id);
  // Replaces status, started_on, completed_on, reference and outcome (the other fields of `data` are ignored:
  // service, person and provider are fixed once recorded; a mistake is cancelled and recorded anew). The status
  // moves forward only (ServiceStatusMoveAllowed). An actor who may not see the outcome reads it masked and sends
  // it back absent: the stored outcome is kept (a new non-empty outcome replaces it). No change: the version stays
  // and the call is audited ("no changes"). Errors: kNotFound "case.not_found" / "case_service.not_found";
  // kConflict "case.closed"; kPreconditionFailed "version_mismatch"; kInvalid "validation_failed" (as
  // RecordService; status invalid_transition).
  core::Result<CaseServiceDelivery> UpdateService(const Actor& actor, const std::string& case_id,
                                                  const std::string& service_id, ServiceDeliveryData data,
                                                  std::int64_t expected_version);

  // Appends a note (NormaliseAndValidateNoteText). Errors: kForbidden "forbidden" without the case's sensitive
  // fields; kInvalid "validation_failed" (text); kNotFound "case.not_found"; kConflict "case.closed".
  core::Result<CaseNote> AddNote(const Actor& actor, const std::string& case_id, std::string text);
  // Oldest first. Errors: kForbidden "forbidden" without the case's sensitive fields; kNotFound "case.not_found".
  core::Result<std::vector<CaseNote>> ListNotes(const Actor& actor, const std::string& case_id);

 private:
  ports::Database& db_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
};

}  // namespace sinergi::domain
