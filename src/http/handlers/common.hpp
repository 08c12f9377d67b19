#pragma once
// Helpers every handler uses: reading JSON bodies and query flags, and turning results into responses.
// Stateless and thread-safe.
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "core/date.hpp"
#include "core/result.hpp"
#include "http/api.hpp"
#include "http/json_read.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace sinergi::http {

// The problem response for an error. Request-shape errors made in the HTTP layer (reasons malformed_json,
// unknown_field, invalid_type, invalid_parameter) are 400 and unsupported_media_type is 415; every other error
// goes through the one ErrorCode -> status table (ProblemResponse / error_mapping.cpp).
Response ErrorResponse(const core::Error& e, const Request& req);

// application/json with the compact serialisation of body.
Response JsonResponse(int status, const boost::json::value& body);
// A single versioned resource: JSON plus ETag.
Response ResourceResponse(int status, const boost::json::value& body, std::int64_t version);

// The body as a JSON object. Errors: "unsupported_media_type" unless Content-Type is application/json (or
// application/merge-patch+json); "malformed_json".
core::Result<boost::json::object> ReadJsonBody(const Request& req);

// Reads a whole JSON body into T with read(JsonReader&) -> T, rejecting unknown fields and type errors.
template <typename T, typename Read>
core::Result<T> ReadBody(const Request& req, Read&& read) {
  SINERGI_TRY(boost::json::object body, ReadJsonBody(req));
  JsonReader reader(body);
  T value = read(reader);
  SINERGI_TRY_STATUS(reader.Finish());
  return value;
}

// A boolean query flag ("true"/"false"); absent -> fallback. Errors: "invalid_parameter" naming it.
core::Result<bool> QueryFlag(const Request& req, const std::string& name, bool fallback);
// A non-empty query parameter, or nullopt when absent or empty.
std::optional<std::string> QueryText(const Request& req, const std::string& name);

// Today's date (UTC) by the injected clock.
core::Date Today(const ApiDeps& deps);

}  // namespace sinergi::http
