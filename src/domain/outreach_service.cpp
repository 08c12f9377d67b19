// OutreachService (outreach_service.hpp): events and the commitment progress they carry. Follow-ups, the case
// conversion and the coverage view: outreach_service_follow_ups.cpp.
#include "domain/outreach_service.hpp"

#include <algorithm>
#include <utility>

#include "domain/audit_log.hpp"
#include "domain/detail/coordination_support.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/outreach_rules.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::FieldError;
using core::Result;
using ports::TxMode;

constexpr const char* kEventEntity = "outreach_event";

std::string ParticipantsJson(const ParticipantCounts& p) {
  std::string out = "{";
  for (std::size_t s = 0; s < kParticipantSexes.size(); ++s) {
    if (s > 0) out += ",";
    out += detail::JsonString(kParticipantSexes[s]) + ":{";
    for (std::size_t a = 0; a < kParticipantAgeGroups.size(); ++a) {
      if (a > 0) out += ",";
      out += detail::JsonString(kParticipantAgeGroups[a]) + ":" + std::to_string(p.counts[s][a]);
    }
    out += "}";
  }
  return out + "}";
}

void Diff(std::vector<FieldChange>& out, const char* field, std::optional<std::string> before,
          std::optional<std::string> after) {
  if (before != after) out.push_back({field, std::move(before), std::move(after)});
}

std::vector<FieldChange> EventChanges(const OutreachEventData& b, const OutreachEventData& a) {
  using detail::JsonOptional;
  using detail::JsonString;
  using detail::JsonStringArray;
  std::vector<FieldChange> out;
  Diff(out, "title", JsonString(b.title), JsonString(a.title));
  Diff(out, "organiser_agency_id", JsonString(b.organiser_agency_id), JsonString(a.organiser_agency_id));
  Diff(out, "partner_agency_ids", JsonStringArray(b.partner_agency_ids), JsonStringArray(a.partner_agency_ids));
  Diff(out, "held_on", detail::JsonDate(b.held_on), detail::JsonDate(a.held_on));
  Diff(out, "ends_on", JsonOptional(b.ends_on), JsonOptional(a.ends_on));
  Diff(out, "region_code", JsonString(b.region_code), JsonString(a.region_code));
  Diff(out, "venue", JsonOptional(b.venue), JsonOptional(a.venue));
  Diff(out, "topics", JsonStringArray(b.topics), JsonStringArray(a.topics));
  Diff(out, "target_groups", JsonStringArray(b.target_groups), JsonStringArray(a.target_groups));
  Diff(out, "channel", JsonString(b.channel), JsonString(a.channel));
  Diff(out, "participants", ParticipantsJson(b.participants), ParticipantsJson(a.participants));
  Diff(out, "materials", JsonStringArray(b.materials), JsonStringArray(a.materials));
  Diff(out, "notes", JsonOptional(b.notes), JsonOptional(a.notes));
  Diff(out, "commitment_id", JsonOptional(b.commitment_id), JsonOptional(a.commitment_id));
  Diff(out, "cancelled", detail::JsonBool(b.cancelled), detail::JsonBool(a.cancelled));
  return out;
}

// A region of level 2 or deeper that the reference data knows (a village whose district is known counts, as for a
// person's address: the reference data may stop at districts).
Result<bool> RegionKnown(ports::UnitOfWork& uow, const std::string& code) {
  Result<Region> region = uow.reference().GetRegion(code);
  if (region) return region->level >= 2;
  if (region.error().code() != core::ErrorCode::kNotFound) return region.error();
  constexpr std::size_t kDistrictCodeLength = 8;  // "33.73.04"
  if (code.size() != kDistrictCodeLength + 5) return false;
  Result<Region> district = uow.reference().GetRegion(code.substr(0, kDistrictCodeLength));
  if (district) return true;
  if (district.error().code() != core::ErrorCode::kNotFound) return district.error();
  return false;
}

// The storage checks of an event: its agencies exist, its region is known, and the commitment it counts towards
// exists and is one of its agencies' (checked when `check_link`: the link or the agencies changed).
Result<std::vector<FieldError>> CheckReferences(ports::UnitOfWork& uow, const OutreachEventData& data,
                                                bool check_link) {
  std::vector<FieldError> errors;
  SINERGI_TRY(auto organiser, detail::CheckAgencies(uow, {data.organiser_agency_id}, "organiser_agency_id", false));
  for (FieldError& e : organiser) errors.push_back(std::move(e));
  SINERGI_TRY(auto partners, detail::CheckAgencies(uow, data.partner_agency_ids, "partner_agency_ids", true));
  for (FieldError& e : partners) errors.push_back(std::move(e));
  SINERGI_TRY(bool known, RegionKnown(uow, data.region_code));
  if (!known) errors.push_back({"region_code", "unknown_code", "No regency, district or village has this code."});
  if (check_link && data.commitment_id) {
    Result<Commitment> c = uow.coordination().GetCommitment(*data.commitment_id);
    if (!c && c.error().code() != core::ErrorCode::kNotFound) return c.error();
    if (!c) {
      errors.push_back({"commitment_id", "unknown_code", "No commitment has this id."});
    } else {
      const std::vector<std::string> agencies = OutreachAgencies(data);
      const bool committing = std::any_of(agencies.begin(), agencies.end(), [&c](const std::string& a) {
        return std::find(c->data.agency_ids.begin(), c->data.agency_ids.end(), a) != c->data.agency_ids.end();
      });
      if (!committing) {
        errors.push_back({"commitment_id", "agency_not_committing",
                          "Only events of a committing agency (organiser or partner) count towards a commitment."});
      }
    }
  }
  return errors;
}

Result<std::vector<FieldError>> Prepare(ports::UnitOfWork& uow, OutreachEventData& data, bool check_link) {
  NormaliseOutreachEvent(data);
  std::vector<FieldError> errors = ValidateOutreachEvent(data);
  if (!errors.empty()) return errors;
  return CheckReferences(uow, data, check_link);
}

// Adds `delta` (+1 or -1) to the commitment's progress (never below 0), with a version bump and a history entry
// naming the event. Used inside the event's write unit.
core::Status AdjustCommitmentProgress(ports::UnitOfWork& uow, const core::Clock& clock, core::IdGenerator& ids,
                                      const Actor& actor, const std::string& commitment_id, int delta,
                                      const std::string& event_id) {
  SINERGI_TRY(Commitment current, uow.coordination().GetCommitment(commitment_id));
  Commitment updated = current;
  updated.data.progress = std::max<std::int64_t>(0, current.data.progress + delta);
  if (updated.data.progress == current.data.progress) return core::Ok();
  const core::Timestamp now = clock.Now();
  updated.version = current.version + 1;
  updated.updated_at = now;
  updated.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow.coordination().UpdateCommitment(updated, current.version, std::nullopt));
  std::vector<FieldChange> changes{
      {"progress", std::to_string(current.data.progress), std::to_string(updated.data.progress)}};
  const std::string reason = "outreach event " + event_id + (delta > 0 ? " counted" : " no longer counted");
  return detail::RecordChange(uow, clock, ids, actor,
                              detail::NewChangeRecord(ids, now, actor, detail::kCommitmentEntity, commitment_id,
                                                      "update", std::move(changes), reason));
}

}  // namespace

Result<OutreachEvent> OutreachService::CreateEvent(const Actor& actor, OutreachEventData data) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCoordinationWrite));
  if (detail::Trim(data.organiser_agency_id).empty()) data.organiser_agency_id = actor.agency_id;
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(std::vector<FieldError> errors, Prepare(*uow, data, true));
  if (!errors.empty()) return Error::Validation(std::move(errors));
  SINERGI_TRY_STATUS(AuthorizeOutreachEdit(actor, {data.organiser_agency_id}));

  const core::Timestamp now = clock_.Now();
  OutreachEvent event{ids_.NewId(), 1, std::move(data), now, now, actor.id, actor.id};
  SINERGI_TRY_STATUS(uow->outreach().InsertEvent(event));
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, kEventEntity, event.id, "create",
                                                   detail::AsCreation(EventChanges(OutreachEventData{}, event.data)))));
  if (std::optional<std::string> counted = CountedCommitment(event.data)) {
    SINERGI_TRY_STATUS(AdjustCommitmentProgress(*uow, clock_, ids_, actor, *counted, +1, event.id));
  }
  SINERGI_TRY_STATUS(uow->Commit());
  return event;
}

Result<OutreachService::EventView> OutreachService::GetEvent(const Actor& actor, const std::string& id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  EventView view;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY(view.event, uow->outreach().GetEvent(id));
    SINERGI_TRY(view.follow_ups, uow->outreach().ListFollowUps(id, static_cast<int>(kMaxFollowUpsPerEvent)));
  }
  if (!CanSeeMeetingRepresentatives(actor, OutreachAgencies(view.event.data))) {
    view.follow_ups_masked = !view.follow_ups.empty();
    for (OutreachFollowUp& f : view.follow_ups) MaskFollowUp(f);
  } else if (!view.follow_ups.empty()) {
    // The follow-ups are personal data shown in clear: the read is audited (never their values).
    std::vector<std::string> shown;
    for (const OutreachFollowUp& f : view.follow_ups) shown.push_back(f.id);
    SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, {"read", kEventEntity, id, std::move(shown), {}, ""}));
  }
  return view;
}

Result<ports::Page<OutreachEvent>> OutreachService::ListEvents(const Actor& actor, const EventQuery& query,
                                                               const ports::PageRequest& page) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  if (query.from && query.to && *query.to < *query.from) {
    return Error::Validation({{"to", "before_from", "The period ends on or after it starts."}});
  }
  ports::OutreachEventFilter filter;
  filter.from = query.from;
  filter.to = query.to;
  filter.region_prefix = query.region;
  if (query.topic) filter.topic = detail::ToUpperAscii(*query.topic);
  filter.agency_id = query.agency_id;
  filter.commitment_id = query.commitment_id;
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  return uow->outreach().ListEvents(filter, page);
}

Result<std::vector<OutreachEvent>> OutreachService::EventsOfCommitment(const Actor& actor,
                                                                       const std::string& commitment_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  ports::OutreachEventFilter filter;
  filter.commitment_id = commitment_id;
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  SINERGI_TRY(auto page, uow->outreach().ListEvents(filter, {kMaxOutreachRows, std::nullopt}));
  return std::move(page.items);
}

Result<OutreachEvent> OutreachService::UpdateEvent(const Actor& actor, const std::string& id, OutreachEventData data,
                                                   std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCoordinationWrite));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(OutreachEvent current, uow->outreach().GetEvent(id));
  SINERGI_TRY_STATUS(AuthorizeOutreachEdit(actor, {current.data.organiser_agency_id}));
  if (current.version != expected_version) return Error::StaleVersion();
  if (detail::Trim(data.organiser_agency_id).empty()) data.organiser_agency_id = current.data.organiser_agency_id;
  NormaliseOutreachEvent(data);
  const bool check_link = CountedCommitment(data) && (CountedCommitment(data) != CountedCommitment(current.data) ||
                                                      OutreachAgencies(data) != OutreachAgencies(current.data));
  SINERGI_TRY(std::vector<FieldError> errors, Prepare(*uow, data, check_link));
  if (!errors.empty()) return Error::Validation(std::move(errors));
  SINERGI_TRY_STATUS(AuthorizeOutreachEdit(actor, {data.organiser_agency_id}));

  std::vector<FieldChange> changes = EventChanges(current.data, data);
  if (changes.empty()) {
    // Nothing to write and the version stays; the caller still receives the record, so the call is audited.
    SINERGI_TRY_STATUS(
        AppendAudit(*uow, clock_, ids_, actor, {"update", kEventEntity, current.id, {}, {}, "no changes"}));
    SINERGI_TRY_STATUS(uow->Commit());
    return current;
  }
  const std::optional<std::string> was = CountedCommitment(current.data);
  const std::optional<std::string> now_counted = CountedCommitment(data);
  const core::Timestamp now = clock_.Now();
  OutreachEvent updated = std::move(current);
  updated.data = std::move(data);
  updated.version = expected_version + 1;
  updated.updated_at = now;
  updated.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->outreach().UpdateEvent(updated, expected_version));
  SINERGI_TRY_STATUS(detail::RecordChange(
      *uow, clock_, ids_, actor,
      detail::NewChangeRecord(ids_, now, actor, kEventEntity, updated.id, "update", std::move(changes))));
  if (was != now_counted) {
    if (was) {
      SINERGI_TRY_STATUS(AdjustCommitmentProgress(*uow, clock_, ids_, actor, *was, -1, updated.id));
    }
    if (now_counted) {
      SINERGI_TRY_STATUS(AdjustCommitmentProgress(*uow, clock_, ids_, actor, *now_counted, +1, updated.id));
    }
  }
  SINERGI_TRY_STATUS(uow->Commit());
  return updated;
}

}  // namespace sinergi::domain
