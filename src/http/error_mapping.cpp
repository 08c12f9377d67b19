#include "http/error_mapping.hpp"

namespace sinergi::http {

// WARNING: this is the only ErrorCode -> HTTP table. When you change it, change docs/error-codes.md and the
// "Status codes for domain errors" section of docs/api.md in the same commit: clients rely on them.
// No `default:` so that a new ErrorCode is a compiler warning here (-Wswitch) rather than a silent 500.
int HttpStatusFor(core::ErrorCode code) {
  switch (code) {
    case core::ErrorCode::kInvalid:
      return 422;
    case core::ErrorCode::kNotFound:
      return 404;
    case core::ErrorCode::kConflict:
      return 409;
    case core::ErrorCode::kPreconditionFailed:
      return 412;
    case core::ErrorCode::kPreconditionRequired:
      return 428;
    case core::ErrorCode::kForbidden:
      return 403;
    case core::ErrorCode::kUnauthenticated:
      return 401;
    case core::ErrorCode::kRateLimited:
      return 429;
    case core::ErrorCode::kUnavailable:
      return 503;
    case core::ErrorCode::kInternal:
      return 500;
  }
  return 500;  // an out-of-range enum value: a bug, answered as one
}

}  // namespace sinergi::http
