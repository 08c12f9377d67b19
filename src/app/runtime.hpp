#pragma once
// What every command that works on a database needs, built once (the composition root, STYLE.md §2): the
// configuration, clock, ids, the chosen storage backend, the region directory and the domain services.
#include <memory>

#include "app/config.hpp"
#include "cli/invocation.hpp"
#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/key_ring.hpp"
#include "core/result.hpp"
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

namespace sinergi::app {

// Members are declared in dependency order, so they are destroyed services-first.
struct Runtime {
  Config config;
  std::unique_ptr<core::Clock> clock = core::NewSystemClock();
  std::unique_ptr<core::IdGenerator> ids;
  std::shared_ptr<const core::KeyRing> keys;  // the data key ring (app/data_keys.hpp); null when none is configured
  std::unique_ptr<domain::ports::Database> db;
  std::unique_ptr<domain::ports::BlobStore> blobs;  // attachment contents (attachments.dir); serve only, else null
  domain::RegionDirectory regions;
  std::unique_ptr<domain::RegistryService> registry;
  std::unique_ptr<domain::JourneyService> journeys;
  std::unique_ptr<domain::CaseService> cases;
  std::unique_ptr<domain::CaseWorkService> case_work;  // services delivered and notes of cases
  // Case attachments, with `blobs`: serve only, else null.
  std::unique_ptr<domain::CaseAttachmentService> attachments;
  std::unique_ptr<domain::MeetingAttachmentService> meeting_attachments;  // likewise (issue #5)
  std::unique_ptr<domain::TaskService> tasks;
  std::unique_ptr<domain::AuthService> auth;
  std::unique_ptr<domain::IdentityService> identity;
  std::unique_ptr<domain::AccessService> access;
  std::unique_ptr<domain::PdpService> pdp;
  std::unique_ptr<domain::ReferralService> referrals;
  std::unique_ptr<domain::DirectoryService> directory;        // the agency and service directory (issue #5)
  std::unique_ptr<domain::CoordinationService> coordination;  // forums, meetings and commitments (issue #5)
  std::unique_ptr<domain::OutreachService> outreach;          // outreach events (sosialisasi, issue #5)
  std::unique_ptr<domain::TrainingService> training;          // training programmes, sessions and enrolments (issue #5)
  std::unique_ptr<domain::StatsService> stats;                // case and victim figures (issue #6)
};

// Loads the configuration (serve may be null), sets up logging, opens (and migrates) the database, loads the
// reference data on first start, and builds the services.
core::Result<std::unique_ptr<Runtime>> Boot(const cli::CommonFlags& common, const cli::ServeCommand* serve);

// The sign-in rules of the configuration (auth.* keys).
domain::AuthOptions AuthOptionsFrom(const Config& config);

// Prints the error (and its field errors) to stderr; returns exit code 1.
int Fail(const core::Error& e);

}  // namespace sinergi::app
