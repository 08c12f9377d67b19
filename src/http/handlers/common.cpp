#include "http/handlers/common.hpp"

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <cctype>

#include "domain/tppo_screening.hpp"
#include "http/etag.hpp"
#include "http/json_read.hpp"
#include "http/problem.hpp"

namespace sinergi::http {
namespace {

std::string LowerMediaType(std::string_view content_type) {
  std::string_view media = content_type.substr(0, content_type.find(';'));
  while (!media.empty() && media.back() == ' ') media.remove_suffix(1);
  while (!media.empty() && media.front() == ' ') media.remove_prefix(1);
  std::string out(media);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

Response ErrorResponse(const core::Error& e, const Request& req) {
  const std::string& reason = e.reason();
  if (reason == kUnsupportedMediaType) {
    return Problem(415, reason, e.message(), req.correlation_id, e.fields());
  }
  if (reason == kMalformedJson || reason == kUnknownField || reason == kInvalidType || reason == kInvalidParameter ||
      reason == domain::kUnknownCodeReason) {
    return Problem(400, reason, e.message(), req.correlation_id, e.fields());
  }
  return ProblemResponse(e, req.correlation_id);
}

Response JsonResponse(int status, const boost::json::value& body) {
  Response res;
  res.status = status;
  res.content_type = "application/json";
  res.body = boost::json::serialize(body);
  return res;
}

Response ResourceResponse(int status, const boost::json::value& body, std::int64_t version) {
  Response res = JsonResponse(status, body);
  res.SetHeader("ETag", ETagFor(version));
  return res;
}

core::Result<boost::json::object> ReadJsonBody(const Request& req) {
  std::optional<std::string_view> content_type = req.Header("content-type");
  const std::string media = content_type ? LowerMediaType(*content_type) : std::string();
  if (media != "application/json" && media != "application/merge-patch+json") {
    return core::Error::Invalid(std::string(kUnsupportedMediaType),
                                "The body must be sent as Content-Type: application/json.");
  }
  return ParseJsonObject(req.body);
}

core::Result<bool> QueryFlag(const Request& req, const std::string& name, bool fallback) {
  std::optional<std::string> value = req.Query(name);
  if (!value || value->empty()) return fallback;
  if (*value == "true") return true;
  if (*value == "false") return false;
  return core::Error::Invalid(std::string(kInvalidParameter), "Query parameter '" + name + "' must be true or false.",
                              {{name, "invalid_value", "must be true or false"}});
}

std::optional<std::string> QueryText(const Request& req, const std::string& name) {
  std::optional<std::string> value = req.Query(name);
  if (!value || value->empty()) return std::nullopt;
  return value;
}

core::Date Today(const ApiDeps& deps) {
  return core::DateOf(deps.clock.Now());
}

}  // namespace sinergi::http
