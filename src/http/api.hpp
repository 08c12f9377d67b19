#pragma once
// Registers every /api/v1 route and the health/metrics endpoints on a router, and installs the authenticator:
// every route is kAuthenticated (router.hpp) except sign-in, the contract, the health/metrics endpoints, the
// public service directory and the public case figures.
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
#include "domain/meeting_attachment_service.hpp"
#include "domain/outreach_service.hpp"
#include "domain/pdp_service.hpp"
#include "domain/ports/database.hpp"
#include "domain/referral_service.hpp"
#include "domain/region_directory.hpp"
#include "domain/registry_service.hpp"
#include "domain/stats_service.hpp"
#include "domain/task_service.hpp"
#include "domain/training_service.hpp"
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
  // Outreach events (sosialisasi, issue #5); their routes are registered only when set, and GET /commitments/{id}
  // then lists the events linked to the commitment.
  domain::OutreachService* outreach = nullptr;
  // Meeting attachments (issue #5); their routes are registered only when set (serve sets it with the blob store).
  domain::MeetingAttachmentService* meeting_attachments = nullptr;
  // Training programmes, sessions and enrolments (issue #5); their routes are registered only when set.
  domain::TrainingService* training = nullptr;
  // The agency and service directory (issue #5); its routes, the public directory among them, are registered only
  // when set, and GET /directory/agencies then carries each agency's entry. Set by the composition root (src/app).
  domain::DirectoryService* directory = nullptr;
  // Case and victim figures (issue #6); their routes, the public figures among them, are registered only when set.
  domain::StatsService* stats = nullptr;
};

// deps must outlive the router.
void RegisterApiRoutes(Router& router, ApiDeps& deps);

}  // namespace sinergi::http
