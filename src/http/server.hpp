#pragma once
// The HTTP server (Boost.Beast/Asio; Beast is confined to server*.cpp). Keep-alive, request size and time
// limits, a fixed thread pool, graceful shutdown: Stop() stops accepting, lets in-flight requests finish
// (bounded by drain_timeout), then returns.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "core/result.hpp"
#include "http/router.hpp"

namespace sinergi::http {

class Metrics;

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0: pick a free port (tests)
  int threads = 4;
  std::size_t max_body_bytes = 1024 * 1024;  // larger bodies get 413
  std::chrono::seconds request_timeout{30};  // reading a request / idle keep-alive
  std::chrono::seconds drain_timeout{20};    // graceful shutdown bound
  std::string web_root;                      // static files (the built web UI); empty: none
};

class Server {
 public:
  // router and metrics must outlive the server.
  Server(ServerOptions options, const Router& router, Metrics& metrics);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and starts the worker threads; returns the bound port. Errors: kUnavailable (address in use, ...).
  core::Result<std::uint16_t> Start();
  // Graceful stop; idempotent; safe to call from a signal-handling thread.
  void Stop();
  // Blocks until the server has stopped.
  void Wait();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sinergi::http
