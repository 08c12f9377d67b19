#pragma once
// Use cases of training programmes, their sessions and the enrolment of registry persons (issue #5;
// domain/training.hpp). Thread-safe; each call is one unit of work.
//
// Programmes and sessions are agencies' records (no person): every signed-in role reads them (kReferenceRead) and
// those reads are not audited, like the directory. Enrolments name persons: reading them needs kRegistryRead and
// each enrolment's person must be visible to the actor (policy.hpp CanSeeRecord); lists leave out the enrolments of
// persons the actor may not see (as person and journey lists do), and are audited ("list" with the returned ids).
// Writes need AuthorizeTrainingEdit on the programme's provider agency; writing an enrolment also needs
// kRegistryRead and the person's visibility. Every write stores its history (entities "training_programme",
// "training_session", "training_enrolment") and its audit entry in the same unit; a PATCH that changes nothing is
// audited with detail "no changes".
//
// Completing an enrolment of a programme that issues a certificate of competence verifies the SERTIFIKAT_KOMPETENSI
// item of the person's preparing journey (training_rules.hpp JourneyForCertificate), in the same unit of work: the
// journey's version moves and it gets a history entry and audit entry like any journey update.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/ports/database.hpp"
#include "domain/training.hpp"

namespace sinergi::domain {

// Errors of every method, in addition to those listed: kUnavailable/kInternal from storage; kUnauthenticated
// "auth.required" and kForbidden "forbidden" from the policy; writes: kForbidden "training.not_provider".
class TrainingService {
 public:
  TrainingService(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids)
      : db_(db), clock_(clock), ids_(ids) {}

  // Today (UTC) by the injected clock: the day attendance and completion are judged on.
  core::Date Today() const;

  // An empty provider_agency_id is the actor's agency. Errors: kInvalid "validation_failed" (ValidateProgramme;
  // provider_agency_id / region_code unknown_code).
  core::Result<Programme> CreateProgramme(const Actor& actor, ProgrammeData data);
  // Errors: kNotFound "training_programme.not_found".
  core::Result<Programme> GetProgramme(const Actor& actor, const std::string& id);
  // By name, at most kMaxTrainingRows.
  core::Result<std::vector<Programme>> ListProgrammes(const Actor& actor, const ports::ProgrammeFilter& filter);
  // Replaces the programme's data (the stored provider's writer; moving it to another provider needs that one
  // too). Errors: as CreateProgramme; kNotFound; kPreconditionFailed "version_mismatch".
  core::Result<Programme> UpdateProgramme(const Actor& actor, const std::string& id, ProgrammeData data,
                                          std::int64_t expected_version);

  // Errors: kNotFound "training_programme.not_found"; kInvalid "validation_failed" (ValidateSession; region_code
  // unknown_code).
  core::Result<TrainingSession> CreateSession(const Actor& actor, const std::string& programme_id, SessionData data);
  // Errors: kNotFound "training_session.not_found".
  core::Result<TrainingSession> GetSession(const Actor& actor, const std::string& id);
  // Errors: kNotFound "training_programme.not_found".
  core::Result<std::vector<TrainingSession>> ListSessions(const Actor& actor, const std::string& programme_id);
  // Errors: as CreateSession; kNotFound "training_session.not_found"; kPreconditionFailed "version_mismatch";
  // kInvalid "validation_failed" (capacity out_of_range: below the seats already taken; ends_on / starts_on
  // excludes_attendance: a recorded attended day would fall outside the session).
  core::Result<TrainingSession> UpdateSession(const Actor& actor, const std::string& id, SessionData data,
                                              std::int64_t expected_version);

  // An enrolment with its person's name (the person is visible to whoever receives it).
  struct EnrolmentView {
    Enrolment enrolment;
    std::string person_name;
  };
  // Enrols the person in the session (status ENROLLED, no attendance yet). Errors: kNotFound
  // "training_session.not_found"; kNotFound "person.not_found" (field person_id; also for a person the actor may not
  // see); kConflict "training.already_enrolled"; kConflict "training.session_full" (capacity reached).
  core::Result<EnrolmentView> Enrol(const Actor& actor, const std::string& session_id, const std::string& person_id);
  // The session's enrolments of the persons the actor may see, oldest first. Errors: kNotFound
  // "training_session.not_found".
  core::Result<std::vector<EnrolmentView>> ListSessionEnrolments(const Actor& actor, const std::string& session_id);
  // Errors: kNotFound "training_enrolment.not_found" (also when its person is not visible to the actor).
  core::Result<EnrolmentView> GetEnrolment(const Actor& actor, const std::string& id);

  struct EnrolmentUpdate {
    EnrolmentView view;
    std::optional<std::string> journey_updated;  // the journey whose competence certificate was verified
  };
  // Replaces the enrolment's data: attendance, status (CanMoveEnrolment), completion and certificate. Moving to
  // COMPLETED without completed_on stamps today. A final enrolment (COMPLETED, DROPPED_OUT, FAILED) changes no more.
  // Errors: kNotFound "training_enrolment.not_found"; kPreconditionFailed "version_mismatch"; kConflict
  // "training.invalid_transition" (a move CanMoveEnrolment refuses), "training.enrolment_closed" (a change to a
  // final enrolment); kInvalid "validation_failed" (ValidateEnrolment).
  core::Result<EnrolmentUpdate> UpdateEnrolment(const Actor& actor, const std::string& id, EnrolmentData data,
                                                std::int64_t expected_version);

  // The trainings of a person: each enrolment with its session and programme, newest first.
  struct PersonTraining {
    Enrolment enrolment;
    TrainingSession session;
    Programme programme;
  };
  // Needs kRegistryRead; audited as one "read" of the person (detail "trainings"). Errors: kNotFound
  // "person.not_found" (also out of the actor's scope).
  core::Result<std::vector<PersonTraining>> PersonTrainings(const Actor& actor, const std::string& person_id);

 private:
  ports::Database& db_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
};

}  // namespace sinergi::domain
