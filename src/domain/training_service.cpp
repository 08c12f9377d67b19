// TrainingService (training_service.hpp): programmes and sessions. Enrolments and the person's trainings:
// training_service_enrolments.cpp.
#include "domain/training_service.hpp"

#include <utility>

#include "domain/audit_log.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/detail/training_support.hpp"
#include "domain/policy.hpp"
#include "domain/training_rules.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::FieldError;
using core::Result;
using ports::TxMode;

void Append(std::vector<FieldError>& to, std::vector<FieldError> more) {
  for (FieldError& e : more) to.push_back(std::move(e));
}

Result<std::vector<FieldError>> CheckProgrammeReferences(ports::UnitOfWork& uow, const ProgrammeData& data) {
  std::vector<FieldError> errors;
  SINERGI_TRY(auto agency, detail::CheckTrainingAgency(uow, data.provider_agency_id, "provider_agency_id"));
  Append(errors, std::move(agency));
  SINERGI_TRY(auto region, detail::CheckTrainingRegion(uow, data.region_code));
  Append(errors, std::move(region));
  return errors;
}

// A session may not shrink below what is recorded already: its seats taken, or a day someone attended.
Result<std::vector<FieldError>> CheckSessionAgainstEnrolments(ports::UnitOfWork& uow, const std::string& session_id,
                                                              const SessionData& data) {
  std::vector<FieldError> errors;
  if (data.capacity) {
    SINERGI_TRY(std::int64_t taken, uow.training().CountSeatsTaken(session_id));
    if (*data.capacity < taken) {
      errors.push_back({"capacity", "out_of_range", std::to_string(taken) + " seats are taken already."});
    }
  }
  SINERGI_TRY(auto enrolments, uow.training().ListSessionEnrolments(session_id, kMaxTrainingRows));
  bool early = false;
  bool late = false;
  for (const Enrolment& e : enrolments) {
    for (const core::Date& day : e.data.attended_on) {
      early = early || day < data.starts_on;
      late = late || data.ends_on < day;
    }
  }
  if (early) errors.push_back({"starts_on", "excludes_attendance", "Someone attended a day before this."});
  if (late) errors.push_back({"ends_on", "excludes_attendance", "Someone attended a day after this."});
  return errors;
}

}  // namespace

core::Date TrainingService::Today() const {
  return core::DateOf(clock_.Now());
}

Result<Programme> TrainingService::CreateProgramme(const Actor& actor, ProgrammeData data) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kTrainingWrite));
  NormaliseProgramme(data);
  if (data.provider_agency_id.empty()) data.provider_agency_id = actor.agency_id;
  std::vector<FieldError> errors = ValidateProgramme(data);
  if (!errors.empty()) return Error::Validation(std::move(errors));
  SINERGI_TRY_STATUS(AuthorizeTrainingEdit(actor, data.provider_agency_id));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(errors, CheckProgrammeReferences(*uow, data));
  if (!errors.empty()) return Error::Validation(std::move(errors));

  const core::Timestamp now = clock_.Now();
  Programme programme{ids_.NewId(), 1, std::move(data), now, now, actor.id, actor.id};
  SINERGI_TRY_STATUS(uow->training().InsertProgramme(programme));
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, detail::kProgrammeEntity, programme.id, "create",
                                                   detail::AsCreation(ProgrammeChanges({}, programme.data)))));
  SINERGI_TRY_STATUS(uow->Commit());
  return programme;
}

Result<Programme> TrainingService::GetProgramme(const Actor& actor, const std::string& id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  return uow->training().GetProgramme(id);
}

Result<std::vector<Programme>> TrainingService::ListProgrammes(const Actor& actor,
                                                               const ports::ProgrammeFilter& filter) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  return uow->training().ListProgrammes(filter, kMaxTrainingRows);
}

Result<Programme> TrainingService::UpdateProgramme(const Actor& actor, const std::string& id, ProgrammeData data,
                                                   std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kTrainingWrite));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Programme current, uow->training().GetProgramme(id));
  SINERGI_TRY_STATUS(AuthorizeTrainingEdit(actor, current.data.provider_agency_id));
  if (current.version != expected_version) return Error::StaleVersion();
  NormaliseProgramme(data);
  if (data.provider_agency_id.empty()) data.provider_agency_id = current.data.provider_agency_id;
  std::vector<FieldError> errors = ValidateProgramme(data);
  if (!errors.empty()) return Error::Validation(std::move(errors));
  SINERGI_TRY_STATUS(AuthorizeTrainingEdit(actor, data.provider_agency_id));
  SINERGI_TRY(errors, CheckProgrammeReferences(*uow, data));
  if (!errors.empty()) return Error::Validation(std::move(errors));

  std::vector<FieldChange> changes = ProgrammeChanges(current.data, data);
  if (changes.empty()) {
    // Nothing to write and the version stays; the caller still receives the record, so the call is audited.
    SINERGI_TRY_STATUS(
        AppendAudit(*uow, clock_, ids_, actor, {"update", detail::kProgrammeEntity, current.id, {}, {}, "no changes"}));
    SINERGI_TRY_STATUS(uow->Commit());
    return current;
  }
  const core::Timestamp now = clock_.Now();
  Programme updated = std::move(current);
  updated.data = std::move(data);
  updated.version = expected_version + 1;
  updated.updated_at = now;
  updated.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->training().UpdateProgramme(updated, expected_version));
  SINERGI_TRY_STATUS(detail::RecordChange(
      *uow, clock_, ids_, actor,
      detail::NewChangeRecord(ids_, now, actor, detail::kProgrammeEntity, updated.id, "update", std::move(changes))));
  SINERGI_TRY_STATUS(uow->Commit());
  return updated;
}

Result<TrainingSession> TrainingService::CreateSession(const Actor& actor, const std::string& programme_id,
                                                       SessionData data) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kTrainingWrite));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Programme programme, uow->training().GetProgramme(programme_id));
  SINERGI_TRY_STATUS(AuthorizeTrainingEdit(actor, programme.data.provider_agency_id));
  NormaliseSession(data);
  std::vector<FieldError> errors = ValidateSession(data);
  if (!errors.empty()) return Error::Validation(std::move(errors));
  SINERGI_TRY(errors, detail::CheckTrainingRegion(*uow, data.region_code));
  if (!errors.empty()) return Error::Validation(std::move(errors));

  const core::Timestamp now = clock_.Now();
  TrainingSession session{ids_.NewId(), programme.id, 1, std::move(data), now, now, actor.id, actor.id};
  SINERGI_TRY_STATUS(uow->training().InsertSession(session));
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, detail::kSessionEntity, session.id, "create",
                                                   detail::AsCreation(SessionChanges({}, session.data))),
                           "programme " + programme.id));
  SINERGI_TRY_STATUS(uow->Commit());
  return session;
}

Result<TrainingSession> TrainingService::GetSession(const Actor& actor, const std::string& id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  return uow->training().GetSession(id);
}

Result<std::vector<TrainingSession>> TrainingService::ListSessions(const Actor& actor,
                                                                   const std::string& programme_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  SINERGI_TRY_STATUS(uow->training().GetProgramme(programme_id));
  return uow->training().ListSessions(programme_id, kMaxTrainingRows);
}

Result<TrainingSession> TrainingService::UpdateSession(const Actor& actor, const std::string& id, SessionData data,
                                                       std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kTrainingWrite));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(TrainingSession current, uow->training().GetSession(id));
  SINERGI_TRY(Programme programme, uow->training().GetProgramme(current.programme_id));
  SINERGI_TRY_STATUS(AuthorizeTrainingEdit(actor, programme.data.provider_agency_id));
  if (current.version != expected_version) return Error::StaleVersion();
  NormaliseSession(data);
  std::vector<FieldError> errors = ValidateSession(data);
  if (!errors.empty()) return Error::Validation(std::move(errors));
  SINERGI_TRY(errors, detail::CheckTrainingRegion(*uow, data.region_code));
  if (!errors.empty()) return Error::Validation(std::move(errors));
  SINERGI_TRY(errors, CheckSessionAgainstEnrolments(*uow, current.id, data));
  if (!errors.empty()) return Error::Validation(std::move(errors));

  std::vector<FieldChange> changes = SessionChanges(current.data, data);
  if (changes.empty()) {
    SINERGI_TRY_STATUS(
        AppendAudit(*uow, clock_, ids_, actor, {"update", detail::kSessionEntity, current.id, {}, {}, "no changes"}));
    SINERGI_TRY_STATUS(uow->Commit());
    return current;
  }
  const core::Timestamp now = clock_.Now();
  TrainingSession updated = std::move(current);
  updated.data = std::move(data);
  updated.version = expected_version + 1;
  updated.updated_at = now;
  updated.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->training().UpdateSession(updated, expected_version));
  SINERGI_TRY_STATUS(detail::RecordChange(
      *uow, clock_, ids_, actor,
      detail::NewChangeRecord(ids_, now, actor, detail::kSessionEntity, updated.id, "update", std::move(changes))));
  SINERGI_TRY_STATUS(uow->Commit());
  return updated;
}

}  // namespace sinergi::domain
