#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <csignal>
#include <fstream>
#include <thread>

#include "app/application.hpp"
#include "app/database_factory.hpp"
#include "app/demo_data.hpp"
#include "app/demo_directory.hpp"
#include "app/demo_identity.hpp"
#include "app/logging.hpp"
#include "app/periodic_job.hpp"
#include "app/reference_loader.hpp"
#include "app/run_commands.hpp"
#include "app/runtime.hpp"
#include "http/api.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"
#include "http/server.hpp"

namespace sinergi::app {
namespace {

constexpr const char* kVersion = "0.1.0";
// How often serve looks for referrals left unanswered past referral.escalate_after_hours.
constexpr std::chrono::minutes kReferralEscalationPeriod{5};

int RunServe(const cli::ServeCommand& cmd) {
  // Block termination signals before any thread starts, so only the waiter below receives them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto booted = Boot(cmd.common, &cmd);
  if (!booted) return Fail(booted.error());
  Runtime& rt = **booted;
  bool demo_accounts = false;
  if (cmd.demo) {
    // Accounts first: the registry demo is loaded by a system actor, but nobody could look at it without them.
    auto accounts = LoadDemoIdentity(*rt.identity, *rt.db);
    if (!accounts) return Fail(accounts.error());
    demo_accounts = *accounts;
    auto demo = LoadDemo(rt);
    if (demo) {
      spdlog::info("demo data loaded: {} persons, {} journeys, {} cases with {} victims", demo->persons, demo->journeys,
                   demo->cases, demo->victims);
    } else if (demo.error().reason() != "demo.not_empty") {
      return Fail(demo.error());
    }
    if (auto directory = LoadDemoDirectory(*rt.directory, *rt.db); !directory) return Fail(directory.error());
  }

  http::Metrics metrics;
  http::Router router;
  http::ApiDeps deps{*rt.registry, *rt.journeys, *rt.auth,  *rt.identity, *rt.access,
                     *rt.db,       rt.regions,   *rt.clock, metrics,      rt.config.secure_cookies};
  deps.pdp = rt.pdp.get();
  deps.cases = rt.cases.get();
  deps.referrals = rt.referrals.get();
  deps.directory = rt.directory.get();
  deps.stats = rt.stats.get();
  deps.case_work = rt.case_work.get();
  deps.attachments = rt.attachments.get();
  deps.tasks = rt.tasks.get();
  deps.coordination = rt.coordination.get();
  deps.outreach = rt.outreach.get();
  deps.meeting_attachments = rt.meeting_attachments.get();
  deps.training = rt.training.get();
  http::RegisterApiRoutes(router, deps);
  http::ServerOptions options;
  options.host = rt.config.listen_host;
  options.port = rt.config.listen_port;
  options.threads = rt.config.threads;
  // An upload is one raw body: the limit must let attachments.max_bytes through (plus room for nothing else: the
  // body is the file). Other routes keep their own checks; JSON bodies that large are refused by their readers.
  options.max_body_bytes =
      static_cast<std::size_t>(std::max(rt.config.max_body_bytes, rt.config.attachments_max_bytes));
  options.request_timeout = std::chrono::seconds(rt.config.request_timeout_seconds);
  options.drain_timeout = std::chrono::seconds(rt.config.drain_timeout_seconds);
  options.web_root = rt.config.web_root;
  http::Server server(options, router, metrics);
  auto port = server.Start();
  if (!port) return Fail(port.error());

  std::string host = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
  if (host == "127.0.0.1" || host == "0.0.0.0" || host == "[::]") host = "localhost";
  fmt::print("Sinergi {} is running at http://{}:{}/\n", kVersion, host, *port);
  fmt::print("  database: {}\n", rt.config.database_url);
  if (demo_accounts) {
    fmt::print(
        "  demo sign-in (password {}): admin (administrator), petugas and supervisor (BP3MI Jawa Tengah),\n"
        "  petugas.kalbar (BP3MI Kalimantan Barat), petugas.ppa (DP3A Kota Semarang)\n",
        kDemoPassword);
  }
  std::fflush(stdout);
  if (cmd.port_file) {
    // Written atomically (rename) so a watcher never reads a half-written file.
    std::string tmp = *cmd.port_file + ".tmp";
    { std::ofstream(tmp) << *port << "\n"; }
    std::rename(tmp.c_str(), cmd.port_file->c_str());
  }

  // Background jobs run while the server does; stopped (joined) before the server drains.
  PeriodicJob escalation("referral-escalation", kReferralEscalationPeriod, [&rt] { EscalateReferralsNow(rt); });

  int received = 0;
  sigwait(&signals, &received);
  spdlog::info("signal {} received; finishing in-flight requests", received);
  escalation.Stop();
  server.Stop();
  server.Wait();
  spdlog::info("stopped");
  return 0;
}

int RunMigrate(const cli::MigrateCommand& cmd) {
  auto config = LoadConfig(cmd.common, nullptr);
  if (!config) return Fail(config.error());
  SetUpLogging(config->log_level);
  auto applied = MigrateDatabase(*config);
  if (!applied) return Fail(applied.error());
  auto db = OpenDatabase(*config);
  if (!db) return Fail(db.error());
  auto loaded = EnsureReferenceData(**db, config->reference_dir);
  if (!loaded) return Fail(loaded.error());
  fmt::print("migrations applied: {}; reference data {}\n", *applied, *loaded ? "loaded" : "already present");
  return 0;
}

int RunDemoData(const cli::DemoDataCommand& cmd) {
  auto booted = Boot(cmd.common, nullptr);
  if (!booted) return Fail(booted.error());
  auto demo = LoadDemo(**booted);
  if (!demo) return Fail(demo.error());
  if (auto directory = LoadDemoDirectory(*(*booted)->directory, *(*booted)->db); !directory) {
    return Fail(directory.error());
  }
  fmt::print("demo data loaded: {} persons, {} journeys, {} cases with {} victims\n", demo->persons, demo->journeys,
             demo->cases, demo->victims);
  return 0;
}

}  // namespace

int Run(const cli::Command& command) {
  return std::visit(
      [](const auto& cmd) -> int {
        using T = std::decay_t<decltype(cmd)>;
        if constexpr (std::is_same_v<T, cli::ServeCommand>) {
          return RunServe(cmd);
        } else if constexpr (std::is_same_v<T, cli::MigrateCommand>) {
          return RunMigrate(cmd);
        } else if constexpr (std::is_same_v<T, cli::DemoDataCommand>) {
          return RunDemoData(cmd);
        } else if constexpr (std::is_same_v<T, cli::AgencyAddCommand>) {
          return RunAgencyAdd(cmd);
        } else if constexpr (std::is_same_v<T, cli::UserAddCommand>) {
          return RunUserAdd(cmd);
        } else if constexpr (std::is_same_v<T, cli::UserResetPasswordCommand>) {
          return RunUserResetPassword(cmd);
        } else if constexpr (std::is_same_v<T, cli::UserDisableCommand>) {
          return RunUserDisable(cmd);
        } else if constexpr (std::is_same_v<T, cli::AuditVerifyCommand>) {
          return RunAuditVerify(cmd);
        } else if constexpr (std::is_same_v<T, cli::AuditHeadsCommand>) {
          return RunAuditHeads(cmd);
        } else if constexpr (std::is_same_v<T, cli::AuditAnchorCommand>) {
          return RunAuditAnchor(cmd);
        } else if constexpr (std::is_same_v<T, cli::KeyGenerateCommand>) {
          return RunKeyGenerate(cmd);
        } else if constexpr (std::is_same_v<T, cli::KeyStatusCommand>) {
          return RunKeyStatus(cmd);
        } else if constexpr (std::is_same_v<T, cli::KeyRotateCommand>) {
          return RunKeyRotate(cmd);
        } else if constexpr (std::is_same_v<T, cli::RetentionRunCommand>) {
          return RunRetention(cmd);
        } else if constexpr (std::is_same_v<T, cli::ReferralsEscalateCommand>) {
          return RunReferralsEscalate(cmd);
        } else {
          static_assert(std::is_same_v<T, cli::VersionCommand>, "a command without a runner");
          fmt::print("sinergi {}\n", kVersion);
          return 0;
        }
      },
      command);
}

}  // namespace sinergi::app
