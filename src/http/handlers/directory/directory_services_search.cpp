// GET /api/v1/directory/services?service=PSIKOSOSIAL&region=61.71 -> {items: [{agency, offering, level,
// matched_region}]}: the agencies offering the service in the region, nearest first (the regency, its province, the
// country searched, then agencies serving the whole country). The referral form suggests receivers from it.
#include "http/dto_directory.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response DirectoryServicesSearch(Request& req, ApiDeps& deps) {
  core::Result<std::vector<domain::ServiceMatch>> matches = deps.directory->FindServices(
      req.actor, QueryText(req, "service").value_or(""), QueryText(req, "region").value_or(""));
  if (!matches) return ErrorResponse(matches.error(), req);
  boost::json::array items;
  for (const domain::ServiceMatch& m : *matches) items.push_back(ServiceMatchToJson(m));
  boost::json::object body;
  body["items"] = std::move(items);
  return JsonResponse(200, std::move(body));
}

}  // namespace sinergi::http
