#include "domain/journey_service.hpp"

#include <algorithm>
#include <utility>

#include "domain/audit_log.hpp"
#include "domain/codelists.hpp"
#include "domain/detail/access_support.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/journey_rules.hpp"
#include "domain/person_rules.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::Result;
using ports::TxMode;
using ports::UnitOfWork;

constexpr std::size_t kMaxNoteChars = 2000;

// Whether the destination names a country in the reference data. Only "not found" means no: a database
// failure must surface as such, not as a validation error.
Result<bool> CountryExists(UnitOfWork& uow, const std::string& destination) {
  const std::string code = detail::ToUpperAscii(detail::Trim(destination));
  if (code.empty()) return false;
  Result<Country> country = uow.reference().GetCountry(code);
  if (country) return true;
  if (country.error().code() == core::ErrorCode::kNotFound) return false;
  return country.error();
}

// Keeps the person's pmi_status in step with their journey (DOMAIN.md §3.1), with its own history and audit entry.
core::Status SetPmiStatus(UnitOfWork& uow, const core::Clock& clock, core::IdGenerator& ids, core::Timestamp now,
                          const Actor& actor, const Person& person, const std::optional<std::string>& status,
                          const std::string& journey_id) {
  if (!status || person.data.pmi_status == status) return core::Ok();
  Person updated = person;
  updated.data.pmi_status = status;
  updated.version = person.version + 1;
  updated.updated_at = now;
  updated.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow.persons().Update(updated, person.version, PersonNameKeys(updated.data)));
  std::vector<FieldChange> changes{
      {"pmi_status", detail::JsonOptional(person.data.pmi_status), detail::JsonOptional(status)}};
  return detail::RecordChange(uow, clock, ids, actor,
                              detail::NewChangeRecord(ids, now, actor, "person", person.id, "update",
                                                      std::move(changes), "journey " + journey_id),
                              "journey " + journey_id);
}

// Adds the flags the journey does not have yet; returns the history change, or nullopt if none was new.
std::optional<FieldChange> MergeFlags(Journey& journey, const std::vector<std::string>& flags) {
  const std::vector<std::string> before = journey.flags;
  for (const std::string& flag : flags) {
    if (std::find(journey.flags.begin(), journey.flags.end(), flag) == journey.flags.end()) {
      journey.flags.push_back(flag);
    }
  }
  if (journey.flags == before) return std::nullopt;
  return FieldChange{"flags", detail::JsonStringArray(before), detail::JsonStringArray(journey.flags)};
}

void Touch(Journey& journey, core::Timestamp now, const Actor& actor) {
  journey.version += 1;
  journey.updated_at = now;
  journey.updated_by = actor.id;
}

Error JourneyClosed(const std::string& id) {
  return Error::Conflict("journey.closed", "Journey " + id + " is closed and can no longer be changed.");
}

Error JourneyNotFound() {
  return Error::NotFound("journey.not_found", "No journey has this id.");
}

// A journey is judged by its person (domain/policy.hpp): outside the actor's scope it is "not found", exactly
// like a missing journey, so existence does not leak. Other storage errors pass through.
Result<Journey> GetVisibleJourney(UnitOfWork& uow, const Actor& actor, core::Timestamp now, const std::string& id) {
  SINERGI_TRY(Journey journey, uow.journeys().Get(id));
  Result<Person> person = detail::GetVisiblePerson(uow, actor, now, journey.person_id, {}, /*include_deleted=*/true);
  if (!person) {
    if (person.error().code() == core::ErrorCode::kNotFound) return JourneyNotFound();
    return person.error();
  }
  return journey;
}

// Reads run in their own read unit, closed before the read is audited in a write unit (a thread never holds
// two units at once).
Result<Journey> ReadJourney(ports::Database& db, const Actor& actor, core::Timestamp now, const std::string& id) {
  SINERGI_TRY(auto uow, db.Begin(TxMode::kRead));
  return GetVisibleJourney(*uow, actor, now, id);
}

// One page of the journeys whose person the actor may see: the policy's restriction goes into the query (see
// ReadPersons in registry_service_persons.cpp), and each journey's person is checked again after the fetch.
Result<ports::Page<Journey>> ReadJourneys(ports::Database& db, const Actor& actor, core::Timestamp now,
                                          ports::JourneyFilter filter, const ports::PageRequest& page) {
  SINERGI_TRY(auto uow, db.Begin(TxMode::kRead));
  detail::RecordGate gate(*uow, actor, now);
  SINERGI_TRY(filter.scope, gate.ListRestriction());
  SINERGI_TRY(auto journeys, uow->journeys().List(filter, page));
  std::vector<std::string> person_ids;
  for (const Journey& j : journeys.items) person_ids.push_back(j.person_id);
  SINERGI_TRY(auto persons, uow->persons().GetMany(person_ids));
  std::vector<std::string> visible;
  for (const Person& p : persons) {
    SINERGI_TRY(bool ok, gate.VisibleListed(p));
    if (ok) visible.push_back(p.id);
  }
  std::erase_if(journeys.items, [&visible](const Journey& j) {
    return std::find(visible.begin(), visible.end(), j.person_id) == visible.end();
  });
  return journeys;
}

Result<std::vector<JourneyTransition>> ReadTransitions(ports::Database& db, const Actor& actor, core::Timestamp now,
                                                       const std::string& journey_id) {
  SINERGI_TRY(auto uow, db.Begin(TxMode::kRead));
  SINERGI_TRY_STATUS(GetVisibleJourney(*uow, actor, now, journey_id));
  return uow->journeys().ListTransitions(journey_id);
}

Result<std::vector<FollowUp>> ReadFollowUps(ports::Database& db, const Actor& actor, core::Timestamp now,
                                            const std::string& journey_id) {
  SINERGI_TRY(auto uow, db.Begin(TxMode::kRead));
  SINERGI_TRY_STATUS(GetVisibleJourney(*uow, actor, now, journey_id));
  return uow->journeys().ListFollowUps(journey_id);
}

}  // namespace

Result<Journey> JourneyService::CreateJourney(const Actor& actor, const std::string& person_id, JourneyData data) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryWrite));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Person person, detail::GetVisiblePerson(*uow, actor, now, person_id, "person_id"));
  SINERGI_TRY(bool country_exists, CountryExists(*uow, data.destination_country));
  std::vector<core::FieldError> errors = NormaliseAndValidate(data, country_exists);
  if (!errors.empty()) return Error::Validation(std::move(errors));

  Journey journey;
  journey.id = ids_.NewId();
  journey.person_id = person_id;
  journey.version = 1;
  journey.status = JourneyStatus::kRegistered;
  journey.data = std::move(data);
  journey.created_at = journey.updated_at = now;
  journey.created_by = journey.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->journeys().Insert(journey));
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, "journey", journey.id, "create",
                                                   detail::AsCreation(DiffJourneyData({}, journey.data))),
                           "person " + person_id));
  SINERGI_TRY_STATUS(
      SetPmiStatus(*uow, clock_, ids_, now, actor, person, PmiStatusFor(journey.status, false), journey.id));
  SINERGI_TRY_STATUS(uow->Commit());
  return journey;
}

Result<Journey> JourneyService::GetJourney(const Actor& actor, const std::string& id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryRead));
  SINERGI_TRY(Journey journey, ReadJourney(db_, actor, clock_.Now(), id));
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, {"read", "journey", journey.id, {}, {}, {}}));
  return journey;
}

Result<JourneyService::JourneyDetail> JourneyService::GetJourneyDetail(const Actor& actor, const std::string& id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryRead));
  JourneyDetail detail;
  {
    // One read unit: the three parts are consistent with each other, and visibility is decided once.
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY(detail.journey, GetVisibleJourney(*uow, actor, clock_.Now(), id));
    SINERGI_TRY(detail.transitions, uow->journeys().ListTransitions(id));
    SINERGI_TRY(detail.follow_ups, uow->journeys().ListFollowUps(id));
  }
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, {"read", "journey", id, {}, {}, "detail"}));
  return detail;
}

Result<Journey> JourneyService::UpdateJourney(const Actor& actor, const std::string& id, JourneyData data,
                                              std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryWrite));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Journey current, GetVisibleJourney(*uow, actor, now, id));
  if (current.status == JourneyStatus::kClosed) return JourneyClosed(id);
  if (current.version != expected_version) return Error::StaleVersion();
  SINERGI_TRY(bool country_exists, CountryExists(*uow, data.destination_country));
  std::vector<core::FieldError> errors = NormaliseAndValidate(data, country_exists);
  if (!errors.empty()) return Error::Validation(std::move(errors));
  std::vector<FieldChange> changes = DiffJourneyData(current.data, data);
  if (changes.empty()) {
    // Nothing to write and the version stays; the caller still receives the record, so the call is audited.
    SINERGI_TRY_STATUS(AppendAudit(*uow, clock_, ids_, actor, {"update", "journey", id, {}, {}, "no changes"}));
    SINERGI_TRY_STATUS(uow->Commit());
    return current;
  }

  Journey updated = current;
  updated.data = std::move(data);
  Touch(updated, now, actor);
  SINERGI_TRY_STATUS(uow->journeys().Update(updated, expected_version));
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, "journey", id, "update", std::move(changes))));
  SINERGI_TRY_STATUS(uow->Commit());
  return updated;
}

Result<ports::Page<Journey>> JourneyService::ListJourneys(const Actor& actor, const ports::JourneyFilter& filter,
                                                          const ports::PageRequest& page) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryRead));
  SINERGI_TRY(auto journeys, ReadJourneys(db_, actor, clock_.Now(), filter, page));
  AuditEvent event{"list", "journey", {}, {}, {}, {}};
  for (const Journey& j : journeys.items) event.record_ids.push_back(j.id);
  event.detail = detail::FilterDetail({{"person_id", filter.person_id.has_value()},
                                       {"status", filter.status.has_value()},
                                       {"destination_country", filter.destination_country.has_value()}});
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return journeys;
}

Result<Journey> JourneyService::Transition(const Actor& actor, const std::string& id, const TransitionRequest& request,
                                           std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryWrite));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Journey current, GetVisibleJourney(*uow, actor, now, id));
  if (current.version != expected_version) return Error::StaleVersion();
  // The person may have been soft-deleted since; their journey still moves (e.g. a return is reported).
  SINERGI_TRY(Person person, uow->persons().Get(current.person_id));
  const core::Date effective_date = request.effective_date.value_or(core::DateOf(now));
  const TransitionCheck check = CheckTransition(current, person, request, effective_date);

  Journey updated = current;
  std::optional<FieldChange> flag_change = MergeFlags(updated, check.flags_to_add);
  if (check.error) {
    if (!flag_change) return *check.error;
    // Refused, yet the attempt is itself a finding (an under-age departure is a TPPO red flag), so the flag is
    // kept. Nothing else has been written in this unit of work, so committing it stores exactly the flag and
    // its history, and the refused move leaves no trace.
    Touch(updated, now, actor);
    SINERGI_TRY_STATUS(uow->journeys().Update(updated, expected_version));
    SINERGI_TRY_STATUS(detail::RecordChange(*uow, clock_, ids_, actor,
                                            detail::NewChangeRecord(ids_, now, actor, "journey", id, "flag",
                                                                    {std::move(*flag_change)}, check.error->message()),
                                            "refused: " + check.error->reason()));
    SINERGI_TRY_STATUS(uow->Commit());
    return *check.error;
  }

  std::vector<FieldChange> changes{
      {"status", detail::JsonString(ToString(current.status)), detail::JsonString(ToString(request.to))}};
  updated.status = request.to;
  if (request.to == JourneyStatus::kWorkingAbroad) {
    updated.departure_date = effective_date;
    changes.push_back(
        {"departure_date", detail::JsonOptional(current.departure_date), detail::JsonDate(effective_date)});
  } else if (request.to == JourneyStatus::kReturned) {
    updated.return_date = effective_date;
    updated.return_reason = request.return_reason;
    detail::TrimOptional(updated.return_reason);
    updated.debarkation_point = request.debarkation_point;
    detail::TrimOptional(updated.debarkation_point);
    changes.push_back({"return_date", detail::JsonOptional(current.return_date), detail::JsonDate(effective_date)});
    changes.push_back(
        {"return_reason", detail::JsonOptional(current.return_reason), detail::JsonOptional(updated.return_reason)});
    if (updated.debarkation_point != current.debarkation_point) {
      changes.push_back({"debarkation_point", detail::JsonOptional(current.debarkation_point),
                         detail::JsonOptional(updated.debarkation_point)});
    }
  }
  if (flag_change) changes.push_back(std::move(*flag_change));
  Touch(updated, now, actor);
  SINERGI_TRY_STATUS(uow->journeys().Update(updated, expected_version));

  JourneyTransition transition;
  transition.id = ids_.NewId();
  transition.journey_id = id;
  transition.from = current.status;
  transition.to = request.to;
  transition.effective_date = effective_date;
  transition.at = now;
  transition.actor = actor.id;
  transition.reason = request.reason;
  detail::TrimOptional(transition.reason);
  // Kept only when it was used: an override reason sent with complete documents overrides nothing.
  const bool overridden =
      std::find(check.flags_to_add.begin(), check.flags_to_add.end(), "DOCUMENTS_OVERRIDE") != check.flags_to_add.end();
  if (overridden) {
    transition.override_reason = request.documents_override_reason;
    detail::TrimOptional(transition.override_reason);
    changes.push_back({"documents_override_reason", std::nullopt, detail::JsonOptional(transition.override_reason)});
  }
  SINERGI_TRY_STATUS(uow->journeys().InsertTransition(transition));
  // The reasons are free text: kept in the transition and the history, left out of the audit trail.
  SINERGI_TRY_STATUS(detail::RecordChange(
      *uow, clock_, ids_, actor,
      detail::NewChangeRecord(ids_, now, actor, "journey", id, "transition", std::move(changes), transition.reason),
      std::string(ToString(current.status)) + " -> " + std::string(ToString(request.to))));
  SINERGI_TRY_STATUS(SetPmiStatus(*uow, clock_, ids_, now, actor, person,
                                  PmiStatusFor(updated.status, updated.departure_date.has_value()), id));
  SINERGI_TRY_STATUS(uow->Commit());
  return updated;
}

Result<std::vector<JourneyTransition>> JourneyService::Transitions(const Actor& actor, const std::string& journey_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryRead));
  SINERGI_TRY(auto transitions, ReadTransitions(db_, actor, clock_.Now(), journey_id));
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, {"read", "journey", journey_id, {}, {}, "transitions"}));
  return transitions;
}

Result<FollowUp> JourneyService::AddFollowUp(const Actor& actor, const std::string& journey_id, const core::Date& date,
                                             const std::string& kind, const std::string& note) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryWrite));
  const core::Timestamp now = clock_.Now();
  FollowUp follow_up;
  follow_up.id = ids_.NewId();
  follow_up.journey_id = journey_id;
  follow_up.date = date;
  follow_up.kind = detail::Trim(kind);
  follow_up.note = detail::Trim(note);
  follow_up.recorded_at = now;
  follow_up.recorded_by = actor.id;
  std::vector<core::FieldError> errors;
  if (!IsValidCode("bentuk_reintegrasi", follow_up.kind)) {
    errors.push_back({"kind", "unknown_code", "Not a code of the list bentuk_reintegrasi."});
  }
  if (follow_up.note.empty()) {
    errors.push_back({"note", "required", "A note is required."});
  } else if (detail::CodePointCount(follow_up.note) > kMaxNoteChars) {
    errors.push_back({"note", "too_long", "A note may have at most 2000 characters."});
  }
  // A follow-up records what was done, so it cannot be dated later than today.
  if (date > core::DateOf(now)) errors.push_back({"date", "in_future", "The date is in the future."});
  if (!errors.empty()) return Error::Validation(std::move(errors));

  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Journey journey, GetVisibleJourney(*uow, actor, now, journey_id));
  if (journey.status != JourneyStatus::kReturned && journey.status != JourneyStatus::kReintegrating) {
    return Error::Conflict("journey.not_returned",
                           "Follow-ups are recorded for returned or reintegrating journeys (UU 18/2017 Ps 24).");
  }
  SINERGI_TRY_STATUS(uow->journeys().InsertFollowUp(follow_up));
  std::string json = "{\"id\":" + detail::JsonString(follow_up.id) + ",\"date\":" + detail::JsonDate(date) +
                     ",\"kind\":" + detail::JsonString(follow_up.kind) + "}";
  SINERGI_TRY_STATUS(detail::RecordChange(*uow, clock_, ids_, actor,
                                          detail::NewChangeRecord(ids_, now, actor, "journey", journey_id, "follow_up",
                                                                  {FieldChange{"follow_ups", std::nullopt, json}}),
                                          "follow-up " + follow_up.id));
  SINERGI_TRY_STATUS(uow->Commit());
  return follow_up;
}

Result<std::vector<FollowUp>> JourneyService::FollowUps(const Actor& actor, const std::string& journey_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryRead));
  SINERGI_TRY(auto follow_ups, ReadFollowUps(db_, actor, clock_.Now(), journey_id));
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, {"read", "journey", journey_id, {}, {}, "follow_ups"}));
  return follow_ups;
}

}  // namespace sinergi::domain
