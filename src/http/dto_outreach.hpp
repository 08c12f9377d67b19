#pragma once
// JSON of outreach events, their follow-ups and the coverage view (domain/outreach.hpp). Field names are those of
// the domain structs; participants are {male, female, unknown} x {child, adult, unknown} counts with their total
// beside them (participant_total).
#include <boost/json/object.hpp>
#include <optional>
#include <string>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/outreach.hpp"
#include "domain/outreach_service.hpp"
#include "http/json_read.hpp"
#include "http/request.hpp"

namespace sinergi::http {

// {title, organiser_agency_id, partner_agency_ids, held_on, ends_on, region_code, venue, topics, target_groups,
// channel, participants, materials, notes, commitment_id, cancelled}; missing title / held_on / region_code /
// channel: "required". Also the base of a PATCH merge patch (OutreachEventPatchableToJson).
domain::OutreachEventData ReadOutreachEventData(JsonReader& reader);
boost::json::object OutreachEventPatchableToJson(const domain::OutreachEventData& data);
boost::json::object OutreachEventToJson(const domain::OutreachEvent& event);
// The event with `follow_ups` and `follow_ups_masked`.
boost::json::object OutreachEventViewToJson(const domain::OutreachService::EventView& view);
// A short form for the commitment page: {id, title, held_on, region_code, organiser_agency_id, participant_total,
// cancelled}.
boost::json::object OutreachEventSummaryToJson(const domain::OutreachEvent& event);

// {name, contact, request, needs_category}; missing request / needs_category: "required".
domain::OutreachFollowUp ReadOutreachFollowUp(JsonReader& reader);
boost::json::object OutreachFollowUpToJson(const domain::OutreachFollowUp& follow_up);

boost::json::object OutreachCoverageToJson(const domain::OutreachCoverage& coverage);

// A YYYY-MM-DD query parameter, nullopt when absent. Errors: kInvalid "invalid_parameter" naming it.
core::Result<std::optional<core::Date>> OptionalQueryDate(const Request& req, const std::string& name);

}  // namespace sinergi::http
