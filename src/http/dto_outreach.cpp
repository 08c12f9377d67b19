// Outreach JSON in both directions (dto_outreach.hpp).
#include "http/dto_outreach.hpp"

#include <boost/json/array.hpp>

#include "domain/outreach_rules.hpp"
#include "http/handlers/common.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

boost::json::object ParticipantsToJson(const domain::ParticipantCounts& p) {
  boost::json::object out;
  for (std::size_t s = 0; s < domain::kParticipantSexes.size(); ++s) {
    boost::json::object row;
    for (std::size_t a = 0; a < domain::kParticipantAgeGroups.size(); ++a) {
      row[domain::kParticipantAgeGroups[a]] = p.counts[s][a];
    }
    out[domain::kParticipantSexes[s]] = std::move(row);
  }
  return out;
}

}  // namespace

domain::OutreachEventData ReadOutreachEventData(JsonReader& reader) {
  domain::OutreachEventData data;
  data.title = reader.ReqString("title");
  data.organiser_agency_id = reader.OptString("organiser_agency_id").value_or("");
  data.partner_agency_ids = reader.StringArray("partner_agency_ids");
  if (std::optional<core::Date> held_on = reader.ReqDate("held_on")) data.held_on = *held_on;
  data.ends_on = reader.OptDate("ends_on");
  data.region_code = reader.ReqString("region_code");
  data.venue = reader.OptString("venue");
  data.topics = reader.StringArray("topics");
  data.target_groups = reader.StringArray("target_groups");
  data.channel = reader.ReqString("channel");
  reader.Object("participants", [&data](JsonReader& sexes) {
    for (std::size_t s = 0; s < domain::kParticipantSexes.size(); ++s) {
      sexes.Object(domain::kParticipantSexes[s], [&data, s](JsonReader& ages) {
        for (std::size_t a = 0; a < domain::kParticipantAgeGroups.size(); ++a) {
          data.participants.counts[s][a] = ages.OptInt(domain::kParticipantAgeGroups[a]).value_or(0);
        }
      });
    }
  });
  data.materials = reader.StringArray("materials");
  data.notes = reader.OptString("notes");
  data.commitment_id = reader.OptString("commitment_id");
  data.cancelled = reader.OptBool("cancelled").value_or(false);
  return data;
}

boost::json::object OutreachEventPatchableToJson(const domain::OutreachEventData& d) {
  return {{"title", d.title},
          {"organiser_agency_id", d.organiser_agency_id},
          {"partner_agency_ids", StringsJson(d.partner_agency_ids)},
          {"held_on", d.held_on.ToString()},
          {"ends_on", DateOrNull(d.ends_on)},
          {"region_code", d.region_code},
          {"venue", StringOrNull(d.venue)},
          {"topics", StringsJson(d.topics)},
          {"target_groups", StringsJson(d.target_groups)},
          {"channel", d.channel},
          {"participants", ParticipantsToJson(d.participants)},
          {"materials", StringsJson(d.materials)},
          {"notes", StringOrNull(d.notes)},
          {"commitment_id", StringOrNull(d.commitment_id)},
          {"cancelled", d.cancelled}};
}

boost::json::object OutreachEventToJson(const domain::OutreachEvent& e) {
  boost::json::object o = OutreachEventPatchableToJson(e.data);
  o["id"] = e.id;
  o["version"] = e.version;
  o["participant_total"] = domain::ParticipantTotal(e.data.participants);
  o["created_at"] = TimestampJson(e.created_at);
  o["updated_at"] = TimestampJson(e.updated_at);
  o["created_by"] = e.created_by;
  o["updated_by"] = e.updated_by;
  return o;
}

boost::json::object OutreachEventViewToJson(const domain::OutreachService::EventView& view) {
  boost::json::object o = OutreachEventToJson(view.event);
  boost::json::array follow_ups;
  for (const domain::OutreachFollowUp& f : view.follow_ups) follow_ups.emplace_back(OutreachFollowUpToJson(f));
  o["follow_ups"] = std::move(follow_ups);
  o["follow_ups_masked"] = view.follow_ups_masked;
  return o;
}

boost::json::object OutreachEventSummaryToJson(const domain::OutreachEvent& e) {
  return {{"id", e.id},
          {"title", e.data.title},
          {"held_on", e.data.held_on.ToString()},
          {"region_code", e.data.region_code},
          {"organiser_agency_id", e.data.organiser_agency_id},
          {"participant_total", domain::ParticipantTotal(e.data.participants)},
          {"cancelled", e.data.cancelled}};
}

domain::OutreachFollowUp ReadOutreachFollowUp(JsonReader& reader) {
  domain::OutreachFollowUp f;
  f.name = reader.OptString("name");
  f.contact = reader.OptString("contact");
  f.request = reader.ReqString("request");
  f.needs_category = reader.ReqString("needs_category");
  return f;
}

boost::json::object OutreachFollowUpToJson(const domain::OutreachFollowUp& f) {
  return {{"id", f.id},
          {"event_id", f.event_id},
          {"name", StringOrNull(f.name)},
          {"contact", StringOrNull(f.contact)},
          {"request", f.masked ? boost::json::value(nullptr) : boost::json::value(f.request)},
          {"needs_category", f.needs_category},
          {"case_id", StringOrNull(f.case_id)},
          {"masked", f.masked},
          {"created_at", TimestampJson(f.created_at)},
          {"created_by", f.created_by}};
}

boost::json::object OutreachCoverageToJson(const domain::OutreachCoverage& c) {
  boost::json::array rows;
  for (const domain::RegencyCoverage& r : c.regencies) {
    rows.emplace_back(boost::json::object{{"regency_code", r.regency_code},
                                          {"name", r.name},
                                          {"events", r.events},
                                          {"participants", r.participants},
                                          {"departures", r.departures},
                                          {"high_departure", r.high_departure},
                                          {"no_outreach_high_departure", r.no_outreach_high_departure}});
  }
  return {{"province_code", c.province_code},
          {"from", c.from.ToString()},
          {"to", c.to.ToString()},
          {"departures_from", c.departures_from.ToString()},
          {"high_departure_threshold", c.high_departure_threshold},
          {"regencies", std::move(rows)}};
}

core::Result<std::optional<core::Date>> OptionalQueryDate(const Request& req, const std::string& name) {
  std::optional<std::string> text = QueryText(req, name);
  if (!text) return std::optional<core::Date>();
  std::optional<core::Date> date = core::Date::Parse(*text);
  if (!date) {
    return core::Error::Invalid(std::string(kInvalidParameter), "Query parameter '" + name + "' must be YYYY-MM-DD.",
                                {{name, "invalid_format", "a date YYYY-MM-DD"}});
  }
  return date;
}

}  // namespace sinergi::http
