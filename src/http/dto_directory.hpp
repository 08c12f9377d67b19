#pragma once
// Directory JSON in both directions (dto_directory.cpp; issue #5, the agency and service directory). Field names are
// those of domain/directory.hpp, except is_public, which the API calls `public`. Pure functions, thread-safe.
#include <boost/json/object.hpp>
#include <vector>

#include "domain/directory.hpp"
#include "domain/region_directory.hpp"
#include "http/json_read.hpp"

namespace sinergi::http {

// The PUT body {services: [{service, regions_served, notes}], contact: {name, phone, email, address},
// opening_hours, public}: the whole entry; an absent member reads as empty (public: false).
domain::DirectoryEntryData ReadDirectoryEntryInput(JsonReader& reader);

// An agency with its entry, for signed-in users: {id, code, name, type, region_code, country, services, contact,
// opening_hours, public, version, updated_at}. Who last edited it (a user id) is not shown.
boost::json::object DirectoryAgencyToJson(const domain::Agency& agency, const domain::DirectoryEntry& entry);

// One answer of the service search: {agency: <DirectoryAgencyToJson>, offering, level, matched_region}.
boost::json::object ServiceMatchToJson(const domain::ServiceMatch& match);

// An agency of the public directory: {code, name, type, region_code, country, services, contact, opening_hours,
// updated_at}. Office data only: no ids, no versions, nothing about users.
boost::json::object PublicDirectoryAgencyToJson(const domain::DirectoryListing& listing);

// The public directory: {items: [<PublicDirectoryAgencyToJson>], labels: {services: {CODE: {label_id, label_en}},
// agency_types: {CODE: {...}}, regions: {"61.71": "Kota Pontianak"}}}. The labels of the codes the items use come
// along because the code lists and regions are read with a session only, and the public page has none.
boost::json::object PublicDirectoryToJson(const std::vector<domain::DirectoryListing>& listings,
                                          const domain::RegionDirectory& regions);

}  // namespace sinergi::http
