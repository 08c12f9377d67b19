// Header codecs of the attachment handlers (RFC 3986 percent-encoding, RFC 8187 / RFC 6266 Content-Disposition).
#include "http/handlers/case_attachments/case_attachments_headers.hpp"

#include <cctype>

namespace sinergi::http::detail {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// RFC 8187 attr-char: what may appear unescaped in filename*.
bool IsAttrChar(unsigned char c) {
  return std::isalnum(c) != 0 || std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
}

}  // namespace

std::optional<std::string> PercentDecode(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '%') {
      out.push_back(in[i]);
      continue;
    }
    if (i + 2 >= in.size()) return std::nullopt;
    const int hi = HexValue(in[i + 1]);
    const int lo = HexValue(in[i + 2]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return out;
}

std::string AttachmentDisposition(std::string_view file_name) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string fallback;
  std::string encoded;
  for (char ch : file_name) {
    const auto c = static_cast<unsigned char>(ch);
    // The quoted fallback carries printable ASCII only (no quote or backslash); anything else becomes '_'.
    fallback.push_back(c >= 0x20 && c < 0x7F && ch != '"' && ch != '\\' ? ch : '_');
    if (IsAttrChar(c)) {
      encoded.push_back(ch);
    } else {
      encoded.push_back('%');
      encoded.push_back(kHex[c >> 4]);
      encoded.push_back(kHex[c & 0x0F]);
    }
  }
  return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace sinergi::http::detail
