#pragma once
// Expected failures as values (STYLE.md §4). An Error has a closed category (ErrorCode), a stable
// machine-readable reason (e.g. "person.not_found", sent to clients as problem+json `code`), a human
// message, and optional per-field details for validation failures.
#include <string>
#include <utility>
#include <vector>

namespace sinergi::core {

enum class ErrorCode {
  kInvalid,               // input breaks a rule; details name the fields
  kNotFound,              // the addressed thing does not exist (or is not visible)
  kConflict,              // uniqueness or state conflict with what is stored
  kPreconditionFailed,    // optimistic concurrency: the client's version is stale
  kPreconditionRequired,  // a write came without the version it is based on
  kForbidden,             // the actor may not do this
  kUnauthenticated,       // no valid identity
  kRateLimited,           // too many attempts (e.g. failed sign-ins); retry later
  kUnavailable,           // a dependency (database) is down or busy; retrying may help
  kInternal,              // a bug or an unexpected failure
};

struct FieldError {
  std::string field;    // JSON path of the offending input, e.g. "documents[2].status"
  std::string code;     // stable code, e.g. "required", "invalid_format", "unknown_code"
  std::string message;  // human explanation (English)
};

class Error {
 public:
  Error(ErrorCode code, std::string reason, std::string message, std::vector<FieldError> fields = {})
      : code_(code), reason_(std::move(reason)), message_(std::move(message)), fields_(std::move(fields)) {}

  ErrorCode code() const { return code_; }
  const std::string& reason() const { return reason_; }
  const std::string& message() const { return message_; }
  const std::vector<FieldError>& fields() const { return fields_; }

  static Error NotFound(std::string reason, std::string message) {
    return {ErrorCode::kNotFound, std::move(reason), std::move(message)};
  }
  static Error Invalid(std::string reason, std::string message, std::vector<FieldError> fields = {}) {
    return {ErrorCode::kInvalid, std::move(reason), std::move(message), std::move(fields)};
  }
  static Error Validation(std::vector<FieldError> fields) {
    return {ErrorCode::kInvalid, "validation_failed", "The request has invalid fields.", std::move(fields)};
  }
  static Error Conflict(std::string reason, std::string message, std::vector<FieldError> fields = {}) {
    return {ErrorCode::kConflict, std::move(reason), std::move(message), std::move(fields)};
  }
  static Error StaleVersion() {
    return {ErrorCode::kPreconditionFailed, "version_mismatch",
            "The record was changed by someone else; reload it and apply your change again."};
  }
  static Error Unavailable(std::string message) { return {ErrorCode::kUnavailable, "unavailable", std::move(message)}; }
  static Error Internal(std::string message) { return {ErrorCode::kInternal, "internal", std::move(message)}; }

 private:
  ErrorCode code_;
  std::string reason_;
  std::string message_;
  std::vector<FieldError> fields_;
};

const char* ToString(ErrorCode code);

}  // namespace sinergi::core
