#pragma once
// Registers every /api/v1 route and the health/metrics endpoints on a router.
#include "core/clock.hpp"
#include "domain/journey_service.hpp"
#include "domain/ports/database.hpp"
#include "domain/region_directory.hpp"
#include "domain/registry_service.hpp"
#include "http/router.hpp"

namespace sinergi::http {

class Metrics;

struct ApiDeps {
  domain::RegistryService& registry;
  domain::JourneyService& journeys;
  domain::ports::Database& db;  // reference data reads, idempotency records, readiness
  const domain::RegionDirectory& regions;
  const core::Clock& clock;
  Metrics& metrics;
};

// deps must outlive the router.
void RegisterApiRoutes(Router& router, ApiDeps& deps);

}  // namespace sinergi::http
