#pragma once
// The header codecs of the attachment handlers: X-File-Name / X-Description arrive percent-encoded (UTF-8 does not
// fit in an HTTP header), and Content-Disposition names the file with RFC 8187 filename*. Internal to
// handlers/case_attachments/ and handlers/meeting_attachments/.
#include <optional>
#include <string>
#include <string_view>

namespace sinergi::http::detail {

// Decodes %XX escapes ('+' stays '+'); nullopt on a malformed escape. The result may be any bytes: the domain
// checks UTF-8 and sanitises.
std::optional<std::string> PercentDecode(std::string_view in);
// `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>`: never inline.
std::string AttachmentDisposition(std::string_view file_name);

}  // namespace sinergi::http::detail
