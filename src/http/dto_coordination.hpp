#pragma once
// JSON of coordination forums, meetings and commitments (domain/coordination.hpp). Field names are those of the
// domain structs. A commitment's `status` is the display status (OVERDUE derived from the day the handler passes),
// its stored one is `stored_status`.
#include <boost/json/object.hpp>

#include "core/date.hpp"
#include "domain/coordination.hpp"
#include "domain/coordination_service.hpp"
#include "http/json_read.hpp"

namespace sinergi::http {

// {name, convening_agency_id, region_code, member_agency_ids, description}; missing name / convening_agency_id:
// "required". Also the base of a PATCH merge patch (ForumPatchableToJson).
domain::ForumData ReadForumData(JsonReader& reader);
boost::json::object ForumPatchableToJson(const domain::ForumData& data);
boost::json::object ForumToJson(const domain::Forum& forum);

// {title, held_on, place, online_link, convening_agency_id, participants [{agency_id, representatives [{name,
// position}]}], agenda, minutes}; missing title / held_on: "required".
domain::MeetingData ReadMeetingData(JsonReader& reader);
boost::json::object MeetingPatchableToJson(const domain::MeetingData& data);
boost::json::object MeetingToJson(const domain::Meeting& meeting);
// The meeting with `commitments` and `carry_over`.
boost::json::object MeetingViewToJson(const domain::CoordinationService::MeetingView& view, core::Date today);

// {agency_ids, description, due_on, indicator, target, progress, status, evidence, dropped_reason}; missing
// description / due_on / indicator: "required"; status must be OPEN, IN_PROGRESS, DONE or DROPPED.
domain::CommitmentData ReadCommitmentData(JsonReader& reader);
boost::json::object CommitmentPatchableToJson(const domain::CommitmentData& data);
boost::json::object CommitmentToJson(const domain::Commitment& commitment, core::Date today);

boost::json::object ForumRecordToJson(const domain::ForumRecord& record);

}  // namespace sinergi::http
