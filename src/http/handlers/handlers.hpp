#pragma once
// One function per endpoint of docs/api.md; each lives in handlers/<resource>/<resource>_<verb>.cpp and is
// registered by http/api.cpp. Handlers see only Sinergi's Request/Response, return problem responses for
// expected failures, and are called concurrently (they hold no state of their own).
#include "http/api.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace sinergi::http {

// Health and operations (handlers/health/health.cpp, handlers/openapi/openapi_get.cpp).
Response Healthz(Request& req, ApiDeps& deps);
Response Readyz(Request& req, ApiDeps& deps);
Response MetricsGet(Request& req, ApiDeps& deps);
Response OpenApiGet(Request& req, ApiDeps& deps);

// Persons.
Response PersonsCreate(Request& req, ApiDeps& deps);
Response PersonsGet(Request& req, ApiDeps& deps);
Response PersonsList(Request& req, ApiDeps& deps);
Response PersonsSearch(Request& req, ApiDeps& deps);
Response PersonsPatch(Request& req, ApiDeps& deps);
Response PersonsDelete(Request& req, ApiDeps& deps);
Response PersonsHistory(Request& req, ApiDeps& deps);
Response PersonsJourneys(Request& req, ApiDeps& deps);

// Family links of a person.
Response FamilyList(Request& req, ApiDeps& deps);
Response FamilyCreate(Request& req, ApiDeps& deps);
Response FamilyDelete(Request& req, ApiDeps& deps);

// Journeys.
Response JourneysCreate(Request& req, ApiDeps& deps);
Response JourneysGet(Request& req, ApiDeps& deps);
Response JourneysList(Request& req, ApiDeps& deps);
Response JourneysPatch(Request& req, ApiDeps& deps);
Response JourneysTransition(Request& req, ApiDeps& deps);
Response JourneysTransitionsList(Request& req, ApiDeps& deps);
Response JourneysHistory(Request& req, ApiDeps& deps);
Response FollowUpsCreate(Request& req, ApiDeps& deps);
Response FollowUpsList(Request& req, ApiDeps& deps);

// Reference data.
Response ReferenceRegions(Request& req, ApiDeps& deps);
Response ReferenceRegionGet(Request& req, ApiDeps& deps);
Response ReferenceCountries(Request& req, ApiDeps& deps);
Response ReferenceCodelists(Request& req, ApiDeps& deps);
Response ReferenceCodelistGet(Request& req, ApiDeps& deps);
Response ReferenceNik(Request& req, ApiDeps& deps);

}  // namespace sinergi::http
