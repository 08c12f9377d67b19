// Person JSON in both directions. The writable part is shared: PersonToJson starts from PersonDataToJson, so a
// merge patch applied to what a client read is exactly what the reader accepts back.
#include "http/dto_read.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

domain::PersonData ReadPersonData(JsonReader& reader) {
  domain::PersonData data;
  data.full_name = reader.ReqString("full_name");
  data.aliases = reader.StringArray("aliases");
  data.nik = reader.OptString("nik");
  data.passport_number = reader.OptString("passport_number");
  data.sex = reader.OptString("sex");
  data.birth_date = reader.OptDate("birth_date");
  data.birth_place = reader.OptString("birth_place");
  data.address_line = reader.OptString("address_line");
  data.address_region_code = reader.OptString("address_region_code");
  data.phone = reader.OptString("phone");
  data.marital_status = reader.OptString("marital_status");
  data.education = reader.OptString("education");
  data.skills = reader.StringArray("skills");
  data.pmi_status = reader.OptString("pmi_status");
  data.protected_identity = reader.OptBool("protected_identity").value_or(false);
  return data;
}

boost::json::object PersonDataToJson(const domain::PersonData& data) {
  boost::json::object o;
  o["full_name"] = data.full_name;
  o["aliases"] = StringsJson(data.aliases);
  o["nik"] = StringOrNull(data.nik);
  o["passport_number"] = StringOrNull(data.passport_number);
  o["sex"] = StringOrNull(data.sex);
  o["birth_date"] = DateOrNull(data.birth_date);
  o["birth_place"] = StringOrNull(data.birth_place);
  o["address_line"] = StringOrNull(data.address_line);
  o["address_region_code"] = StringOrNull(data.address_region_code);
  o["phone"] = StringOrNull(data.phone);
  o["marital_status"] = StringOrNull(data.marital_status);
  o["education"] = StringOrNull(data.education);
  o["skills"] = StringsJson(data.skills);
  o["pmi_status"] = StringOrNull(data.pmi_status);
  o["protected_identity"] = data.protected_identity;
  return o;
}

boost::json::object PersonToJson(const domain::Person& person, const domain::RegionDirectory& regions) {
  boost::json::object o;
  o["id"] = person.id;
  o["version"] = person.version;
  for (auto& [key, value] : PersonDataToJson(person.data)) o[key] = std::move(value);

  // Villages may be absent from the directory (it is built without them to save memory): then null.
  boost::json::value region = nullptr;
  if (person.data.address_region_code) {
    if (const domain::Region* r = regions.Find(*person.data.address_region_code)) {
      region = boost::json::object{{"code", r->code}, {"name", r->name}, {"level", r->level}};
    }
  }
  o["address_region"] = std::move(region);

  boost::json::array warnings;
  for (const domain::Warning& w : person.warnings) {
    warnings.emplace_back(boost::json::object{{"code", w.code}, {"field", w.field}, {"message", w.message}});
  }
  o["warnings"] = std::move(warnings);
  o["created_at"] = TimestampJson(person.created_at);
  o["updated_at"] = TimestampJson(person.updated_at);
  o["created_by"] = person.created_by;
  o["updated_by"] = person.updated_by;
  o["deleted_at"] = TimestampOrNull(person.deleted_at);
  o["delete_reason"] = StringOrNull(person.delete_reason);
  o["owner_agency_id"] = StringOrNull(person.owner_agency_id);
  // Withheld by the policy (domain/policy.hpp): those fields are null above, whatever is stored.
  o["masked_fields"] = StringsJson(person.masked_fields);
  return o;
}

boost::json::object PersonSummaryToJson(const domain::Person& person) {
  boost::json::object o;
  o["id"] = person.id;
  o["version"] = person.version;
  o["full_name"] = person.data.full_name;
  o["nik"] = StringOrNull(person.data.nik);
  o["sex"] = StringOrNull(person.data.sex);
  o["birth_date"] = DateOrNull(person.data.birth_date);
  o["pmi_status"] = StringOrNull(person.data.pmi_status);
  return o;
}

boost::json::object FamilyMemberToJson(const domain::FamilyMember& member) {
  boost::json::object o;
  o["link_id"] = member.link.id;
  o["relation"] = member.relation;
  o["person"] = PersonSummaryToJson(member.person);
  return o;
}

boost::json::object PersonMatchToJson(const domain::PersonMatch& match, const domain::RegionDirectory& regions) {
  boost::json::object o;
  o["score"] = match.score;
  o["matched_on"] = match.matched_on;
  o["person"] = PersonToJson(match.person, regions);
  return o;
}

}  // namespace sinergi::http
