#include "http/server_session.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <cctype>

#include "http/metrics.hpp"
#include "http/problem.hpp"
#include "http/server_access_log.hpp"
#include "http/server_dispatch.hpp"

namespace sinergi::http::detail {
namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;

// After a refusal, how long and how much of the client's unread input to drain before closing.
constexpr std::chrono::seconds kMaxLinger{2};
constexpr std::size_t kMaxLingerBytes = 16 * 1024 * 1024;

bool IEquals(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

bool IsHttpParseError(beast::error_code ec) {
  return ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category();
}

}  // namespace

Session::Session(net::ip::tcp::socket socket, std::shared_ptr<ServerState> state)
    : stream_(std::move(socket)), state_(std::move(state)) {}

Session::~Session() {
  state_->SessionClosed(this);
}

void Session::Start() {
  state_->SessionOpened(shared_from_this());
  net::dispatch(stream_.get_executor(), beast::bind_front_handler(&Session::ReadHeader, shared_from_this()));
}

void Session::CloseIfIdle() {
  net::post(stream_.get_executor(), [self = shared_from_this()] {
    const bool waiting_for_request =
        self->phase_ == Phase::kReading && self->buffer_.size() == 0 && !(self->parser_ && self->parser_->got_some());
    if (waiting_for_request || self->phase_ == Phase::kLingering) {
      self->Close();
    }
  });
}

void Session::ReadHeader() {
  if (state_->stopping) {
    ShutdownAndClose();
    return;
  }
  phase_ = Phase::kReading;
  parser_.emplace();
  parser_->header_limit(kMaxHeaderBytes);
  parser_->body_limit(static_cast<std::uint64_t>(state_->options.max_body_bytes));
  stream_.expires_after(state_->options.request_timeout);
  bhttp::async_read_header(stream_, buffer_, *parser_,
                           beast::bind_front_handler(&Session::OnHeader, shared_from_this()));
}

void Session::OnHeader(beast::error_code ec, std::size_t /*bytes*/) {
  exchange_ = Exchange{};
  exchange_.started = std::chrono::steady_clock::now();
  if (ec) {
    OnReadError(ec);
    return;
  }
  const auto& req = parser_->get();
  if (IEquals(req[bhttp::field::expect], "100-continue") && !parser_->is_done()) {
    continue_ = {bhttp::status::continue_, req.version()};
    bhttp::async_write(stream_, continue_, [self = shared_from_this()](beast::error_code wec, std::size_t) {
      if (wec) {
        self->Close();
        return;
      }
      self->ReadBody();
    });
    return;
  }
  ReadBody();
}

void Session::ReadBody() {
  if (parser_->is_done()) {
    Handle();
    return;
  }
  bhttp::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::OnBody, shared_from_this()));
}

void Session::OnBody(beast::error_code ec, std::size_t /*bytes*/) {
  if (ec) {
    OnReadError(ec);
    return;
  }
  Handle();
}

void Session::OnReadError(beast::error_code ec) {
  if (ec == bhttp::error::end_of_stream) {
    ShutdownAndClose();
  } else if (ec == bhttp::error::body_limit) {
    Refuse(413, "payload_too_large",
           fmt::format("The request body exceeds the limit of {} bytes.", state_->options.max_body_bytes));
  } else if (ec == bhttp::error::header_limit) {
    Refuse(431, "header_too_large", "The request headers are too large.");
  } else if (IsHttpParseError(ec) && ec != bhttp::error::partial_message) {
    Refuse(400, "bad_request", "The request is not valid HTTP/1.1.");
  } else {
    Close();  // timeout, reset, or closed by Stop()
  }
}

void Session::Handle() {
  phase_ = Phase::kHandling;
  state_->RequestStarted();
  BeastRequest beast_req = parser_->release();
  const unsigned version = beast_req.version();
  const bool client_keep_alive = beast_req.keep_alive();

  Request req;
  const bool target_ok = ToRequest(std::move(beast_req), req);
  req.correlation_id = CorrelationIdFrom(req.Header("x-request-id"));
  // The peer of the TCP connection, for the audit trail and sign-in throttling. Forwarded-for headers are not
  // trusted: the server is meant to be reached directly or through a proxy that the operator configures.
  beast::error_code endpoint_ec;
  const auto peer = stream_.socket().remote_endpoint(endpoint_ec);
  if (!endpoint_ec) req.remote_ip = peer.address().to_string();
  req.actor.id = "anonymous";  // replaced by the signed-in user on authenticated routes (http/auth.hpp)
  req.actor.display_name = "Anonymous";
  req.actor.correlation_id = req.correlation_id;
  req.actor.ip = req.remote_ip;
  exchange_.method = MethodName(req.method);
  exchange_.path = req.path;
  exchange_.correlation_id = req.correlation_id;

  if (!target_ok) {
    exchange_.keep_alive = client_keep_alive && !state_->stopping;
    Send(Problem(400, "bad_request", "The request target is not a valid path.", req.correlation_id), version, false);
    return;
  }
  const StaticFiles* static_files = state_->static_files ? &*state_->static_files : nullptr;
  Dispatched dispatched = Dispatch(state_->router, static_files, req);
  exchange_.route = std::move(dispatched.route);
  // Read after the handler ran: a Stop() during a slow handler must still end this connection.
  exchange_.keep_alive = client_keep_alive && !state_->stopping;
  Send(std::move(dispatched.response), version, req.method == Method::kHead);
}

void Session::Refuse(int status, std::string code, std::string detail) {
  phase_ = Phase::kHandling;
  state_->RequestStarted();
  unsigned version = 11;
  std::optional<std::string_view> client_id;
  // The parser may stop inside the header (or right at its end, for an oversized Content-Length): use what
  // it has read so far.
  if (parser_ && parser_->got_some()) {
    const auto& req = parser_->get();
    version = req.version() == 10 ? 10 : 11;
    exchange_.method = MethodName(ToMethod(req.method()));
    exchange_.path = DecodedPathOf(req.target());
    auto it = req.find("X-Request-Id");
    if (it != req.end()) {
      client_id = it->value();
    }
  }
  exchange_.correlation_id = CorrelationIdFrom(client_id);
  exchange_.keep_alive = false;
  exchange_.linger = true;
  Send(Problem(status, std::move(code), std::move(detail), exchange_.correlation_id), version, false);
}

void Session::Send(Response&& res, unsigned version, bool head) {
  exchange_.status = res.status;
  response_.emplace(ToBeastResponse(std::move(res), version, head, exchange_.keep_alive, exchange_.correlation_id));
  exchange_.body_bytes = response_->body().size();
  stream_.expires_after(state_->options.request_timeout);
  bhttp::async_write(stream_, *response_, beast::bind_front_handler(&Session::OnWrite, shared_from_this()));
}

void Session::OnWrite(beast::error_code ec, std::size_t /*bytes*/) {
  response_.reset();
  Record();
  state_->RequestFinished();
  if (ec) {
    Close();
  } else if (exchange_.linger) {
    Linger();
  } else if (!exchange_.keep_alive) {
    ShutdownAndClose();
  } else {
    ReadHeader();
  }
}

void Session::Record() {
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - exchange_.started;
  state_->metrics.ObserveRequest(exchange_.route, exchange_.method, exchange_.status, elapsed.count());
  LogAccess(*state_->access_log,
            AccessRecord{exchange_.method, exchange_.path, exchange_.route, exchange_.status, elapsed.count() * 1000.0,
                         exchange_.body_bytes, exchange_.correlation_id});
}

void Session::Linger() {
  phase_ = Phase::kLingering;
  beast::error_code ec;
  stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ec);
  stream_.expires_after(std::min<std::chrono::steady_clock::duration>(kMaxLinger, state_->options.request_timeout));
  stream_.async_read_some(net::buffer(discard_), beast::bind_front_handler(&Session::OnLinger, shared_from_this()));
}

void Session::OnLinger(beast::error_code ec, std::size_t bytes) {
  lingered_bytes_ += bytes;
  if (ec || lingered_bytes_ > kMaxLingerBytes) {
    Close();
    return;
  }
  stream_.async_read_some(net::buffer(discard_), beast::bind_front_handler(&Session::OnLinger, shared_from_this()));
}

void Session::ShutdownAndClose() {
  beast::error_code ec;
  stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ec);
  Close();
}

void Session::Close() {
  phase_ = Phase::kClosed;
  stream_.close();
}

}  // namespace sinergi::http::detail
