#pragma once
// Use cases of the work on a case (issue #4): the services delivered to it and its notes (domain/case_work.hpp),
// and the restitution claims of its victims (domain/restitution.hpp; case_work_service_restitutions.cpp).
// Thread-safe; each call is one unit of work (plus a short audit unit after a read).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/case_work.hpp"
#include "domain/complaint.hpp"
#include "domain/ports/database.hpp"
#include "domain/restitution.hpp"

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

  // Restitution claims are financial data about a victim: like notes, reading or writing them needs the case's
  // sensitive fields (else kForbidden "forbidden"). Reads fill the derived fields (DeriveRestitution). The history
  // keeps the claim without its amounts (they stay in the claim, sealed); updates name a changed amount, never its
  // value. Audit details name the claim ("restitution <id>").
  // Records a victim's claim, version 1 (NormaliseRestitutionData, ValidateRestitutionData). Errors: kInvalid
  // "validation_failed" (the rules' field errors; person_id not_a_victim when the person is not a KORBAN of the
  // case); kNotFound "case.not_found"; kConflict "case.closed", "case_restitution.exists" (the victim has a claim in
  // this case already).
  core::Result<CaseRestitution> RecordRestitution(const Actor& actor, const std::string& case_id, RestitutionData data);
  // The claims of the case, ordered by claimed_on. Errors: kNotFound "case.not_found".
  core::Result<std::vector<CaseRestitution>> ListRestitutions(const Actor& actor, const std::string& case_id);
  // One claim of the case (audited as a read). Errors: kNotFound "case.not_found", "case_restitution.not_found"
  // (also for a claim of another case).
  core::Result<CaseRestitution> GetRestitution(const Actor& actor, const std::string& case_id,
                                               const std::string& restitution_id);
  // Replaces every field but person_id (fixed once recorded; data.person_id is ignored), validated as a whole. No
  // change: the version stays and the call is audited ("no changes"). Errors: kNotFound "case.not_found" /
  // "case_restitution.not_found"; kConflict "case.closed"; kPreconditionFailed "version_mismatch"; kInvalid
  // "validation_failed".
  core::Result<CaseRestitution> UpdateRestitution(const Actor& actor, const std::string& case_id,
                                                  const std::string& restitution_id, RestitutionData data,
                                                  std::int64_t expected_version);

  // The complaint facts of the case (domain/complaint.hpp; version 0 while none were recorded) and, while the case
  // is open and of type PMI_BERMASALAH, the timers they start (complaint_rules.hpp ComplaintTimers; the working days
  // from the public holidays of the reference data). Shown to whoever sees the case; audited as a read (detail
  // "complaint"). Implemented in case_work_service_complaint.cpp. Errors: kNotFound "case.not_found".
  core::Result<ComplaintView> GetComplaint(const Actor& actor, const std::string& case_id);
  // Replaces the complaint facts (ValidateComplaintFacts). `expected_version`: the version read (If-Match); it may
  // be absent only while none were recorded. No change: the version stays and the call is audited ("no changes").
  // The change history names the fields ("complaint.<field>"). Errors: kNotFound "case.not_found"; kConflict
  // "case.closed"; kForbidden "case.referral_read_only"; kInvalid "validation_failed" (case_types
  // not_a_pmi_complaint for a case not of type PMI_BERMASALAH; the rule's field errors);
  // kPreconditionRequired "precondition_required" without a version once facts exist; kPreconditionFailed
  // "version_mismatch".
  core::Result<ComplaintView> UpdateComplaint(const Actor& actor, const std::string& case_id, ComplaintFactsData data,
                                              std::optional<std::int64_t> expected_version);

 private:
  ports::Database& db_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
};

}  // namespace sinergi::domain
