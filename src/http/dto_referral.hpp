#pragma once
// Referral JSON in both directions (dto_referral.cpp; issue #4, penanganan terpadu). Field names are those of
// domain/referral.hpp (to_agency_id and the input fields flattened into the referral); status codes those of the
// code list status_rujukan. Pure functions, thread-safe.
#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <vector>

#include "domain/referral.hpp"
#include "http/json_read.hpp"

namespace sinergi::http {

// {to_agency_id, person_ids, services, message (required), urgency (default SEDANG), consent_override_reason}.
domain::ReferralInput ReadReferralInput(JsonReader& reader);

// {reason} (decline, revoke) or {outcome} (complete): one required text field named `field`.
struct ReferralTextBody {
  std::string text;
};
ReferralTextBody ReadReferralText(JsonReader& reader, std::string_view field);

// {to_agency_id, message (required), consent_override_reason}.
struct ReferralForwardBody {
  std::string to_agency_id;
  std::string message;
  std::optional<std::string> consent_override_reason;
};
ReferralForwardBody ReadReferralForward(JsonReader& reader);

// The referral as the actor may see it (masked_fields names what was withheld).
boost::json::object ReferralToJson(const domain::Referral& referral);
// {agency_id, referrals, answered, completed, pending, median_hours_to_answer, p90_hours_to_answer,
// median_hours_to_complete, p90_hours_to_complete} (hours null when nothing was answered or completed).
boost::json::object ReferralResponseTimesToJson(const domain::ReferralResponseTimes& times);

}  // namespace sinergi::http
