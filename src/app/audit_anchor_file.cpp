// Reading and appending the anchor file (audit_anchor_file.hpp).
//
// Why strict parsing: the file is evidence. A line that does not read back exactly as written (an unknown key,
// a hash of the wrong form, a period that names no day or hour) is reported rather than skipped, so a damaged or
// hand-edited file cannot quietly drop the heads that would have exposed a rewritten trail.
#include "app/audit_anchor_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <utility>

namespace sinergi::app {
namespace {

namespace json = boost::json;
using domain::AuditAnchor;

core::Error Invalid(std::string message) {
  return core::Error::Invalid("audit.anchor_file_invalid", std::move(message));
}

// "\"key\" what", built by appending: g++ 12 at -O3 reports a false -Wrestrict on `"\"" + std::string(...)`
// (GCC PR 105329).
core::Error KeyError(std::string_view key, std::string_view what) {
  std::string message = "\"";
  message.append(key).append("\" ").append(what);
  return Invalid(std::move(message));
}

bool IsHash(std::string_view s) {
  return s.size() == 64 && s.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

core::Result<std::int64_t> PositiveInt(const json::object& o, std::string_view key) {
  const json::value& v = o.at(key);
  if (!v.is_int64() || v.get_int64() < 1) return KeyError(key, "must be a whole number >= 1");
  return v.get_int64();
}

core::Result<std::string> Text(const json::object& o, std::string_view key) {
  const json::value& v = o.at(key);
  if (!v.is_string() || v.get_string().empty()) return KeyError(key, "must be a text");
  return std::string(v.get_string());
}

core::Error SystemError(const std::string& what, const std::string& path) {
  return core::Error::Unavailable("cannot " + what + " the anchor file " + path + ": " + std::strerror(errno));
}

}  // namespace

std::string FormatAnchorLine(const AuditAnchor& anchor) {
  json::object o;
  o["period"] = anchor.period;
  o["seq"] = anchor.seq;
  o["entry_id"] = anchor.entry_id;
  o["at"] = core::FormatTimestamp(anchor.at);
  o["hash"] = anchor.hash;
  o["entries"] = anchor.entries;
  if (anchor.open) o["open"] = true;
  return json::serialize(o);
}

core::Result<AuditAnchor> ParseAnchorLine(std::string_view line) {
  json::error_code ec;
  json::value parsed = json::parse(line, ec);
  if (ec || !parsed.is_object()) return Invalid("not a JSON object");
  const json::object& o = parsed.get_object();
  static const std::set<std::string_view> kRequired = {"period", "seq", "entry_id", "at", "hash", "entries"};
  for (const auto& field : o) {
    if (!kRequired.contains(field.key()) && field.key() != "open") {
      std::string message = "unknown key \"";
      message.append(field.key()).push_back('"');
      return Invalid(std::move(message));
    }
  }
  for (std::string_view key : kRequired) {
    if (!o.contains(key)) return KeyError(key, "is missing");
  }
  AuditAnchor a;
  SINERGI_TRY(a.period, Text(o, "period"));
  if (!domain::AnchorPeriodStart(a.period))
    return Invalid("\"period\" is not a day YYYY-MM-DD or an hour YYYY-MM-DDTHHZ");
  SINERGI_TRY(a.seq, PositiveInt(o, "seq"));
  SINERGI_TRY(a.entry_id, Text(o, "entry_id"));
  SINERGI_TRY(std::string at, Text(o, "at"));
  auto time = core::ParseTimestamp(at);
  if (!time) return Invalid("\"at\" is not an RFC 3339 UTC time");
  a.at = *time;
  SINERGI_TRY(a.hash, Text(o, "hash"));
  if (!IsHash(a.hash)) return Invalid("\"hash\" is not 64 lowercase hex digits");
  SINERGI_TRY(a.entries, PositiveInt(o, "entries"));
  if (o.contains("open")) {
    const json::value& open = o.at("open");
    if (!open.is_bool()) return Invalid("\"open\" must be true or false");
    a.open = open.get_bool();
  }
  return a;
}

core::Result<std::vector<AuditAnchor>> ReadAnchorFile(const std::string& path, bool missing_is_empty) {
  std::error_code exists_error;
  if (!std::filesystem::exists(path, exists_error) && !exists_error) {
    if (missing_is_empty) return std::vector<AuditAnchor>{};
    return core::Error::NotFound("audit.anchor_file_missing", "there is no anchor file " + path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return SystemError("read", path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  std::vector<AuditAnchor> anchors;
  std::size_t start = 0;
  for (std::size_t line_no = 1; start < text.size(); ++line_no) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    auto anchor = ParseAnchorLine(std::string_view(text).substr(start, end - start));
    if (!anchor) return Invalid(path + " line " + std::to_string(line_no) + ": " + anchor.error().message());
    anchors.push_back(std::move(*anchor));
    start = end + 1;
  }
  return anchors;
}

core::Status AppendAnchorFile(const std::string& path, const std::vector<AuditAnchor>& anchors) {
  // Created even with nothing to append, so a timer's copy step finds the file from the first run on.
  const int fd = ::open(path.c_str(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return SystemError("open", path);
  std::string text;
  // A file whose last line lost its newline (copied by hand) must not have the first new line run into it.
  struct stat st {};
  char last = '\n';
  if (::fstat(fd, &st) == 0 && st.st_size > 0 && ::pread(fd, &last, 1, st.st_size - 1) == 1 && last != '\n') {
    text.push_back('\n');
  }
  for (const AuditAnchor& a : anchors) text += FormatAnchorLine(a) + "\n";
  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      core::Error error = SystemError("write", path);
      ::close(fd);
      return error;
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    core::Error error = SystemError("flush", path);
    ::close(fd);
    return error;
  }
  if (::close(fd) != 0) return SystemError("close", path);
  return core::Ok();
}

}  // namespace sinergi::app
