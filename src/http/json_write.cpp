#include "http/json_write.hpp"

#include <sodium.h>

#include <boost/json/serialize.hpp>
#include <charconv>
#include <vector>

#include "http/json_read.hpp"

namespace sinergi::http {
namespace {

constexpr std::size_t kMaxSortKeyBytes = 256;

core::Error BadParameter(const std::string& name, const std::string& message) {
  return core::Error::Invalid(std::string(kInvalidParameter), "Query parameter '" + name + "' " + message + ".",
                              {{name, "invalid_value", message}});
}

}  // namespace

boost::json::value StringOrNull(const std::optional<std::string>& s) {
  if (!s) return nullptr;
  return boost::json::value(*s);
}

boost::json::value DateOrNull(const std::optional<core::Date>& d) {
  if (!d) return nullptr;
  return boost::json::value(d->ToString());
}

boost::json::string TimestampJson(core::Timestamp t) {
  return boost::json::string(core::FormatTimestamp(t));
}

boost::json::value TimestampOrNull(const std::optional<core::Timestamp>& t) {
  if (!t) return nullptr;
  return TimestampJson(*t);
}

boost::json::array StringsJson(const std::vector<std::string>& items) {
  boost::json::array out;
  out.reserve(items.size());
  for (const std::string& s : items) out.emplace_back(s);
  return out;
}

std::string ToJsonText(const boost::json::value& v) {
  return boost::json::serialize(v);
}

std::string EncodeCursor(std::string_view sort_key) {
  const std::size_t size = sodium_base64_ENCODED_LEN(sort_key.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  std::string out(size, '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(sort_key.data()), sort_key.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(size - 1);  // drop the terminating NUL written by libsodium
  return out;
}

core::Result<std::string> DecodeCursor(std::string_view cursor) {
  const char* const kMessage = "is not a cursor returned by this list";
  if (cursor.empty() || cursor.size() > 2 * kMaxSortKeyBytes) return BadParameter("cursor", kMessage);
  std::vector<unsigned char> bin(cursor.size());
  std::size_t bin_len = 0;
  const char* end = nullptr;
  if (sodium_base642bin(bin.data(), bin.size(), cursor.data(), cursor.size(), nullptr, &bin_len, &end,
                        sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
      end != cursor.data() + cursor.size() || bin_len == 0) {
    return BadParameter("cursor", kMessage);
  }
  std::string key(bin.begin(), bin.begin() + static_cast<std::ptrdiff_t>(bin_len));
  for (char c : key) {
    if (c < 0x21 || c > 0x7e) return BadParameter("cursor", kMessage);
  }
  return key;
}

core::Result<int> ReadLimit(const Request& req, int default_limit, int max_limit) {
  std::optional<std::string> limit = req.Query("limit");
  if (!limit) return default_limit;
  int value = 0;
  const char* first = limit->data();
  const char* last = first + limit->size();
  auto [ptr, ec] = std::from_chars(first, last, value);
  if (limit->empty() || ec != std::errc() || ptr != last || value < 1 || value > max_limit) {
    return BadParameter("limit", "must be an integer from 1 to " + std::to_string(max_limit));
  }
  return value;
}

core::Result<domain::ports::PageRequest> ReadPageRequest(const Request& req, int default_limit, int max_limit) {
  domain::ports::PageRequest page;
  SINERGI_TRY(page.limit, ReadLimit(req, default_limit, max_limit));
  if (std::optional<std::string> cursor = req.Query("cursor"); cursor && !cursor->empty()) {
    SINERGI_TRY(page.after, DecodeCursor(*cursor));
  }
  return page;
}

}  // namespace sinergi::http
