#include "http/server_state.hpp"

#include <spdlog/spdlog.h>

#include <filesystem>
#include <system_error>

#include "http/server_access_log.hpp"

namespace sinergi::http::detail {
namespace {

std::optional<StaticFiles> MakeStaticFiles(const std::string& web_root) {
  if (web_root.empty()) {
    return std::nullopt;
  }
  std::error_code ec;
  if (!std::filesystem::is_directory(web_root, ec)) {
    // Not fatal: the API works without the UI; every UI path will answer 404 until the folder exists.
    spdlog::warn("http: web_root {} is not a directory; the web UI will not be served", web_root);
  }
  return StaticFiles(web_root);
}

}  // namespace

ServerState::ServerState(ServerOptions opts, const Router& r, Metrics& m)
    : options(std::move(opts)),
      router(r),
      metrics(m),
      static_files(MakeStaticFiles(options.web_root)),
      access_log(AccessLogger()) {}

void ServerState::RequestStarted() {
  std::lock_guard lock(mu_);
  ++in_flight_;
}

void ServerState::RequestFinished() {
  {
    std::lock_guard lock(mu_);
    --in_flight_;
  }
  drained_.notify_all();
}

void ServerState::SessionOpened(const std::shared_ptr<Session>& session) {
  std::lock_guard lock(mu_);
  sessions_.emplace(session.get(), session);
}

void ServerState::SessionClosed(const Session* session) {
  {
    std::lock_guard lock(mu_);
    sessions_.erase(session);
  }
  drained_.notify_all();
}

std::vector<std::shared_ptr<Session>> ServerState::LiveSessions() {
  std::vector<std::shared_ptr<Session>> out;
  std::lock_guard lock(mu_);
  for (const auto& [key, weak] : sessions_) {
    if (auto session = weak.lock()) {
      out.push_back(std::move(session));
    }
  }
  return out;
}

bool ServerState::WaitDrained(std::chrono::steady_clock::duration timeout) {
  std::unique_lock lock(mu_);
  bool drained = drained_.wait_for(lock, timeout, [this] { return in_flight_ == 0 && sessions_.empty(); });
  if (!drained) {
    spdlog::warn("http: drain timeout with {} request(s) in flight and {} connection(s) open", in_flight_,
                 sessions_.size());
  }
  return drained;
}

}  // namespace sinergi::http::detail
