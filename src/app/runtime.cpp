#include "app/runtime.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "app/data_keys.hpp"
#include "app/database_factory.hpp"
#include "app/logging.hpp"
#include "app/reference_loader.hpp"
#include "storage/files/file_blob_store.hpp"

namespace sinergi::app {

core::Result<std::unique_ptr<Runtime>> Boot(const cli::CommonFlags& common, const cli::ServeCommand* serve) {
  auto rt = std::make_unique<Runtime>();
  SINERGI_TRY(rt->config, LoadConfig(common, serve));
  SetUpLogging(rt->config.log_level);
  if (serve != nullptr && rt->config.data_key_file.empty() && rt->config.data_keys.empty()) {
    return core::Error::Invalid("data_key.required",
                                "serve needs a data key for field-level encryption at rest: create one with "
                                "`sinergi key generate --out FILE` and pass --data-key-file FILE (or set "
                                "security.data_key_file / SINERGI_SECURITY_DATA_KEYS); see docs/security.md");
  }
  if (!rt->config.clock_offset_file.empty()) {
    spdlog::warn("testing.clock_offset_file is set: the clock is shifted by the seconds in {} (for tests only)",
                 rt->config.clock_offset_file);
    rt->clock = core::NewOffsetFileClock(std::move(rt->clock), rt->config.clock_offset_file);
  }
  rt->ids = core::NewUlidGenerator(*rt->clock);
  if (!rt->ids) return core::Error::Internal("libsodium failed to initialise");
  SINERGI_TRY(rt->keys, LoadDataKeys(rt->config));
  SINERGI_TRY(rt->db, OpenDatabase(rt->config, rt->keys));
  SINERGI_TRY(bool loaded, EnsureReferenceData(*rt->db, rt->config.reference_dir));
  if (loaded) spdlog::info("reference data loaded from {}", rt->config.reference_dir);
  {
    SINERGI_TRY(auto uow, rt->db->Begin(domain::ports::TxMode::kRead));
    SINERGI_TRY(auto all, uow->reference().AllRegions(4));
    rt->regions = domain::RegionDirectory(all);
  }
  rt->registry = std::make_unique<domain::RegistryService>(*rt->db, *rt->clock, *rt->ids, rt->regions);
  rt->journeys = std::make_unique<domain::JourneyService>(*rt->db, *rt->clock, *rt->ids);
  rt->cases = std::make_unique<domain::CaseService>(*rt->db, *rt->clock, *rt->ids);
  rt->case_work = std::make_unique<domain::CaseWorkService>(*rt->db, *rt->clock, *rt->ids);
  if (serve != nullptr) {  // only serve handles attachments; other commands leave attachments.dir alone
    SINERGI_TRY(rt->blobs, storage::files::FileBlobStore::Open(rt->config.attachments_dir, rt->keys.get()));
    rt->attachments = std::make_unique<domain::CaseAttachmentService>(
        *rt->db, *rt->blobs, *rt->clock, *rt->ids, domain::CaseAttachmentOptions{rt->config.attachments_max_bytes});
    rt->meeting_attachments = std::make_unique<domain::MeetingAttachmentService>(
        *rt->db, *rt->blobs, *rt->clock, *rt->ids, domain::CaseAttachmentOptions{rt->config.attachments_max_bytes});
  }
  rt->tasks =
      std::make_unique<domain::TaskService>(*rt->db, *rt->clock, *rt->ids, rt->config.referral_escalate_after_hours);
  rt->pdp = std::make_unique<domain::PdpService>(*rt->db, *rt->clock, *rt->ids);
  rt->referrals = std::make_unique<domain::ReferralService>(
      *rt->db, *rt->clock, *rt->ids, domain::ReferralOptions{rt->config.referral_escalate_after_hours});
  rt->auth = std::make_unique<domain::AuthService>(*rt->db, *rt->clock, *rt->ids, AuthOptionsFrom(rt->config));
  rt->identity = std::make_unique<domain::IdentityService>(*rt->db, *rt->clock, *rt->ids);
  rt->directory = std::make_unique<domain::DirectoryService>(*rt->db, *rt->clock, *rt->ids);
  rt->access = std::make_unique<domain::AccessService>(*rt->db, *rt->clock, *rt->ids);
  rt->coordination = std::make_unique<domain::CoordinationService>(*rt->db, *rt->clock, *rt->ids);
  rt->outreach = std::make_unique<domain::OutreachService>(*rt->db, *rt->clock, *rt->ids, *rt->cases);
  rt->training = std::make_unique<domain::TrainingService>(*rt->db, *rt->clock, *rt->ids);
  rt->stats = std::make_unique<domain::StatsService>(*rt->db, *rt->clock, *rt->ids,
                                                     domain::StatsOptions{rt->config.stats_suppression_threshold});
  return rt;
}

domain::AuthOptions AuthOptionsFrom(const Config& config) {
  domain::AuthOptions options;
  options.idle_timeout = std::chrono::minutes(config.auth_idle_timeout_minutes);
  options.absolute_timeout = std::chrono::minutes(config.auth_absolute_timeout_minutes);
  options.totp_required_roles = config.auth_totp_required_roles;
  options.max_failures = config.auth_max_failures;
  options.max_failures_per_address = config.auth_max_failures * 4;
  options.base_lock = std::chrono::seconds(config.auth_lock_seconds);
  options.max_lock = std::chrono::seconds(config.auth_max_lock_seconds);
  return options;
}

int Fail(const core::Error& e) {
  fmt::print(stderr, "sinergi: {}\n", e.message());
  if (e.reason() != "config.invalid") {  // config messages already list every key
    for (const auto& f : e.fields()) fmt::print(stderr, "  {} ({}): {}\n", f.field, f.code, f.message);
  }
  return 1;
}

}  // namespace sinergi::app
