// Referral JSON (dto_referral.hpp).
#include "http/dto_referral.hpp"

#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

boost::json::value DoubleOrNull(const std::optional<double>& v) {
  if (!v) return nullptr;
  return boost::json::value(*v);
}

}  // namespace

domain::ReferralInput ReadReferralInput(JsonReader& reader) {
  domain::ReferralInput input;
  input.to_agency_id = reader.ReqString("to_agency_id");
  input.person_ids = reader.StringArray("person_ids");
  input.services = reader.StringArray("services");
  input.message = reader.ReqString("message");
  input.urgency = reader.OptString("urgency").value_or("SEDANG");
  input.consent_override_reason = reader.OptString("consent_override_reason");
  return input;
}

ReferralTextBody ReadReferralText(JsonReader& reader, std::string_view field) {
  return {reader.ReqString(field)};
}

ReferralForwardBody ReadReferralForward(JsonReader& reader) {
  ReferralForwardBody body;
  body.to_agency_id = reader.ReqString("to_agency_id");
  body.message = reader.ReqString("message");
  body.consent_override_reason = reader.OptString("consent_override_reason");
  return body;
}

boost::json::object ReferralToJson(const domain::Referral& r) {
  boost::json::object o;
  o["id"] = r.id;
  o["version"] = r.version;
  o["case_id"] = r.case_id;
  o["from_agency_id"] = r.from_agency_id;
  o["to_agency_id"] = r.data.to_agency_id;
  o["person_ids"] = StringsJson(r.data.person_ids);
  o["services"] = StringsJson(r.data.services);
  o["message"] = r.data.message;
  o["urgency"] = r.data.urgency;
  o["consent_override_reason"] = StringOrNull(r.data.consent_override_reason);
  o["status"] = domain::ToString(r.status);
  o["consent_ids"] = StringsJson(r.consent_ids);
  o["forwarded_from_referral_id"] = StringOrNull(r.forwarded_from_referral_id);
  o["forwarded_to_referral_id"] = StringOrNull(r.forwarded_to_referral_id);
  o["created_at"] = TimestampJson(r.created_at);
  o["created_by"] = r.created_by;
  o["responded_at"] = TimestampOrNull(r.responded_at);
  o["responded_by"] = StringOrNull(r.responded_by);
  o["decline_reason"] = StringOrNull(r.decline_reason);
  o["completed_at"] = TimestampOrNull(r.completed_at);
  o["completed_by"] = StringOrNull(r.completed_by);
  o["outcome"] = StringOrNull(r.outcome);
  o["revoked_at"] = TimestampOrNull(r.revoked_at);
  o["revoked_by"] = StringOrNull(r.revoked_by);
  o["revoke_reason"] = StringOrNull(r.revoke_reason);
  o["forwarded_at"] = TimestampOrNull(r.forwarded_at);
  o["forwarded_by"] = StringOrNull(r.forwarded_by);
  o["escalated_at"] = TimestampOrNull(r.escalated_at);
  o["masked_fields"] = StringsJson(r.masked_fields);
  return o;
}

boost::json::object ReferralResponseTimesToJson(const domain::ReferralResponseTimes& t) {
  boost::json::object o;
  o["agency_id"] = t.agency_id;
  o["referrals"] = t.referrals;
  o["answered"] = t.answered;
  o["completed"] = t.completed;
  o["pending"] = t.pending;
  o["median_hours_to_answer"] = DoubleOrNull(t.median_hours_to_answer);
  o["p90_hours_to_answer"] = DoubleOrNull(t.p90_hours_to_answer);
  o["median_hours_to_complete"] = DoubleOrNull(t.median_hours_to_complete);
  o["p90_hours_to_complete"] = DoubleOrNull(t.p90_hours_to_complete);
  return o;
}

}  // namespace sinergi::http
