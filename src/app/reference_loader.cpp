#include "app/reference_loader.hpp"

#include <boost/json.hpp>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "app/csv.hpp"

namespace sinergi::app {
namespace {

namespace json = boost::json;
using domain::Country;
using domain::Region;

core::Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return core::Error(core::ErrorCode::kUnavailable, "reference.missing",
                       "Reference file not found: " + path + " (run `make deps` to install the npm packages)");
  }
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// level 1 files have (code,name); deeper ones (code,parent_code,name).
core::Status AppendRegions(const std::string& path, int level, std::vector<Region>& out) {
  SINERGI_TRY(std::string text, ReadFile(path));
  auto rows = ParseCsv(text);
  const std::size_t columns = level == 1 ? 2 : 3;
  for (std::size_t i = 1; i < rows.size(); ++i) {  // row 0 is the header
    const auto& row = rows[i];
    if (row.size() != columns || row[0].empty() || row.back().empty()) {
      return core::Error::Invalid("reference.malformed", path + ": malformed row " + std::to_string(i + 1));
    }
    Region r;
    r.code = row[0];
    r.level = level;
    if (level > 1) r.parent_code = row[1];
    r.name = row.back();
    out.push_back(std::move(r));
  }
  return core::Ok();
}

std::string CountryName(const json::object& names, const std::string& alpha2) {
  const auto* v = names.if_contains(alpha2);
  if (v == nullptr) return alpha2;
  if (v->is_string()) return std::string(v->as_string());
  if (v->is_array() && !v->as_array().empty() && v->as_array()[0].is_string()) {
    return std::string(v->as_array()[0].as_string());  // the first name is the official short name
  }
  return alpha2;
}

core::Result<std::vector<Country>> ReadCountries(const std::string& dir) {
  SINERGI_TRY(std::string codes_text, ReadFile(dir + "/codes.json"));
  SINERGI_TRY(std::string id_text, ReadFile(dir + "/langs/id.json"));
  SINERGI_TRY(std::string en_text, ReadFile(dir + "/langs/en.json"));
  std::vector<Country> out;
  try {
    json::value codes = json::parse(codes_text);
    json::value id = json::parse(id_text);
    json::value en = json::parse(en_text);
    const auto& id_names = id.as_object().at("countries").as_object();
    const auto& en_names = en.as_object().at("countries").as_object();
    for (const auto& row : codes.as_array()) {
      const auto& cols = row.as_array();
      Country c;
      c.alpha2 = std::string(cols.at(0).as_string());
      c.alpha3 = std::string(cols.at(1).as_string());
      c.name_id = CountryName(id_names, c.alpha2);
      c.name_en = CountryName(en_names, c.alpha2);
      out.push_back(std::move(c));
    }
  } catch (const std::exception& e) {
    return core::Error::Invalid("reference.malformed", dir + ": unexpected country data layout: " + e.what());
  }
  return out;
}

core::Result<std::vector<domain::PublicHoliday>> ReadPublicHolidays(const std::string& reference_dir) {
  const std::string path = reference_dir + "/.sinergi/public-holidays-id.json";
  SINERGI_TRY(std::string text, ReadFile(path));
  std::vector<domain::PublicHoliday> out;
  try {
    json::value doc = json::parse(text);
    for (const auto& item : doc.as_object().at("holidays").as_array()) {
      const auto& h = item.as_object();
      std::optional<core::Date> date = core::Date::Parse(h.at("date").as_string());
      if (!date) throw std::invalid_argument("a holiday without a valid date");
      out.push_back({*date, std::string(h.at("name").as_string())});
    }
  } catch (const std::exception& e) {
    return core::Error::Invalid("reference.malformed", path + ": unexpected holiday data layout: " + e.what());
  }
  if (out.empty()) return core::Error::Invalid("reference.malformed", path + ": no holidays");
  return out;
}

}  // namespace

core::Result<ReferenceLoadSummary> LoadReferenceData(domain::ports::Database& db, const std::string& reference_dir) {
  const std::string areas = reference_dir + "/idn-area-data/data/";
  std::vector<Region> regions;
  regions.reserve(92000);
  SINERGI_TRY_STATUS(AppendRegions(areas + "provinces.csv", 1, regions));
  SINERGI_TRY_STATUS(AppendRegions(areas + "regencies.csv", 2, regions));
  SINERGI_TRY_STATUS(AppendRegions(areas + "districts.csv", 3, regions));
  SINERGI_TRY_STATUS(AppendRegions(areas + "villages.csv", 4, regions));
  SINERGI_TRY(std::vector<Country> countries, ReadCountries(reference_dir + "/i18n-iso-countries"));
  SINERGI_TRY(std::vector<domain::PublicHoliday> holidays, ReadPublicHolidays(reference_dir));

  SINERGI_TRY(auto uow, db.Begin(domain::ports::TxMode::kWrite));
  SINERGI_TRY_STATUS(uow->reference().UpsertRegions(regions));
  SINERGI_TRY_STATUS(uow->reference().UpsertCountries(countries));
  SINERGI_TRY_STATUS(uow->reference().UpsertPublicHolidays(holidays));
  SINERGI_TRY_STATUS(uow->Commit());
  return ReferenceLoadSummary{regions.size(), countries.size(), holidays.size()};
}

core::Result<bool> EnsureReferenceData(domain::ports::Database& db, const std::string& reference_dir) {
  std::int64_t regions = 0;
  std::int64_t holidays = 0;
  {
    SINERGI_TRY(auto uow, db.Begin(domain::ports::TxMode::kRead));
    SINERGI_TRY(regions, uow->reference().CountRegions());
    SINERGI_TRY(holidays, uow->reference().CountPublicHolidays());
  }
  if (regions > 0 && holidays > 0) return false;
  if (regions == 0) {
    SINERGI_TRY(ReferenceLoadSummary summary, LoadReferenceData(db, reference_dir));
    (void)summary;
    return true;
  }
  SINERGI_TRY(std::vector<domain::PublicHoliday> loaded, ReadPublicHolidays(reference_dir));
  SINERGI_TRY(auto uow, db.Begin(domain::ports::TxMode::kWrite));
  SINERGI_TRY_STATUS(uow->reference().UpsertPublicHolidays(loaded));
  SINERGI_TRY_STATUS(uow->Commit());
  return true;
}

}  // namespace sinergi::app
