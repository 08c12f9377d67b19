#include "http/server.hpp"

// GCC 12 at -O2 and above reports -Wnull-dereference false positives inside Asio's scheduler and executor
// comparisons once they are inlined here (the io_context is instantiated in this file); the ignore is scoped to
// these headers so the rest of the file keeps the warning.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnull-dereference"
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#pragma GCC diagnostic pop
#include <fmt/format.h>
#include <sodium.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "core/assert.hpp"
#include "http/server_session.hpp"
#include "http/server_state.hpp"

namespace sinergi::http {

namespace net = boost::asio;
using tcp = net::ip::tcp;

struct Server::Impl {
  Impl(ServerOptions options, const Router& router, Metrics& metrics)
      : ioc(std::max(1, options.threads)),
        accept_strand(net::make_strand(ioc)),
        acceptor(accept_strand),
        retry_timer(accept_strand),
        state(std::make_shared<detail::ServerState>(std::move(options), router, metrics)) {}

  core::Result<std::uint16_t> Listen();
  void Accept();
  void OnAccept(boost::system::error_code ec, tcp::socket socket);
  void Run();
  bool OnWorkerThread() const;

  // Declaration order is destruction order in reverse: the io_context goes last, destroying the pending
  // handlers (and with them the sessions) after the threads are joined.
  net::io_context ioc;
  net::strand<net::io_context::executor_type> accept_strand;
  tcp::acceptor acceptor;         // used on accept_strand while threads run
  net::steady_timer retry_timer;  // backs off after accept errors such as EMFILE
  std::optional<net::executor_work_guard<net::io_context::executor_type>> work;
  std::shared_ptr<detail::ServerState> state;
  std::vector<std::thread> threads;

  std::mutex lifecycle_mu;  // serialises Start/Stop/Wait
  std::condition_variable stopped_cv;
  bool started = false;  // guarded by lifecycle_mu
  bool stopped = false;  // guarded by lifecycle_mu
};

core::Result<std::uint16_t> Server::Impl::Listen() {
  const ServerOptions& opts = state->options;
  boost::system::error_code ec;
  tcp::endpoint endpoint;
  auto address = net::ip::make_address(opts.host, ec);
  if (!ec) {
    endpoint = tcp::endpoint(address, opts.port);
  } else {
    tcp::resolver resolver(ioc);
    auto results = resolver.resolve(opts.host, std::to_string(opts.port), ec);
    if (ec || results.empty()) {
      return core::Error::Unavailable(fmt::format("cannot resolve host {}: {}", opts.host, ec.message()));
    }
    endpoint = results.begin()->endpoint();
  }

  auto fail = [&](const char* what) {
    boost::system::error_code ignored;
    acceptor.close(ignored);
    return core::Error::Unavailable(
        fmt::format("cannot {} {}:{}: {}", what, endpoint.address().to_string(), endpoint.port(), ec.message()));
  };
  acceptor.open(endpoint.protocol(), ec);
  if (ec) {
    return fail("open a socket for");
  }
  acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (ec) {
    return fail("set SO_REUSEADDR on");
  }
  acceptor.bind(endpoint, ec);
  if (ec) {
    return fail("bind");
  }
  acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec) {
    return fail("listen on");
  }
  auto local = acceptor.local_endpoint(ec);
  if (ec) {
    return fail("read the bound address of");
  }
  return local.port();
}

void Server::Impl::Accept() {
  acceptor.async_accept(net::make_strand(ioc),
                        [this](boost::system::error_code ec, tcp::socket socket) { OnAccept(ec, std::move(socket)); });
}

void Server::Impl::OnAccept(boost::system::error_code ec, tcp::socket socket) {
  if (state->stopping || ec == net::error::operation_aborted) {
    return;  // the socket, if any, closes as it goes out of scope
  }
  if (ec) {
    spdlog::warn("http: accept failed: {}; retrying", ec.message());
    retry_timer.expires_after(std::chrono::milliseconds(100));
    retry_timer.async_wait([this](boost::system::error_code timer_ec) {
      if (!timer_ec && !state->stopping) {
        Accept();
      }
    });
    return;
  }
  std::make_shared<detail::Session>(std::move(socket), state)->Start();
  Accept();
}

// Handlers are not supposed to throw (Dispatch catches), but an escape (bad_alloc) must not take a worker
// thread down with it.
void Server::Impl::Run() {
  for (;;) {
    try {
      ioc.run();
      return;
    } catch (const std::exception& e) {
      spdlog::error("http: exception escaped the event loop: {}", e.what());
    } catch (...) {
      spdlog::error("http: non-standard exception escaped the event loop");
    }
  }
}

bool Server::Impl::OnWorkerThread() const {
  const auto self = std::this_thread::get_id();
  return std::any_of(threads.begin(), threads.end(), [&](const std::thread& t) { return t.get_id() == self; });
}

Server::Server(ServerOptions options, const Router& router, Metrics& metrics) {
  // Correlation ids come from libsodium's CSPRNG; sodium_init() is idempotent and thread-safe.
  SINERGI_CHECK(sodium_init() >= 0);
  impl_ = std::make_unique<Impl>(std::move(options), router, metrics);
}

Server::~Server() {
  Stop();
}

core::Result<std::uint16_t> Server::Start() {
  std::lock_guard lock(impl_->lifecycle_mu);
  if (impl_->started) {
    return core::Error::Internal("the HTTP server was already started");
  }
  auto port = impl_->Listen();
  if (!port) {
    return port;
  }
  impl_->work.emplace(net::make_work_guard(impl_->ioc));
  net::post(impl_->accept_strand, [impl = impl_.get()] { impl->Accept(); });
  const int n = std::max(1, impl_->state->options.threads);
  impl_->threads.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    impl_->threads.emplace_back([impl = impl_.get()] { impl->Run(); });
  }
  impl_->started = true;
  spdlog::info("http: listening on {}:{} with {} thread(s)", impl_->state->options.host, *port, n);
  return port;
}

void Server::Stop() {
  std::lock_guard lock(impl_->lifecycle_mu);
  if (!impl_->started || impl_->stopped) {
    return;
  }
  // Joining from a worker would wait for itself; a handler must never stop the server.
  SINERGI_CHECK(!impl_->OnWorkerThread());

  Impl& impl = *impl_;
  impl.state->stopping = true;
  net::post(impl.accept_strand, [&impl] {
    boost::system::error_code ignored;
    impl.acceptor.close(ignored);
    impl.retry_timer.cancel();
  });
  for (const auto& session : impl.state->LiveSessions()) {
    session->CloseIfIdle();
  }
  impl.state->WaitDrained(impl.state->options.drain_timeout);

  impl.work.reset();
  impl.ioc.stop();
  for (auto& t : impl.threads) {
    t.join();
  }
  impl.threads.clear();
  boost::system::error_code ignored;
  impl.acceptor.close(ignored);  // if the posted close never ran
  impl.stopped = true;
  impl.stopped_cv.notify_all();
  spdlog::info("http: stopped");
}

void Server::Wait() {
  std::unique_lock lock(impl_->lifecycle_mu);
  impl_->stopped_cv.wait(lock, [this] { return !impl_->started || impl_->stopped; });
}

}  // namespace sinergi::http
