#pragma once
// Registers every /api/v1 route and the health/metrics endpoints on a router, and installs the authenticator:
// every route is kAuthenticated (router.hpp) except sign-in, the contract, the health/metrics endpoints and the
// public service directory.
#include "core/clock.hpp"
#include "domain/access_service.hpp"
#include "domain/auth_service.hpp"
#include "domain/case_attachment_service.hpp"
#include "domain/case_service.hpp"
#include "domain/case_work_service.hpp"
#include "domain/coordination_service.hpp"
#include "domain/directory_service.hpp"
#include "domain/identity_service.hpp"
#include "domain/journey_service.hpp"
#include "domain/pdp_service.hpp"
#include "domain/ports/database.hpp"
#include "domain/referral_service.hpp"
#include "domain/region_directory.hpp"
#include "domain/registry_service.hpp"
#include "domain/task_service.hpp"
#include "http/router.hpp"

namespace sinergi::http {

class Metrics;

struct ApiDeps {
  domain::RegistryService& registry;
  domain::JourneyService& journeys;
  domain::AuthService& auth;
  domain::IdentityService& identity;
  domain::AccessService& access;
  domain::ports::Database& db;  // reference data reads, idempotency records, readiness
  const domain::RegionDirectory& regions;
  const core::Clock& clock;
  Metrics& metrics;
  bool secure_cookies = false;  // config server.secure_cookies: session cookies only over HTTPS
  // Consents, data-subject requests and the access export (UU 27/2022); their routes are registered only when
  // set. Set by the composition root (src/app); tests of other routes may leave it out.
  domain::PdpService* pdp = nullptr;
  // Cases (issue #4); their routes are registered only when set. Set by the composition root (src/app).
  domain::CaseService* cases = nullptr;
  // Referrals between agencies (issue #4, penanganan terpadu); their routes are registered only when set.
  domain::ReferralService* referrals = nullptr;
  // Services delivered to cases and case notes, and the task list (issue #4); their routes are registered only
  // when set. Set by the composition root (src/app).
  domain::CaseWorkService* case_work = nullptr;
  domain::TaskService* tasks = nullptr;
  // Case attachments (issue #4); their routes are registered only when set (serve sets it with the blob store).
  domain::CaseAttachmentService* attachments = nullptr;
  // Coordination forums, meetings and commitments (issue #5); their routes are registered only when set.
  domain::CoordinationService* coordination = nullptr;
  // The agency and service directory (issue #5); its routes, the public directory among them, are registered only
  // when set, and GET /directory/agencies then carries each agency's entry. Set by the composition root (src/app).
  domain::DirectoryService* directory = nullptr;
};

// deps must outlive the router.
void RegisterApiRoutes(Router& router, ApiDeps& deps);

}  // namespace sinergi::http
