#include "http/etag.hpp"

#include <charconv>

namespace sinergi::http {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "\"12\"" -> 12; anything else (weak tags, other quoting, non-digits, negative) -> nullopt. "\"0\"" is the version of
// a record that is not stored yet (an agency's empty directory entry); every other record starts at 1, so for them
// it is simply stale.
std::optional<std::int64_t> StrongVersion(std::string_view tag) {
  if (tag.size() < 3 || tag.front() != '"' || tag.back() != '"') return std::nullopt;
  std::string_view digits = tag.substr(1, tag.size() - 2);
  std::int64_t v = 0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  if (ec != std::errc() || ptr != digits.data() + digits.size() || v < 0) return std::nullopt;
  return v;
}

}  // namespace

std::string ETagFor(std::int64_t version) {
  // Built by appending: GCC 12 at -O3 reports a false -Wrestrict for `"\"" + std::to_string(...)` (GCC PR 105329).
  std::string tag(1, '"');
  tag += std::to_string(version);
  tag += '"';
  return tag;
}

std::optional<std::int64_t> ParseIfMatch(std::string_view value) {
  value = Trim(value);
  if (value.empty() || value == "*") return std::nullopt;
  while (!value.empty()) {
    const std::size_t comma = value.find(',');
    std::string_view tag = Trim(value.substr(0, comma));
    if (std::optional<std::int64_t> v = StrongVersion(tag)) return v;
    if (comma == std::string_view::npos) break;
    value.remove_prefix(comma + 1);
  }
  return kNoVersion;
}

core::Result<std::int64_t> RequiredIfMatchVersion(const Request& req) {
  std::optional<std::string_view> header = req.Header("if-match");
  std::optional<std::int64_t> version = header ? ParseIfMatch(*header) : std::nullopt;
  if (!version) {
    return core::Error(core::ErrorCode::kPreconditionRequired, "precondition_required",
                       "This write needs an If-Match header with the ETag of the version you read "
                       "(If-Match: * is not accepted).");
  }
  return *version;
}

}  // namespace sinergi::http
