#pragma once
// State shared by the server's listener and its sessions (server*.cpp only): configuration, the router, and
// the bookkeeping that the graceful stop waits on.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

#include "http/server.hpp"
#include "http/server_static.hpp"

namespace spdlog {
class logger;
}  // namespace spdlog

namespace sinergi::http::detail {

class Session;

struct ServerState {
  ServerState(ServerOptions opts, const Router& r, Metrics& m);

  const ServerOptions options;
  const Router& router;
  Metrics& metrics;
  const std::optional<StaticFiles> static_files;  // set iff options.web_root is non-empty
  const std::shared_ptr<spdlog::logger> access_log;
  std::atomic<bool> stopping{false};  // set once by Stop(); sessions then finish and close

  // Each request counts from "fully read" (or "refused") to "response written".
  void RequestStarted();
  void RequestFinished();
  void SessionOpened(const std::shared_ptr<Session>& session);
  void SessionClosed(const Session* session);
  std::vector<std::shared_ptr<Session>> LiveSessions();
  // Blocks until no request is in flight and no connection is open, or `timeout` passes. True if drained.
  bool WaitDrained(std::chrono::steady_clock::duration timeout);

 private:
  std::mutex mu_;
  std::condition_variable drained_;  // notified whenever in_flight_ or sessions_ shrinks
  // State below is protected by mu_.
  int in_flight_ = 0;
  std::unordered_map<const Session*, std::weak_ptr<Session>> sessions_;
};

}  // namespace sinergi::http::detail
