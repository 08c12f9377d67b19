#pragma once
// Registers every /api/v1 route and the health/metrics endpoints on a router, and installs the authenticator:
// every route is kAuthenticated (router.hpp) except sign-in, the contract and the health/metrics endpoints.
#include "core/clock.hpp"
#include "domain/auth_service.hpp"
#include "domain/identity_service.hpp"
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
  domain::AuthService& auth;
  domain::IdentityService& identity;
  domain::ports::Database& db;  // reference data reads, idempotency records, readiness
  const domain::RegionDirectory& regions;
  const core::Clock& clock;
  Metrics& metrics;
  bool secure_cookies = false;  // config server.secure_cookies: session cookies only over HTTPS
};

// deps must outlive the router.
void RegisterApiRoutes(Router& router, ApiDeps& deps);

}  // namespace sinergi::http
