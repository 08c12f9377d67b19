// Identity JSON (docs/api.md "Sign-in, sessions and administration"): agencies, users, the signed-in user (Me),
// sign-in answers and audit entries. Password hashes, TOTP secrets and session token hashes never appear here.
#include "http/dto_read.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

// ---- readers ----

domain::LoginRequest ReadLoginRequest(JsonReader& reader) {
  domain::LoginRequest request;
  request.username = reader.ReqString("username");
  request.password = reader.ReqString("password");
  request.totp = reader.OptString("totp");
  return request;
}

domain::AgencyInput ReadAgencyInput(JsonReader& reader) {
  domain::AgencyInput input;
  input.code = reader.ReqString("code");
  input.name = reader.ReqString("name");
  input.type = reader.ReqString("type");
  input.region_code = reader.OptString("region_code");
  input.country = reader.OptString("country");
  input.disabled = reader.OptBool("disabled").value_or(false);
  return input;
}

UserCreateBody ReadUserCreate(JsonReader& reader) {
  UserCreateBody body;
  body.input.username = reader.ReqString("username");
  body.input.display_name = reader.ReqString("display_name");
  body.input.agency_code = reader.ReqString("agency_code");
  body.input.roles = reader.StringArray("roles");  // the domain requires at least one
  if (std::optional<std::string> scope = reader.OptString("scope")) body.input.scope = *scope;
  body.password = reader.ReqString("password");
  return body;
}

domain::UserInput ReadUserPatchable(JsonReader& reader) {
  domain::UserInput input;
  input.display_name = reader.ReqString("display_name");
  input.agency_code = reader.ReqString("agency_code");
  input.roles = reader.StringArray("roles");
  input.scope = reader.ReqString("scope");
  input.disabled = reader.OptBool("disabled").value_or(false);
  return input;
}

// ---- writers ----

boost::json::object AgencyToJson(const domain::Agency& agency) {
  boost::json::object o;
  o["id"] = agency.id;
  o["version"] = agency.version;
  o["code"] = agency.code;
  o["name"] = agency.name;
  o["type"] = agency.type;
  o["region_code"] = StringOrNull(agency.region_code);
  o["country"] = StringOrNull(agency.country);
  o["disabled"] = agency.disabled;
  o["created_at"] = TimestampJson(agency.created_at);
  o["updated_at"] = TimestampJson(agency.updated_at);
  return o;
}

boost::json::object AgencyInputToJson(const domain::Agency& agency) {
  boost::json::object o;
  o["code"] = agency.code;
  o["name"] = agency.name;
  o["type"] = agency.type;
  o["region_code"] = StringOrNull(agency.region_code);
  o["country"] = StringOrNull(agency.country);
  o["disabled"] = agency.disabled;
  return o;
}

boost::json::object UserToJson(const domain::User& user) {
  boost::json::object o;
  o["id"] = user.id;
  o["version"] = user.version;
  o["username"] = user.username;
  o["display_name"] = user.display_name;
  o["agency_id"] = user.agency_id;
  o["roles"] = StringsJson(user.roles);
  o["scope"] = user.scope;
  o["totp_enabled"] = user.totp_secret.has_value();
  o["disabled"] = user.disabled;
  o["created_at"] = TimestampJson(user.created_at);
  o["updated_at"] = TimestampJson(user.updated_at);
  return o;
}

boost::json::object UserPatchableToJson(const domain::User& user, const std::string& agency_code) {
  boost::json::object o;
  o["display_name"] = user.display_name;
  o["agency_code"] = agency_code;
  o["roles"] = StringsJson(user.roles);
  o["scope"] = user.scope;
  o["disabled"] = user.disabled;
  return o;
}

boost::json::object MeToJson(const domain::User& user, const domain::Agency& agency,
                             const std::vector<std::string>& permissions) {
  boost::json::object o;
  o["id"] = user.id;
  o["username"] = user.username;
  o["display_name"] = user.display_name;
  o["agency"] =
      boost::json::object{{"id", agency.id}, {"code", agency.code}, {"name", agency.name}, {"type", agency.type}};
  o["roles"] = StringsJson(user.roles);
  o["scope"] = user.scope;
  o["totp_enabled"] = user.totp_secret.has_value();
  o["permissions"] = StringsJson(permissions);
  return o;
}

boost::json::object LoginResultToJson(const domain::LoginResult& result, const std::vector<std::string>& permissions) {
  boost::json::object o;
  o["token"] = result.token;
  o["csrf_token"] = result.csrf_token;
  o["expires_at"] = TimestampJson(result.session.expires_at);
  o["user"] = MeToJson(result.user, result.agency, permissions);
  return o;
}

boost::json::object AuditEntryToJson(const domain::AuditEntry& entry) {
  boost::json::object o;
  o["seq"] = entry.seq;
  o["id"] = entry.id;
  o["at"] = TimestampJson(entry.at);
  o["actor_id"] = entry.actor_id;
  o["agency_id"] = entry.agency_id;
  o["ip"] = entry.ip;
  o["action"] = entry.action;
  o["entity_type"] = entry.entity_type;
  o["entity_id"] = entry.entity_id;
  o["record_ids"] = StringsJson(entry.record_ids);
  o["fields"] = StringsJson(entry.fields);
  o["detail"] = entry.detail;
  o["hash"] = entry.hash;
  return o;
}

}  // namespace sinergi::http

namespace sinergi::http {

boost::json::object NotificationToJson(const domain::Notification& n) {
  boost::json::object o;
  o["id"] = n.id;
  o["kind"] = n.kind;
  o["recipient_role"] = n.recipient_role;
  o["person_id"] = StringOrNull(n.person_id);
  o["referral_id"] = StringOrNull(n.referral_id);
  o["case_id"] = StringOrNull(n.case_id);
  o["actor_id"] = n.actor_id;
  o["message"] = n.message;
  o["created_at"] = TimestampJson(n.created_at);
  o["read_at"] = TimestampOrNull(n.read_at);
  return o;
}

}  // namespace sinergi::http
