// TrainingService (training_service.hpp): enrolments, and what completing one does to the person's journey.
#include <map>
#include <utility>

#include "domain/audit_log.hpp"
#include "domain/detail/access_support.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/detail/training_support.hpp"
#include "domain/journey_rules.hpp"
#include "domain/policy.hpp"
#include "domain/training_rules.hpp"
#include "domain/training_service.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::FieldError;
using core::Result;
using ports::TxMode;
using ports::UnitOfWork;

Error EnrolmentNotFound() {
  return Error::NotFound("training_enrolment.not_found", "No enrolment has this id.");
}

// An enrolment is judged by its person: outside the actor's scope it is "not found", like a missing one.
Result<TrainingService::EnrolmentView> GetVisibleEnrolment(UnitOfWork& uow, const Actor& actor, core::Timestamp now,
                                                           const std::string& id) {
  SINERGI_TRY(Enrolment enrolment, uow.training().GetEnrolment(id));
  Result<Person> person = detail::GetVisiblePerson(uow, actor, now, enrolment.person_id, {}, true);
  if (!person) {
    if (person.error().code() == core::ErrorCode::kNotFound) return EnrolmentNotFound();
    return person.error();
  }
  return TrainingService::EnrolmentView{std::move(enrolment), person->data.full_name};
}

// Verifies the competence certificate on the person's preparing journey (if any) inside `uow`, as a journey
// update: the journey rules normalise and validate the checklist, the version moves, history and audit are kept.
// Returns the journey's id, or nullopt when the person has no preparing journey or it already says so.
Result<std::optional<std::string>> VerifyCertificateOnJourney(UnitOfWork& uow, const core::Clock& clock,
                                                              core::IdGenerator& ids, const Actor& actor,
                                                              core::Timestamp now, const Enrolment& enrolment,
                                                              const Programme& programme) {
  ports::JourneyFilter filter;
  filter.person_id = enrolment.person_id;
  SINERGI_TRY(auto journeys, uow.journeys().List(filter, {kMaxTrainingRows, std::nullopt}));
  std::optional<std::size_t> index = JourneyForCertificate(journeys.items);
  if (!index) return std::optional<std::string>{};
  const Journey& current = journeys.items[*index];
  JourneyData data = current.data;
  if (!ApplyCompetenceCertificate(data, enrolment.data, programme.data)) return std::optional<std::string>{};
  Result<Country> country = uow.reference().GetCountry(detail::ToUpperAscii(data.destination_country));
  if (!country && country.error().code() != core::ErrorCode::kNotFound) return country.error();
  std::vector<FieldError> errors = NormaliseAndValidate(data, country.ok());
  if (!errors.empty()) {
    return Error::Conflict("training.journey_invalid",
                           "The person's journey " + current.id + " does not pass the journey rules; fix it first.");
  }
  std::vector<FieldChange> changes = DiffJourneyData(current.data, data);
  if (changes.empty()) return std::optional<std::string>{};
  Journey updated = current;
  updated.data = std::move(data);
  updated.version = current.version + 1;
  updated.updated_at = now;
  updated.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow.journeys().Update(updated, current.version));
  SINERGI_TRY_STATUS(
      detail::RecordChange(uow, clock, ids, actor,
                           detail::NewChangeRecord(ids, now, actor, "journey", updated.id, "update", std::move(changes),
                                                   "training enrolment " + enrolment.id),
                           "training enrolment " + enrolment.id));
  return std::optional<std::string>{updated.id};
}

}  // namespace

Result<TrainingService::EnrolmentView> TrainingService::Enrol(const Actor& actor, const std::string& session_id,
                                                              const std::string& person_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kTrainingWrite));
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryRead));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(TrainingSession session, uow->training().GetSession(session_id));
  SINERGI_TRY(Programme programme, uow->training().GetProgramme(session.programme_id));
  SINERGI_TRY_STATUS(AuthorizeTrainingEdit(actor, programme.data.provider_agency_id));
  SINERGI_TRY(Person person, detail::GetVisiblePerson(*uow, actor, now, detail::Trim(person_id), "person_id"));
  SINERGI_TRY(auto enrolled, uow->training().ListPersonEnrolments(person.id, kMaxTrainingRows));
  for (const Enrolment& e : enrolled) {
    if (e.session_id == session.id) {
      return Error::Conflict("training.already_enrolled", "This person is enrolled in this session already.");
    }
  }
  if (session.data.capacity) {
    SINERGI_TRY(std::int64_t taken, uow->training().CountSeatsTaken(session.id));
    if (taken >= *session.data.capacity) {
      return Error::Conflict("training.session_full", "Every seat of this session is taken.");
    }
  }

  Enrolment enrolment;
  enrolment.id = ids_.NewId();
  enrolment.session_id = session.id;
  enrolment.programme_id = programme.id;
  enrolment.person_id = person.id;
  enrolment.created_at = enrolment.updated_at = now;
  enrolment.created_by = enrolment.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->training().InsertEnrolment(enrolment));
  std::vector<FieldChange> changes{{"session_id", std::nullopt, detail::JsonString(session.id)},
                                   {"person_id", std::nullopt, detail::JsonString(person.id)},
                                   {"status", std::nullopt, detail::JsonString(ToString(enrolment.data.status))}};
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, detail::kEnrolmentEntity, enrolment.id, "create",
                                                   detail::AsCreation(std::move(changes))),
                           "session " + session.id));
  SINERGI_TRY_STATUS(uow->Commit());
  return EnrolmentView{std::move(enrolment), person.data.full_name};
}

Result<std::vector<TrainingService::EnrolmentView>> TrainingService::ListSessionEnrolments(
    const Actor& actor, const std::string& session_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryRead));
  std::vector<EnrolmentView> views;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY_STATUS(uow->training().GetSession(session_id));
    SINERGI_TRY(auto enrolments, uow->training().ListSessionEnrolments(session_id, kMaxTrainingRows));
    std::vector<std::string> person_ids;
    for (const Enrolment& e : enrolments) person_ids.push_back(e.person_id);
    SINERGI_TRY(auto persons, uow->persons().GetMany(person_ids));
    detail::RecordGate gate(*uow, actor, clock_.Now());
    std::map<std::string, std::string> visible;  // person id -> name
    for (const Person& p : persons) {
      SINERGI_TRY(bool ok, gate.Visible(p));
      if (ok) visible[p.id] = p.data.full_name;
    }
    for (Enrolment& e : enrolments) {
      auto it = visible.find(e.person_id);
      if (it != visible.end()) views.push_back({std::move(e), it->second});
    }
  }
  AuditEvent event{"list", detail::kEnrolmentEntity, {}, {}, {}, "session " + session_id};
  for (const EnrolmentView& v : views) event.record_ids.push_back(v.enrolment.id);
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return views;
}

Result<TrainingService::EnrolmentView> TrainingService::GetEnrolment(const Actor& actor, const std::string& id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryRead));
  EnrolmentView view;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY(view, GetVisibleEnrolment(*uow, actor, clock_.Now(), id));
  }
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, {"read", detail::kEnrolmentEntity, id, {}, {}, {}}));
  return view;
}

Result<TrainingService::EnrolmentUpdate> TrainingService::UpdateEnrolment(const Actor& actor, const std::string& id,
                                                                          EnrolmentData data,
                                                                          std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kTrainingWrite));
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryRead));
  const core::Timestamp now = clock_.Now();
  const core::Date today = core::DateOf(now);
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Enrolment stored, uow->training().GetEnrolment(id));
  SINERGI_TRY(TrainingSession session, uow->training().GetSession(stored.session_id));
  SINERGI_TRY(Programme programme, uow->training().GetProgramme(stored.programme_id));
  SINERGI_TRY_STATUS(AuthorizeTrainingEdit(actor, programme.data.provider_agency_id));
  SINERGI_TRY(EnrolmentView view, GetVisibleEnrolment(*uow, actor, now, id));
  Enrolment& current = view.enrolment;
  if (current.version != expected_version) return Error::StaleVersion();

  NormaliseEnrolment(data);
  if (!CanMoveEnrolment(current.data.status, data.status)) {
    return Error::Conflict("training.invalid_transition", "An enrolment cannot move from " +
                                                              std::string(ToString(current.data.status)) + " to " +
                                                              std::string(ToString(data.status)) + ".");
  }
  if (IsFinalEnrolment(current.data.status) && data != current.data) {
    return Error::Conflict("training.enrolment_closed",
                           "This enrolment is " + std::string(ToString(current.data.status)) + " and changes no more.");
  }
  const bool completing =
      data.status == EnrolmentStatus::kCompleted && current.data.status != EnrolmentStatus::kCompleted;
  if (completing && !data.completed_on) data.completed_on = today;
  std::vector<FieldError> errors = ValidateEnrolment(data, session.data, programme.data, today);
  if (!errors.empty()) return Error::Validation(std::move(errors));

  std::vector<FieldChange> changes = EnrolmentChanges(current.data, data);
  if (changes.empty()) {
    SINERGI_TRY_STATUS(
        AppendAudit(*uow, clock_, ids_, actor, {"update", detail::kEnrolmentEntity, current.id, {}, {}, "no changes"}));
    SINERGI_TRY_STATUS(uow->Commit());
    return EnrolmentUpdate{std::move(view), std::nullopt};
  }
  current.data = std::move(data);
  current.version = expected_version + 1;
  current.updated_at = now;
  current.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->training().UpdateEnrolment(current, expected_version));
  SINERGI_TRY_STATUS(detail::RecordChange(
      *uow, clock_, ids_, actor,
      detail::NewChangeRecord(ids_, now, actor, detail::kEnrolmentEntity, current.id, "update", std::move(changes))));
  std::optional<std::string> journey_updated;
  if (completing && VerifiesCompetenceCertificate(current.data, programme.data)) {
    SINERGI_TRY(journey_updated, VerifyCertificateOnJourney(*uow, clock_, ids_, actor, now, current, programme));
  }
  SINERGI_TRY_STATUS(uow->Commit());
  return EnrolmentUpdate{std::move(view), std::move(journey_updated)};
}

Result<std::vector<TrainingService::PersonTraining>> TrainingService::PersonTrainings(const Actor& actor,
                                                                                      const std::string& person_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryRead));
  std::vector<PersonTraining> out;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY_STATUS(detail::GetVisiblePerson(*uow, actor, clock_.Now(), person_id, {}, true));
    SINERGI_TRY(auto enrolments, uow->training().ListPersonEnrolments(person_id, kMaxTrainingRows));
    std::map<std::string, TrainingSession> sessions;
    std::map<std::string, Programme> programmes;
    for (Enrolment& e : enrolments) {
      if (!sessions.contains(e.session_id)) {
        SINERGI_TRY(sessions[e.session_id], uow->training().GetSession(e.session_id));
      }
      if (!programmes.contains(e.programme_id)) {
        SINERGI_TRY(programmes[e.programme_id], uow->training().GetProgramme(e.programme_id));
      }
      const TrainingSession& session = sessions[e.session_id];
      const Programme& programme = programmes[e.programme_id];
      out.push_back({std::move(e), session, programme});
    }
  }
  // Audited when it shows enrolments. An empty answer discloses nothing beyond the profile read (audited itself), and
  // an entry per profile visit would push older reads, a break-the-glass among them, out of "who viewed".
  if (out.empty()) return out;
  AuditEvent event{"read", "person", person_id, {}, {}, "trainings"};
  for (const PersonTraining& t : out) event.record_ids.push_back(t.enrolment.id);
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return out;
}

}  // namespace sinergi::domain
