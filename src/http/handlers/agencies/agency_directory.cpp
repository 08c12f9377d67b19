// GET /api/v1/directory/agencies -> {items: [{id, code, name, type, region_code, country, ...}]}: the enabled
// agencies, by name, for every signed-in user (choosing the receiver of a referral, naming agencies in cases and
// referrals). With the service directory (ApiDeps::directory, issue #5) each item also carries the agency's entry
// (services, regions served, office contact, opening hours; the empty entry when nobody described it yet).
#include <map>

#include "http/dto_directory.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

boost::json::object EntryToJson(const domain::Agency& a) {
  boost::json::object o;
  o["id"] = a.id;
  o["code"] = a.code;
  o["name"] = a.name;
  o["type"] = a.type;
  o["region_code"] = a.region_code ? boost::json::value(*a.region_code) : boost::json::value(nullptr);
  o["country"] = a.country ? boost::json::value(*a.country) : boost::json::value(nullptr);
  return o;
}

}  // namespace

Response AgencyDirectory(Request& req, ApiDeps& deps) {
  core::Result<std::vector<domain::Agency>> agencies = deps.identity.AgencyDirectory(req.actor);
  if (!agencies) return ErrorResponse(agencies.error(), req);
  boost::json::array items;
  if (deps.directory == nullptr) {
    for (const domain::Agency& a : *agencies) items.push_back(EntryToJson(a));
  } else {
    core::Result<std::vector<domain::DirectoryEntry>> entries = deps.directory->ListEntries(req.actor);
    if (!entries) return ErrorResponse(entries.error(), req);
    std::map<std::string, const domain::DirectoryEntry*> by_agency;
    for (const domain::DirectoryEntry& e : *entries) by_agency[e.agency_id] = &e;
    for (const domain::Agency& a : *agencies) {
      auto found = by_agency.find(a.id);
      domain::DirectoryEntry empty;
      empty.agency_id = a.id;
      items.push_back(DirectoryAgencyToJson(a, found == by_agency.end() ? empty : *found->second));
    }
  }
  boost::json::object body;
  body["items"] = std::move(items);
  return JsonResponse(200, std::move(body));
}

}  // namespace sinergi::http
