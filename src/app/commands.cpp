#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <csignal>
#include <fstream>
#include <thread>

#include "app/application.hpp"
#include "app/database_factory.hpp"
#include "app/demo_data.hpp"
#include "app/logging.hpp"
#include "app/reference_loader.hpp"
#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "domain/journey_service.hpp"
#include "domain/registry_service.hpp"
#include "http/api.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"
#include "http/server.hpp"

namespace sinergi::app {
namespace {

constexpr const char* kVersion = "0.1.0";

int Fail(const core::Error& e) {
  fmt::print(stderr, "sinergi: {}\n", e.message());
  if (e.reason() != "config.invalid") {  // config messages already list every key
    for (const auto& f : e.fields()) fmt::print(stderr, "  {} ({}): {}\n", f.field, f.code, f.message);
  }
  return 1;
}

// Everything a running instance needs, built once.
struct Runtime {
  Config config;
  std::unique_ptr<core::Clock> clock = core::NewSystemClock();
  std::unique_ptr<core::IdGenerator> ids;
  std::unique_ptr<domain::ports::Database> db;
  domain::RegionDirectory regions;
  std::unique_ptr<domain::RegistryService> registry;
  std::unique_ptr<domain::JourneyService> journeys;
};

core::Result<std::unique_ptr<Runtime>> Boot(const cli::CommonFlags& common, const cli::ServeCommand* serve) {
  auto rt = std::make_unique<Runtime>();
  SINERGI_TRY(rt->config, LoadConfig(common, serve));
  SetUpLogging(rt->config.log_level);
  rt->ids = core::NewUlidGenerator(*rt->clock);
  if (!rt->ids) return core::Error::Internal("libsodium failed to initialise");
  SINERGI_TRY(rt->db, OpenDatabase(rt->config));
  SINERGI_TRY(bool loaded, EnsureReferenceData(*rt->db, rt->config.reference_dir));
  if (loaded) spdlog::info("reference data loaded from {}", rt->config.reference_dir);
  {
    SINERGI_TRY(auto uow, rt->db->Begin(domain::ports::TxMode::kRead));
    SINERGI_TRY(auto all, uow->reference().AllRegions(4));
    rt->regions = domain::RegionDirectory(all);
  }
  rt->registry = std::make_unique<domain::RegistryService>(*rt->db, *rt->clock, *rt->ids, rt->regions);
  rt->journeys = std::make_unique<domain::JourneyService>(*rt->db, *rt->clock, *rt->ids);
  return rt;
}

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
  if (cmd.demo) {
    auto demo = LoadDemoData(*rt.registry, *rt.journeys);
    if (demo) {
      spdlog::info("demo data loaded: {} persons, {} journeys", demo->persons, demo->journeys);
    } else if (demo.error().reason() != "demo.not_empty") {
      return Fail(demo.error());
    }
  }

  http::Metrics metrics;
  http::Router router;
  http::ApiDeps deps{*rt.registry, *rt.journeys, *rt.db, rt.regions, *rt.clock, metrics};
  http::RegisterApiRoutes(router, deps);
  http::ServerOptions options;
  options.host = rt.config.listen_host;
  options.port = rt.config.listen_port;
  options.threads = rt.config.threads;
  options.max_body_bytes = static_cast<std::size_t>(rt.config.max_body_bytes);
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
  fmt::print(
      "  sign-in and user accounts arrive with access control (issue #3); until then keep the server\n"
      "  on a loopback address (the default) and do not enter real personal data.\n");
  std::fflush(stdout);
  if (cmd.port_file) {
    // Written atomically (rename) so a watcher never reads a half-written file.
    std::string tmp = *cmd.port_file + ".tmp";
    { std::ofstream(tmp) << *port << "\n"; }
    std::rename(tmp.c_str(), cmd.port_file->c_str());
  }

  int received = 0;
  sigwait(&signals, &received);
  spdlog::info("signal {} received; finishing in-flight requests", received);
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
  auto demo = LoadDemoData(*(*booted)->registry, *(*booted)->journeys);
  if (!demo) return Fail(demo.error());
  fmt::print("demo data loaded: {} persons, {} journeys\n", demo->persons, demo->journeys);
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
        } else {
          fmt::print("sinergi {}\n", kVersion);
          return 0;
        }
      },
      command);
}

}  // namespace sinergi::app
