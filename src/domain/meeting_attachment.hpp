#pragma once
// A document attached to a coordination meeting (issue #5): the signed joint agreement, the minutes as PDF, the
// attendance list, the slides presented. Like case attachments (domain/case_attachment.hpp) the bytes live in the
// content-addressed blob store (ports/blob_store.hpp) and pass the same upload rules (ValidateAttachmentUpload: an
// allow-list checked on the bytes, HTML/SVG refused, a size limit); the metadata is stored with the meeting
// (ports/coordination_repository.hpp; SQLite: migration 0018_meeting_attachments.sql, file name and description
// sealed). Use cases: domain/meeting_attachment_service.hpp.
//
// Access by kind (codelist jenis_lampiran_rapat): a meeting is an agencies' record, so every signed-in user who
// reads the meeting lists its attachments and downloads them, except an attendance list (DAFTAR_HADIR): it names
// people and their signatures, so downloading it needs what seeing the representatives needs
// (CanSeeMeetingRepresentatives: the meeting's agencies and NATIONAL scope).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace sinergi::domain {

inline constexpr std::string_view kMeetingAttachmentKindList = "jenis_lampiran_rapat";
inline constexpr std::string_view kAttendanceListKind = "DAFTAR_HADIR";

// Append-only while it exists: never edited; a wrong file is deleted and uploaded again.
struct MeetingAttachment {
  std::string id;
  std::string meeting_id;
  std::string kind;        // codelist jenis_lampiran_rapat
  std::string file_name;   // sanitised (SanitiseAttachmentFileName)
  std::string media_type;  // one of kAttachmentMediaTypes, detected from the content
  std::int64_t size_bytes = 0;
  std::string sha256;  // lowercase hex of the plaintext: the blob's content address
  std::optional<std::string> description;
  core::Timestamp created_at{};
  std::string created_by;

  bool operator==(const MeetingAttachment&) const = default;
};

// Whether downloading an attachment of this kind needs the right to see the meeting's representatives.
inline bool NamesPeople(std::string_view kind) {
  return kind == kAttendanceListKind;
}

}  // namespace sinergi::domain
