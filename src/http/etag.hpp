#pragma once
// Optimistic concurrency over HTTP: a record's version is its strong ETag ("\"<version>\""); writes send it
// back in If-Match and the domain compares it with the stored version.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "http/request.hpp"

namespace sinergi::http {

// "\"7\"" for version 7.
std::string ETagFor(std::int64_t version);

// A version that no record has: an If-Match that names no version of ours maps to it, so the domain answers
// 412 version_mismatch just as for a stale version.
inline constexpr std::int64_t kNoVersion = -1;

// The version named by If-Match. Errors: kPreconditionRequired "precondition_required" (428) when the header
// is missing, empty or "*" (a write must say which version it is based on). A list takes its first strong
// entity tag; a weak or unparseable one yields kNoVersion (never matches, so the write gets 412).
core::Result<std::int64_t> RequiredIfMatchVersion(const Request& req);

// Parses one If-Match value (exposed for tests); nullopt when it is empty or "*".
std::optional<std::int64_t> ParseIfMatch(std::string_view value);

}  // namespace sinergi::http
