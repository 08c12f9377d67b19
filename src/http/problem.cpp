#include "http/problem.hpp"

#include <spdlog/spdlog.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <utility>

#include "http/error_mapping.hpp"

namespace sinergi::http {
namespace {

constexpr const char* kTypePrefix = "https://sinergi.go.id/problems/";

const char* TitleFor(int status) {
  switch (status) {
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 406:
      return "Not Acceptable";
    case 408:
      return "Request Timeout";
    case 409:
      return "Conflict";
    case 410:
      return "Gone";
    case 412:
      return "Precondition Failed";
    case 413:
      return "Content Too Large";
    case 415:
      return "Unsupported Media Type";
    case 422:
      return "Unprocessable Content";
    case 428:
      return "Precondition Required";
    case 429:
      return "Too Many Requests";
    case 431:
      return "Request Header Fields Too Large";
    case 500:
      return "Internal Server Error";
    case 501:
      return "Not Implemented";
    case 503:
      return "Service Unavailable";
    default:
      return status >= 500 ? "Server Error" : "Client Error";
  }
}

}  // namespace

Response Problem(int status, std::string code, std::string detail, const std::string& correlation_id,
                 std::vector<core::FieldError> fields) {
  boost::json::object body;
  body["type"] = kTypePrefix + code;
  body["title"] = TitleFor(status);
  body["status"] = status;
  body["detail"] = std::move(detail);
  body["code"] = std::move(code);
  body["correlation_id"] = correlation_id;
  if (!fields.empty()) {
    boost::json::array errors;
    errors.reserve(fields.size());
    for (auto& f : fields) {
      errors.push_back(boost::json::object{
          {"field", std::move(f.field)}, {"code", std::move(f.code)}, {"message", std::move(f.message)}});
    }
    body["errors"] = std::move(errors);
  }

  Response res;
  res.status = status;
  res.content_type = "application/problem+json";
  res.body = boost::json::serialize(body);
  return res;
}

Response InternalProblem(const std::string& correlation_id) {
  return Problem(500, "internal",
                 "Unexpected error; quote the correlation id " + correlation_id + " when reporting it.",
                 correlation_id);
}

Response ProblemResponse(const core::Error& e, const std::string& correlation_id) {
  if (e.code() == core::ErrorCode::kInternal) {
    spdlog::error("internal error correlation_id={} reason={} message={}", correlation_id, e.reason(), e.message());
    return InternalProblem(correlation_id);
  }
  return Problem(HttpStatusFor(e.code()), e.reason(), e.message(), correlation_id, e.fields());
}

}  // namespace sinergi::http
