#pragma once
// JSON of the complaint facts of a PMI complaint and their timers (domain/complaint.hpp). Field names are those of
// ComplaintFactsData.
#include <boost/json/object.hpp>

#include "domain/complaint.hpp"
#include "http/json_read.hpp"

namespace sinergi::http {

// The writable fields (documents_incomplete, info_requested_on, unreachable_since, awaiting_response_since,
// settlement_clarified_on), the base of a merge patch; ReadComplaintFacts reads the merged result strictly (an
// absent or null field is cleared).
boost::json::object ComplaintFactsPatchableToJson(const domain::ComplaintFactsData& data);
domain::ComplaintFactsData ReadComplaintFacts(JsonReader& reader);

// {case_id, version, <the facts>, created_at, created_by, updated_at, updated_by, timers: [{kind, started_on, due_on,
// due_at, overdue, legal_basis}]}
boost::json::object ComplaintViewToJson(const domain::ComplaintView& view);

}  // namespace sinergi::http
