// Directory JSON (dto_directory.hpp).
#include "http/dto_directory.hpp"

#include <set>
#include <string>
#include <utility>

#include "domain/codelists.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

boost::json::object OfferingToJson(const domain::ServiceOffering& offering) {
  boost::json::object o;
  o["service"] = offering.service;
  o["regions_served"] = StringsJson(offering.regions_served);
  o["notes"] = StringOrNull(offering.notes);
  return o;
}

boost::json::array OfferingsToJson(const std::vector<domain::ServiceOffering>& services) {
  boost::json::array out;
  for (const domain::ServiceOffering& s : services) out.push_back(OfferingToJson(s));
  return out;
}

boost::json::object ContactToJson(const domain::DirectoryContact& c) {
  boost::json::object o;
  o["name"] = StringOrNull(c.name);
  o["phone"] = StringOrNull(c.phone);
  o["email"] = StringOrNull(c.email);
  o["address"] = StringOrNull(c.address);
  return o;
}

// The agency's own fields both views share.
boost::json::object AgencyFields(const domain::Agency& agency) {
  boost::json::object o;
  o["code"] = agency.code;
  o["name"] = agency.name;
  o["type"] = agency.type;
  o["region_code"] = StringOrNull(agency.region_code);
  o["country"] = StringOrNull(agency.country);
  return o;
}

void AddEntryFields(boost::json::object& o, const domain::DirectoryEntryData& data) {
  o["services"] = OfferingsToJson(data.services);
  o["contact"] = ContactToJson(data.contact);
  o["opening_hours"] = StringOrNull(data.opening_hours);
}

// {CODE: {label_id, label_en}} for the codes of `list` among `codes` (unknown codes are left out).
boost::json::object CodeLabels(std::string_view list, const std::set<std::string>& codes) {
  boost::json::object out;
  const domain::Codelist* codelist = domain::FindCodelist(list);
  if (codelist == nullptr) return out;
  for (const domain::CodeItem& item : codelist->items) {
    if (!codes.contains(std::string(item.code))) continue;
    boost::json::object label;
    label["label_id"] = item.label_id;
    label["label_en"] = item.label_en;
    out[item.code] = std::move(label);
  }
  return out;
}

}  // namespace

domain::DirectoryEntryData ReadDirectoryEntryInput(JsonReader& reader) {
  domain::DirectoryEntryData data;
  reader.ObjectArray("services", [&data](JsonReader& item) {
    domain::ServiceOffering offering;
    offering.service = item.ReqString("service");
    offering.regions_served = item.StringArray("regions_served");
    offering.notes = item.OptString("notes");
    data.services.push_back(std::move(offering));
  });
  reader.Object("contact", [&data](JsonReader& contact) {
    data.contact.name = contact.OptString("name");
    data.contact.phone = contact.OptString("phone");
    data.contact.email = contact.OptString("email");
    data.contact.address = contact.OptString("address");
  });
  data.opening_hours = reader.OptString("opening_hours");
  data.is_public = reader.OptBool("public").value_or(false);
  return data;
}

boost::json::object DirectoryAgencyToJson(const domain::Agency& agency, const domain::DirectoryEntry& entry) {
  boost::json::object o = AgencyFields(agency);
  o["id"] = agency.id;
  AddEntryFields(o, entry.data);
  o["public"] = entry.data.is_public;
  o["version"] = entry.version;
  o["updated_at"] = TimestampOrNull(entry.updated_at);
  return o;
}

boost::json::object ServiceMatchToJson(const domain::ServiceMatch& match) {
  boost::json::object o;
  o["agency"] = DirectoryAgencyToJson(match.listing.agency, match.listing.entry);
  o["offering"] = OfferingToJson(match.offering);
  o["level"] = std::string(domain::ToString(match.level));
  o["matched_region"] = StringOrNull(match.matched_region);
  return o;
}

boost::json::object PublicDirectoryAgencyToJson(const domain::DirectoryListing& listing) {
  boost::json::object o = AgencyFields(listing.agency);
  AddEntryFields(o, listing.entry.data);
  o["updated_at"] = TimestampOrNull(listing.entry.updated_at);
  return o;
}

boost::json::object PublicDirectoryToJson(const std::vector<domain::DirectoryListing>& listings,
                                          const domain::RegionDirectory& regions) {
  boost::json::array items;
  std::set<std::string> services;
  std::set<std::string> types;
  std::set<std::string> region_codes;
  for (const domain::DirectoryListing& l : listings) {
    items.push_back(PublicDirectoryAgencyToJson(l));
    types.insert(l.agency.type);
    if (l.agency.region_code) region_codes.insert(*l.agency.region_code);
    for (const domain::ServiceOffering& o : l.entry.data.services) {
      services.insert(o.service);
      region_codes.insert(o.regions_served.begin(), o.regions_served.end());
    }
  }
  boost::json::object region_names;
  for (const std::string& code : region_codes) {
    if (const domain::Region* r = regions.Find(code)) region_names[code] = r->name;
  }
  boost::json::object labels;
  labels["services"] = CodeLabels("layanan_kasus", services);
  labels["agency_types"] = CodeLabels("jenis_instansi", types);
  labels["regions"] = std::move(region_names);
  boost::json::object body;
  body["items"] = std::move(items);
  body["labels"] = std::move(labels);
  return body;
}

}  // namespace sinergi::http
