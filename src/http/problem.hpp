#pragma once
// application/problem+json responses (RFC 9457), shaped as docs/api.md describes:
//   {"type": "https://sinergi.go.id/problems/<code>", "title", "status", "detail", "code", "correlation_id",
//    "errors": [{"field", "code", "message"}]}   ("errors" only when there are field errors)
// Codes are stable and listed in docs/error-codes.md. All functions are pure and thread-safe.
#include <string>
#include <vector>

#include "core/error.hpp"
#include "http/response.hpp"

namespace sinergi::http {

// A domain failure: status from HttpStatusFor(e.code()), code = e.reason(), detail = e.message(),
// errors = e.fields(). For kInternal the message is logged with the correlation id and replaced by the
// generic InternalProblem() text, because internal messages may carry driver or system details.
Response ProblemResponse(const core::Error& e, const std::string& correlation_id);

// A request-shape failure decided by the HTTP layer itself (400 malformed_json, unknown_field,
// invalid_parameter; 404 not_found; 405 method_not_allowed; 413 payload_too_large;
// 415 unsupported_media_type; ...).
Response Problem(int status, std::string code, std::string detail, const std::string& correlation_id,
                 std::vector<core::FieldError> fields = {});

// 500 "internal" whose detail says only "Unexpected error; quote the correlation id <id> when reporting it."
// The caller logs what happened; nothing about it reaches the client.
Response InternalProblem(const std::string& correlation_id);

}  // namespace sinergi::http
