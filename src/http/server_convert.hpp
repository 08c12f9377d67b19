#pragma once
// Conversions between Beast messages and Sinergi's Request/Response (server*.cpp only).
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/verb.hpp>
#include <string>

#include "http/request.hpp"
#include "http/response.hpp"

namespace sinergi::http::detail {

using BeastRequest = boost::beast::http::request<boost::beast::http::string_body>;
using BeastResponse = boost::beast::http::response<boost::beast::http::string_body>;

Method ToMethod(boost::beast::http::verb verb);

// Moves method, raw target, headers (names lower-cased; repeated headers joined with ", ") and body into
// `out`, then decodes path and query parameters with Boost.URL. False if the target is not origin-form
// ("/path?query"); `out` then holds everything but path and query.
bool ToRequest(BeastRequest&& in, Request& out);

// The percent-decoded path of an origin-form target; empty if the target is not one.
std::string DecodedPathOf(std::string_view target);

// `head`: headers only, with the Content-Length the GET body would have. 1xx/204/304 never carry a body.
// Header values holding CR or LF are dropped (and logged) rather than sent.
BeastResponse ToBeastResponse(Response&& res, unsigned version, bool head, bool keep_alive,
                              const std::string& correlation_id);

}  // namespace sinergi::http::detail
