// Reference data JSON: regions, countries, code lists and decoded NIKs.
#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

boost::json::value NamedCode(const std::optional<std::string>& code, const std::optional<std::string>& name) {
  if (!code) return nullptr;
  return boost::json::object{{"code", *code}, {"name", StringOrNull(name)}};
}

boost::json::string Text(std::string_view s) {
  return boost::json::string(s.data(), s.size());
}

}  // namespace

boost::json::object RegionToJson(const domain::Region& region) {
  boost::json::object o;
  o["code"] = region.code;
  o["level"] = region.level;
  o["parent_code"] = StringOrNull(region.parent_code);
  o["name"] = region.name;
  return o;
}

boost::json::object CountryToJson(const domain::Country& country) {
  boost::json::object o;
  o["alpha2"] = country.alpha2;
  o["alpha3"] = country.alpha3;
  o["name_id"] = country.name_id;
  o["name_en"] = country.name_en;
  return o;
}

boost::json::object CodelistSummaryToJson(const domain::Codelist& list) {
  boost::json::object o;
  o["name"] = Text(list.name);
  o["description"] = Text(list.description);
  return o;
}

boost::json::object CodelistToJson(const domain::Codelist& list) {
  boost::json::object o = CodelistSummaryToJson(list);
  boost::json::array items;
  items.reserve(list.items.size());
  for (const domain::CodeItem& item : list.items) {
    items.emplace_back(boost::json::object{
        {"code", Text(item.code)}, {"label_id", Text(item.label_id)}, {"label_en", Text(item.label_en)}});
  }
  o["items"] = std::move(items);
  return o;
}

boost::json::object NikDecodedToJson(const domain::NikDecoded& nik) {
  boost::json::object o;
  o["nik"] = nik.nik;
  o["valid"] = nik.valid;
  o["sex"] = StringOrNull(nik.sex);
  boost::json::array candidates;
  for (const core::Date& d : nik.birth_date_candidates) candidates.emplace_back(d.ToString());
  o["birth_date_candidates"] = std::move(candidates);
  o["province"] = NamedCode(nik.province_code, nik.province_name);
  o["regency"] = NamedCode(nik.regency_code, nik.regency_name);
  o["district"] = NamedCode(nik.district_code, nik.district_name);
  o["serial"] = nik.serial;
  boost::json::array problems;
  for (const domain::NikProblem& p : nik.problems) {
    problems.emplace_back(
        boost::json::object{{"code", p.code}, {"severity", p.is_error ? "error" : "warning"}, {"message", p.message}});
  }
  o["problems"] = std::move(problems);
  return o;
}

}  // namespace sinergi::http
