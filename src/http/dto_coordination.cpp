// Coordination JSON in both directions (dto_coordination.hpp).
#include "http/dto_coordination.hpp"

#include <boost/json/array.hpp>

#include "domain/coordination_rules.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

boost::json::value IntOrNull(const std::optional<std::int64_t>& v) {
  if (!v) return nullptr;
  return *v;
}

boost::json::object CountsToJson(const domain::CommitmentCounts& c) {
  return {{"made", c.made},           {"done_on_time", c.done_on_time},
          {"done_late", c.done_late}, {"overdue", c.overdue},
          {"open", c.open},           {"dropped", c.dropped}};
}

}  // namespace

domain::ForumData ReadForumData(JsonReader& reader) {
  domain::ForumData data;
  data.name = reader.ReqString("name");
  data.convening_agency_id = reader.ReqString("convening_agency_id");
  data.region_code = reader.OptString("region_code");
  data.member_agency_ids = reader.StringArray("member_agency_ids");
  data.description = reader.OptString("description");
  return data;
}

boost::json::object ForumPatchableToJson(const domain::ForumData& d) {
  return {{"name", d.name},
          {"convening_agency_id", d.convening_agency_id},
          {"region_code", StringOrNull(d.region_code)},
          {"member_agency_ids", StringsJson(d.member_agency_ids)},
          {"description", StringOrNull(d.description)}};
}

boost::json::object ForumToJson(const domain::Forum& f) {
  boost::json::object o = ForumPatchableToJson(f.data);
  o["id"] = f.id;
  o["version"] = f.version;
  o["created_at"] = TimestampJson(f.created_at);
  o["updated_at"] = TimestampJson(f.updated_at);
  o["created_by"] = f.created_by;
  o["updated_by"] = f.updated_by;
  return o;
}

domain::MeetingData ReadMeetingData(JsonReader& reader) {
  domain::MeetingData data;
  data.title = reader.ReqString("title");
  if (std::optional<core::Date> held_on = reader.ReqDate("held_on")) data.held_on = *held_on;
  data.place = reader.OptString("place");
  data.online_link = reader.OptString("online_link");
  data.convening_agency_id = reader.OptString("convening_agency_id").value_or("");
  reader.ObjectArray("participants", [&data](JsonReader& item) {
    domain::MeetingParticipant p;
    p.agency_id = item.ReqString("agency_id");
    item.ObjectArray("representatives", [&p](JsonReader& rep) {
      domain::Representative r;
      r.name = rep.ReqString("name");
      r.position = rep.OptString("position");
      p.representatives.push_back(std::move(r));
    });
    data.participants.push_back(std::move(p));
  });
  data.agenda = reader.OptString("agenda");
  data.minutes = reader.OptString("minutes");
  return data;
}

boost::json::object MeetingPatchableToJson(const domain::MeetingData& d) {
  boost::json::array participants;
  for (const domain::MeetingParticipant& p : d.participants) {
    boost::json::array reps;
    for (const domain::Representative& r : p.representatives) {
      reps.emplace_back(boost::json::object{{"name", r.name}, {"position", StringOrNull(r.position)}});
    }
    participants.emplace_back(boost::json::object{{"agency_id", p.agency_id}, {"representatives", std::move(reps)}});
  }
  return {{"title", d.title},
          {"held_on", d.held_on.ToString()},
          {"place", StringOrNull(d.place)},
          {"online_link", StringOrNull(d.online_link)},
          {"convening_agency_id", d.convening_agency_id},
          {"participants", std::move(participants)},
          {"agenda", StringOrNull(d.agenda)},
          {"minutes", StringOrNull(d.minutes)}};
}

boost::json::object MeetingToJson(const domain::Meeting& m) {
  boost::json::object o = MeetingPatchableToJson(m.data);
  o["id"] = m.id;
  o["forum_id"] = m.forum_id;
  o["version"] = m.version;
  o["representatives_masked"] = m.representatives_masked;
  o["created_at"] = TimestampJson(m.created_at);
  o["updated_at"] = TimestampJson(m.updated_at);
  o["created_by"] = m.created_by;
  o["updated_by"] = m.updated_by;
  return o;
}

boost::json::object MeetingViewToJson(const domain::CoordinationService::MeetingView& view, core::Date today) {
  boost::json::object o = MeetingToJson(view.meeting);
  boost::json::array made;
  for (const domain::Commitment& c : view.commitments) made.emplace_back(CommitmentToJson(c, today));
  boost::json::array carry;
  for (const domain::Commitment& c : view.carry_over) carry.emplace_back(CommitmentToJson(c, today));
  o["commitments"] = std::move(made);
  o["carry_over"] = std::move(carry);
  return o;
}

domain::CommitmentData ReadCommitmentData(JsonReader& reader) {
  domain::CommitmentData data;
  data.agency_ids = reader.StringArray("agency_ids");
  data.description = reader.ReqString("description");
  if (std::optional<core::Date> due_on = reader.ReqDate("due_on")) data.due_on = *due_on;
  data.indicator = reader.ReqString("indicator");
  data.target = reader.OptInt("target");
  data.progress = reader.OptInt("progress").value_or(0);
  if (std::optional<std::string> status = reader.OptString("status")) {
    if (std::optional<domain::CommitmentStatus> parsed = domain::ParseCommitmentStatus(*status)) {
      data.status = *parsed;
    } else {
      reader.AddError(reader.Path("status"), "invalid_value", "One of OPEN, IN_PROGRESS, DONE, DROPPED.");
    }
  }
  data.evidence = reader.OptString("evidence");
  data.dropped_reason = reader.OptString("dropped_reason");
  return data;
}

boost::json::object CommitmentPatchableToJson(const domain::CommitmentData& d) {
  return {{"agency_ids", StringsJson(d.agency_ids)},
          {"description", d.description},
          {"due_on", d.due_on.ToString()},
          {"indicator", d.indicator},
          {"target", IntOrNull(d.target)},
          {"progress", d.progress},
          {"status", domain::ToString(d.status)},
          {"evidence", StringOrNull(d.evidence)},
          {"dropped_reason", StringOrNull(d.dropped_reason)}};
}

boost::json::object CommitmentToJson(const domain::Commitment& c, core::Date today) {
  boost::json::object o = CommitmentPatchableToJson(c.data);
  o["id"] = c.id;
  o["meeting_id"] = c.meeting_id;
  o["forum_id"] = c.forum_id;
  o["version"] = c.version;
  o["stored_status"] = domain::ToString(c.data.status);
  o["status"] = domain::CommitmentDisplayStatus(c.data, today);
  o["overdue"] = domain::IsCommitmentOverdue(c.data, today);
  o["done_on"] = DateOrNull(c.done_on);
  o["done_on_time"] = c.data.status == domain::CommitmentStatus::kDone ? boost::json::value(domain::DoneOnTime(c))
                                                                       : boost::json::value(nullptr);
  boost::json::array history;
  for (const domain::CommitmentStatusChange& h : c.status_history) {
    history.emplace_back(boost::json::object{
        {"from", h.from ? boost::json::value(domain::ToString(*h.from)) : boost::json::value(nullptr)},
        {"to", domain::ToString(h.to)},
        {"at", TimestampJson(h.at)},
        {"by", h.by},
        {"note", StringOrNull(h.note)}});
  }
  o["status_history"] = std::move(history);
  o["created_at"] = TimestampJson(c.created_at);
  o["updated_at"] = TimestampJson(c.updated_at);
  o["created_by"] = c.created_by;
  o["updated_by"] = c.updated_by;
  return o;
}

boost::json::object ForumRecordToJson(const domain::ForumRecord& record) {
  boost::json::array agencies;
  for (const auto& [agency_id, counts] : record.by_agency) {
    boost::json::object a = CountsToJson(counts);
    a["agency_id"] = agency_id;
    agencies.emplace_back(std::move(a));
  }
  return {{"forum_id", record.forum_id},
          {"as_of", record.as_of.ToString()},
          {"total", CountsToJson(record.total)},
          {"by_agency", std::move(agencies)}};
}

}  // namespace sinergi::http
