#pragma once
// One HTTP/1.1 connection (server*.cpp only). It lives as long as an asynchronous operation holds it
// (shared_from_this). All its completion handlers run on the socket's strand, so its members need no lock;
// CloseIfIdle() is the only entry point from other threads and posts to that strand.
//
// Life of a request: read the header (limit kMaxHeaderBytes; request_timeout covers the whole read) ->
// "100 Continue" if asked -> read the body (limit max_body_bytes) -> Dispatch() -> write -> access log and
// metrics -> next request on the same connection, or close. A request that cannot be read (too large, not
// HTTP) is answered with a problem and the connection closes after draining what the client still sends, so
// the client sees the answer rather than a reset.
#include <array>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "http/server_convert.hpp"
#include "http/server_state.hpp"

namespace sinergi::http::detail {

class Session : public std::enable_shared_from_this<Session> {
 public:
  static constexpr std::uint32_t kMaxHeaderBytes = 16 * 1024;

  // `socket` must be bound to its own strand (async_accept(make_strand(ioc), ...)).
  Session(boost::asio::ip::tcp::socket socket, std::shared_ptr<ServerState> state);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  void Start();
  // Closes the connection if it waits for a request that has not begun to arrive, or is draining after a
  // refusal. A connection in the middle of a request finishes it and then closes (ServerState::stopping).
  void CloseIfIdle();

 private:
  enum class Phase { kIdle, kReading, kHandling, kLingering, kClosed };

  // The request being answered, for the access log and metrics.
  struct Exchange {
    std::chrono::steady_clock::time_point started;
    std::string method = "OTHER";
    std::string path;
    std::string route = "unmatched";
    std::string correlation_id;
    int status = 0;
    std::size_t body_bytes = 0;
    bool keep_alive = false;
    bool linger = false;  // close after draining the client's remaining input
  };

  void ReadHeader();
  void OnHeader(boost::beast::error_code ec, std::size_t bytes);
  void ReadBody();
  void OnBody(boost::beast::error_code ec, std::size_t bytes);
  void OnReadError(boost::beast::error_code ec);
  void Handle();
  void Refuse(int status, std::string code, std::string detail);
  void Send(Response&& res, unsigned version, bool head);
  void OnWrite(boost::beast::error_code ec, std::size_t bytes);
  void Record();
  void Linger();
  void OnLinger(boost::beast::error_code ec, std::size_t bytes);
  void ShutdownAndClose();
  void Close();

  boost::beast::tcp_stream stream_;
  boost::beast::flat_buffer buffer_;
  std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> parser_;
  std::optional<BeastResponse> response_;  // alive while async_write runs
  boost::beast::http::response<boost::beast::http::empty_body> continue_;
  std::shared_ptr<ServerState> state_;
  Phase phase_ = Phase::kIdle;
  Exchange exchange_;
  std::size_t lingered_bytes_ = 0;
  std::array<char, 8192> discard_{};
};

}  // namespace sinergi::http::detail
