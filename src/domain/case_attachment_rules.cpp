// The rules of case attachments: the allow-list, type detection by magic bytes, file-name sanitising. The type is
// judged on the bytes, never on the name or the client's word alone: a renamed HTML page must not become an "image".
#include <algorithm>
#include <cctype>
#include <string>

#include "domain/case_attachment.hpp"
#include "domain/detail/text.hpp"

namespace sinergi::domain {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// The length of the UTF-8 sequence at s[i], or 0 if it is not a valid (shortest-form, non-surrogate) one.
std::size_t Utf8SequenceAt(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = b(0);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(k) & 0xC0) != 0x80) return 0;
  }
  if (c == 0xE0 && b(1) < 0xA0) return 0;  // overlong
  if (c == 0xED && b(1) > 0x9F) return 0;  // surrogates
  if (c == 0xF0 && b(1) < 0x90) return 0;  // overlong
  if (c == 0xF4 && b(1) > 0x8F) return 0;  // beyond U+10FFFF
  return n;
}

bool IsUtf8WithoutNul(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '\0') return false;
    const std::size_t n = Utf8SequenceAt(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

// Text a browser could take for markup (HTML, XML, SVG): its first non-blank character, after a BOM, is '<'.
bool LooksLikeMarkup(std::string_view s) {
  if (StartsWith(s, "\xEF\xBB\xBF")) s.remove_prefix(3);
  const std::size_t first = s.find_first_not_of(" \t\r\n\f\v");
  return first != std::string_view::npos && s[first] == '<';
}

bool IsOfficeType(std::string_view t) {
  return t == kMediaDocx || t == kMediaXlsx || t == kMediaOdt || t == kMediaOds;
}

std::string LowerMediaType(std::string_view declared) {
  declared = declared.substr(0, declared.find(';'));
  std::string out = detail::Trim(declared);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

bool IsAllowedAttachmentMediaType(std::string_view media_type) {
  return std::find(std::begin(kAttachmentMediaTypes), std::end(kAttachmentMediaTypes), media_type) !=
         std::end(kAttachmentMediaTypes);
}

std::optional<std::string_view> DetectMediaType(std::string_view content) {
  if (content.empty()) return std::nullopt;
  if (StartsWith(content, "%PDF-")) return kMediaPdf;
  if (StartsWith(content, "\xFF\xD8\xFF")) return kMediaJpeg;
  if (StartsWith(content, std::string_view("\x89PNG\r\n\x1A\n", 8))) return kMediaPng;
  if (content.size() >= 12 && StartsWith(content, "RIFF") && content.substr(8, 4) == "WEBP") return kMediaWebp;
  if (StartsWith(content, std::string_view("PK\x03\x04", 4))) return std::string_view("application/zip");
  if (IsUtf8WithoutNul(content) && !LooksLikeMarkup(content)) return kMediaText;
  return std::nullopt;
}

std::string SanitiseAttachmentFileName(std::string_view name) {
  if (const std::size_t slash = name.find_last_of("/\\"); slash != std::string_view::npos) {
    name.remove_prefix(slash + 1);
  }
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < name.size();) {
    const std::size_t n = Utf8SequenceAt(name, i);
    if (n == 0) return "";
    const auto c = static_cast<unsigned char>(name[i]);
    const bool control = n == 1 && (c < 0x20 || c == 0x7F || c == '"');
    // C1 controls U+0080..U+009F are encoded C2 80..C2 9F.
    const bool c1 = n == 2 && c == 0xC2 && static_cast<unsigned char>(name[i + 1]) < 0xA0;
    if (!control && !c1) {
      if (chars == kMaxAttachmentFileNameChars) break;
      out.append(name.substr(i, n));
      ++chars;
    }
    i += n;
  }
  out = detail::Trim(out);
  if (out == "." || out == "..") return "";
  return out;
}

std::vector<core::FieldError> ValidateAttachmentUpload(std::string_view content, std::string& declared_type,
                                                       std::string& file_name, std::optional<std::string>& description,
                                                       std::int64_t max_bytes) {
  std::vector<core::FieldError> errors;
  const bool name_given = !detail::Trim(file_name).empty();
  file_name = SanitiseAttachmentFileName(file_name);
  if (file_name.empty()) {
    errors.push_back({"file_name", name_given ? "invalid_format" : "required",
                      "An attachment needs a file name (valid UTF-8, not only separators or control characters)."});
  }
  detail::TrimOptional(description);
  if (description && detail::CodePointCount(*description) > kMaxAttachmentDescriptionChars) {
    errors.push_back(
        {"description", "too_long", "At most " + std::to_string(kMaxAttachmentDescriptionChars) + " characters."});
  }
  declared_type = LowerMediaType(declared_type);
  if (content.empty()) {
    errors.push_back({"content", "required", "An attachment needs content."});
    return errors;
  }
  if (static_cast<std::int64_t>(content.size()) > max_bytes) {
    errors.push_back({"content", "too_large", "At most " + std::to_string(max_bytes) + " bytes."});
    return errors;
  }
  const std::optional<std::string_view> detected = DetectMediaType(content);
  if (!IsAllowedAttachmentMediaType(declared_type) || !detected) {
    errors.push_back({"content", "type_not_allowed",
                      "Only PDF, JPEG, PNG, WebP, plain text and office documents (DOCX, XLSX, ODT, ODS) are "
                      "accepted."});
    return errors;
  }
  const bool agrees = *detected == declared_type || (*detected == "application/zip" && IsOfficeType(declared_type));
  if (!agrees) {
    errors.push_back({"content", "type_mismatch", "The content is not of the declared media type."});
  }
  return errors;
}

}  // namespace sinergi::domain
