// Shared pieces of the coordination service (coordination_support.hpp).
#include "domain/detail/coordination_support.hpp"

#include <optional>

#include "domain/coordination_rules.hpp"
#include "domain/detail/text.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain::detail {
namespace {

void Diff(std::vector<FieldChange>& out, const char* field, const std::optional<std::string>& before,
          const std::optional<std::string>& after) {
  if (before != after) out.push_back({field, JsonOptional(before), JsonOptional(after)});
}

void Diff(std::vector<FieldChange>& out, const char* field, const std::string& before, const std::string& after) {
  if (before != after) out.push_back({field, JsonString(before), JsonString(after)});
}

void Diff(std::vector<FieldChange>& out, const char* field, const std::vector<std::string>& before,
          const std::vector<std::string>& after) {
  if (before != after) out.push_back({field, JsonStringArray(before), JsonStringArray(after)});
}

std::optional<std::string> IntJson(const std::optional<std::int64_t>& v) {
  if (!v) return std::nullopt;
  return std::to_string(*v);
}

std::vector<std::string> ParticipantAgencies(const MeetingData& data) {
  std::vector<std::string> out;
  for (const MeetingParticipant& p : data.participants) out.push_back(p.agency_id);
  return out;
}

}  // namespace

core::Result<std::vector<core::FieldError>> CheckAgencies(ports::UnitOfWork& uow, const std::vector<std::string>& ids,
                                                          const std::string& field, bool indexed) {
  std::vector<core::FieldError> errors;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    core::Result<Agency> agency = uow.identity().GetAgency(ids[i]);
    if (agency && !agency->disabled) continue;
    if (!agency && agency.error().code() != core::ErrorCode::kNotFound) return agency.error();
    errors.push_back(
        {indexed ? field + "[" + std::to_string(i) + "]" : field, "unknown_code", "No enabled agency has this id."});
  }
  return errors;
}

std::vector<std::string> Conveners(const Forum& forum, const MeetingData& meeting) {
  std::vector<std::string> out{forum.data.convening_agency_id};
  if (meeting.convening_agency_id != forum.data.convening_agency_id) out.push_back(meeting.convening_agency_id);
  return out;
}

void GateRepresentatives(const Actor& actor, const Forum& forum, Meeting& meeting) {
  std::vector<std::string> agencies = MeetingAgencies(meeting.data);
  agencies.push_back(forum.data.convening_agency_id);
  if (!CanSeeMeetingRepresentatives(actor, agencies)) MaskRepresentatives(meeting);
}

std::vector<FieldChange> ForumChanges(const ForumData& before, const ForumData& after) {
  std::vector<FieldChange> out;
  Diff(out, "name", before.name, after.name);
  Diff(out, "convening_agency_id", before.convening_agency_id, after.convening_agency_id);
  Diff(out, "region_code", before.region_code, after.region_code);
  Diff(out, "member_agency_ids", before.member_agency_ids, after.member_agency_ids);
  Diff(out, "description", before.description, after.description);
  return out;
}

std::vector<FieldChange> MeetingChanges(const MeetingData& before, const MeetingData& after) {
  std::vector<FieldChange> out;
  Diff(out, "title", before.title, after.title);
  if (before.held_on != after.held_on) out.push_back({"held_on", JsonDate(before.held_on), JsonDate(after.held_on)});
  Diff(out, "place", before.place, after.place);
  Diff(out, "online_link", before.online_link, after.online_link);
  Diff(out, "convening_agency_id", before.convening_agency_id, after.convening_agency_id);
  Diff(out, "participants", ParticipantAgencies(before), ParticipantAgencies(after));
  if (before.participants != after.participants && ParticipantAgencies(before) == ParticipantAgencies(after)) {
    out.push_back({"participants.representatives", std::nullopt, std::nullopt});  // names stay out of history
  }
  Diff(out, "agenda", before.agenda, after.agenda);
  Diff(out, "minutes", before.minutes, after.minutes);
  return out;
}

std::vector<FieldChange> CommitmentChanges(const CommitmentData& before, const CommitmentData& after) {
  std::vector<FieldChange> out;
  Diff(out, "agency_ids", before.agency_ids, after.agency_ids);
  Diff(out, "description", before.description, after.description);
  if (before.due_on != after.due_on) out.push_back({"due_on", JsonDate(before.due_on), JsonDate(after.due_on)});
  Diff(out, "indicator", before.indicator, after.indicator);
  if (before.target != after.target) out.push_back({"target", IntJson(before.target), IntJson(after.target)});
  if (before.progress != after.progress) {
    out.push_back({"progress", std::to_string(before.progress), std::to_string(after.progress)});
  }
  if (before.status != after.status) {
    out.push_back({"status", JsonString(ToString(before.status)), JsonString(ToString(after.status))});
  }
  Diff(out, "evidence", before.evidence, after.evidence);
  Diff(out, "dropped_reason", before.dropped_reason, after.dropped_reason);
  return out;
}

}  // namespace sinergi::domain::detail
