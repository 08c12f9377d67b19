#pragma once
// A document or photo attached to a case (issue #4): a scanned passport, a police report, a medical letter, a photo
// of an injury. The bytes live outside the database in a content-addressed blob store (ports/blob_store.hpp),
// addressed by the SHA-256 of their plaintext; the database holds only this metadata (ports/case_work_repository.hpp).
// Rules: DetectMediaType / ValidateAttachment below (case_attachment_rules.cpp); use cases:
// domain/case_attachment_service.hpp.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"

namespace sinergi::domain {

// Append-only like a note: an attachment is never replaced or edited; a wrong file is superseded by a new one.
struct CaseAttachment {
  std::string id;
  std::string case_id;
  std::string file_name;   // sanitised (SanitiseFileName), at most kMaxAttachmentFileNameChars code points
  std::string media_type;  // one of kAttachmentMediaTypes, detected from the content
  std::int64_t size_bytes = 0;
  std::string sha256;                      // lowercase hex of the plaintext: the blob's content address
  std::optional<std::string> description;  // trimmed, at most kMaxAttachmentDescriptionChars; absent when empty
  core::Timestamp created_at{};
  std::string created_by;

  bool operator==(const CaseAttachment&) const = default;
};

inline constexpr std::size_t kMaxAttachmentFileNameChars = 200;
inline constexpr std::size_t kMaxAttachmentDescriptionChars = 500;
inline constexpr std::int64_t kDefaultAttachmentMaxBytes = 10LL * 1024 * 1024;

// The allow-list. Everything a browser could run or render as active content (HTML, SVG, XML, scripts) is absent
// on purpose; the office types are those officers exchange with police, courts and hospitals.
inline constexpr std::string_view kMediaPdf = "application/pdf";
inline constexpr std::string_view kMediaJpeg = "image/jpeg";
inline constexpr std::string_view kMediaPng = "image/png";
inline constexpr std::string_view kMediaWebp = "image/webp";
inline constexpr std::string_view kMediaText = "text/plain";
inline constexpr std::string_view kMediaDocx =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
inline constexpr std::string_view kMediaXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
inline constexpr std::string_view kMediaOdt = "application/vnd.oasis.opendocument.text";
inline constexpr std::string_view kMediaOds = "application/vnd.oasis.opendocument.spreadsheet";
inline constexpr std::string_view kAttachmentMediaTypes[] = {kMediaPdf,  kMediaJpeg, kMediaPng, kMediaWebp, kMediaText,
                                                             kMediaDocx, kMediaXlsx, kMediaOdt, kMediaOds};

bool IsAllowedAttachmentMediaType(std::string_view media_type);

// The media type the content's magic bytes show: "application/pdf" (%PDF-), "image/jpeg" (FF D8 FF), "image/png"
// (the 8-byte PNG signature), "image/webp" (RIFF....WEBP), "application/zip" (PK\x03\x04: the container of the
// OOXML and ODF office types, which cannot be told apart by their first bytes), "text/plain" (valid UTF-8
// without NUL and not starting like markup: '<' after leading whitespace or a BOM is HTML/XML/SVG); nullopt for
// anything else (including empty content).
std::optional<std::string_view> DetectMediaType(std::string_view content);

// The client's file name made safe to store and to send back in Content-Disposition: the last path segment only
// (after '/' or '\'), control characters and '"' removed, whitespace trimmed, cut to kMaxAttachmentFileNameChars
// code points. Invalid UTF-8 yields "" (ValidateAttachment refuses it).
std::string SanitiseAttachmentFileName(std::string_view name);

// Validates an upload before it is stored: `declared_type` is the client's media type (parameters such as
// "; charset=utf-8" ignored, case-insensitive). Field errors (kInvalid "validation_failed"):
//   content: required (empty), too_large (over max_bytes), type_not_allowed (declared type off the allow-list or
//            content not recognised), type_mismatch (the content is not of the declared type);
//   file_name: required, too_long; description: too_long.
// Normalises in place: file_name sanitised, description trimmed (empty -> absent), declared_type lower-cased
// without parameters.
std::vector<core::FieldError> ValidateAttachmentUpload(std::string_view content, std::string& declared_type,
                                                       std::string& file_name, std::optional<std::string>& description,
                                                       std::int64_t max_bytes);

}  // namespace sinergi::domain
