// The route table: every endpoint of docs/api.md, each bound to its handler in handlers/<resource>/.
// POST creates go through the Idempotency-Key wrapper (http/idempotency.hpp).
#include "http/api.hpp"

#include <string>

#include "http/handlers/handlers.hpp"
#include "http/idempotency.hpp"

namespace sinergi::http {
namespace {

using Endpoint = Response (*)(Request&, ApiDeps&);

class Routes {
 public:
  Routes(Router& router, ApiDeps& deps) : router_(router), deps_(deps) {}

  void Add(Method method, const std::string& path, Endpoint endpoint) {
    ApiDeps& deps = deps_;
    router_.Add(method, path, [&deps, endpoint](Request& req) { return endpoint(req, deps); });
  }

  // A create that honours Idempotency-Key; the scope names the route template, not the raw path.
  void AddCreate(const std::string& path, Endpoint endpoint) {
    ApiDeps& deps = deps_;
    const std::string route = "POST " + path;
    router_.Add(Method::kPost, path, [&deps, endpoint, route](Request& req) {
      return WithIdempotency(req, deps, route, [&deps, endpoint](Request& r) { return endpoint(r, deps); });
    });
  }

 private:
  Router& router_;
  ApiDeps& deps_;
};

}  // namespace

void RegisterApiRoutes(Router& router, ApiDeps& deps) {
  Routes r(router, deps);
  const std::string v1 = "/api/v1";

  r.Add(Method::kGet, "/healthz", Healthz);
  r.Add(Method::kGet, "/readyz", Readyz);
  r.Add(Method::kGet, "/metrics", MetricsGet);
  r.Add(Method::kGet, v1 + "/openapi.yaml", OpenApiGet);

  r.AddCreate(v1 + "/persons", PersonsCreate);
  r.Add(Method::kGet, v1 + "/persons", PersonsList);
  r.Add(Method::kGet, v1 + "/persons/search", PersonsSearch);
  r.Add(Method::kGet, v1 + "/persons/{id}", PersonsGet);
  r.Add(Method::kPatch, v1 + "/persons/{id}", PersonsPatch);
  r.Add(Method::kDelete, v1 + "/persons/{id}", PersonsDelete);
  r.Add(Method::kGet, v1 + "/persons/{id}/history", PersonsHistory);
  r.Add(Method::kGet, v1 + "/persons/{id}/family", FamilyList);
  r.AddCreate(v1 + "/persons/{id}/family", FamilyCreate);
  r.Add(Method::kDelete, v1 + "/persons/{id}/family/{link_id}", FamilyDelete);
  r.Add(Method::kGet, v1 + "/persons/{id}/journeys", PersonsJourneys);
  r.AddCreate(v1 + "/persons/{id}/journeys", JourneysCreate);

  r.Add(Method::kGet, v1 + "/journeys", JourneysList);
  r.Add(Method::kGet, v1 + "/journeys/{id}", JourneysGet);
  r.Add(Method::kPatch, v1 + "/journeys/{id}", JourneysPatch);
  r.Add(Method::kPost, v1 + "/journeys/{id}/transitions", JourneysTransition);
  r.Add(Method::kGet, v1 + "/journeys/{id}/transitions", JourneysTransitionsList);
  r.AddCreate(v1 + "/journeys/{id}/follow-ups", FollowUpsCreate);
  r.Add(Method::kGet, v1 + "/journeys/{id}/follow-ups", FollowUpsList);
  r.Add(Method::kGet, v1 + "/journeys/{id}/history", JourneysHistory);

  r.Add(Method::kGet, v1 + "/reference/regions", ReferenceRegions);
  r.Add(Method::kGet, v1 + "/reference/regions/{code}", ReferenceRegionGet);
  r.Add(Method::kGet, v1 + "/reference/countries", ReferenceCountries);
  r.Add(Method::kGet, v1 + "/reference/codelists", ReferenceCodelists);
  r.Add(Method::kGet, v1 + "/reference/codelists/{name}", ReferenceCodelistGet);
  r.Add(Method::kGet, v1 + "/reference/nik/{nik}", ReferenceNik);
}

}  // namespace sinergi::http
