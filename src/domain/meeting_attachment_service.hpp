#pragma once
// Use cases of meeting attachments (issue #5; domain/meeting_attachment.hpp): upload, list, get, download, delete.
// Thread-safe; each call is one unit of work (plus a short audit unit after a download).
//
// Reading follows the meeting (Permission::kReferenceRead, every signed-in role); downloading an attendance list
// (DAFTAR_HADIR, it names people) needs CanSeeMeetingRepresentatives over the meeting's agencies, else kForbidden
// "meeting_attachment.restricted"; lists and gets say which attachments the actor may download. Uploading and
// deleting follow AuthorizeMeetingAttachmentUpload / AuthorizeMeetingAttachmentDelete (policy.hpp).
// The bytes go to the blob store before the metadata is committed (as for case attachments): a failed commit
// leaves at most an unreferenced blob, never metadata without its bytes; a delete removes the metadata only.
// Audit (entity "coordination_meeting", the meeting id, record_ids the attachment, detail "attachment"): "create"
// for an upload, "delete" for a delete, "export" for a download (recorded before the bytes are handed out). Lists
// are not audited, like the other coordination reads. File names and contents are never audited.
// Errors of every method, in addition to those listed: kUnauthenticated "auth.required", kForbidden "forbidden",
// kUnavailable/kInternal from storage and the blob store.
#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/case_attachment_service.hpp"
#include "domain/meeting_attachment.hpp"
#include "domain/ports/blob_store.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::domain {

// An attachment as one actor sees it: whether the actor may download its content.
struct MeetingAttachmentView {
  MeetingAttachment attachment;
  bool downloadable = true;
};

struct MeetingAttachmentContent {
  MeetingAttachment attachment;
  std::string bytes;
};

// Options: CaseAttachmentOptions (max_bytes: attachments.max_bytes, shared with case attachments).
class MeetingAttachmentService {
 public:
  MeetingAttachmentService(ports::Database& db, ports::BlobStore& blobs, const core::Clock& clock,
                           core::IdGenerator& ids, CaseAttachmentOptions options = {})
      : db_(db), blobs_(blobs), clock_(clock), ids_(ids), options_(options) {}

  // Validates (kind: required / unknown_code in jenis_lampiran_rapat; ValidateAttachmentUpload), stores the bytes,
  // records the metadata. Errors: kNotFound "meeting.not_found"; kForbidden "coordination.not_meeting_agency";
  // kInvalid "validation_failed".
  core::Result<MeetingAttachment> Upload(const Actor& actor, const std::string& meeting_id, std::string kind,
                                         AttachmentUpload upload);
  // Oldest first. Errors: kNotFound "meeting.not_found".
  core::Result<std::vector<MeetingAttachmentView>> List(const Actor& actor, const std::string& meeting_id);
  // Errors: kNotFound "meeting_attachment.not_found".
  core::Result<MeetingAttachmentView> Get(const Actor& actor, const std::string& attachment_id);
  // The metadata and the verified bytes. Errors: kNotFound "meeting_attachment.not_found"; kForbidden
  // "meeting_attachment.restricted"; kInternal "blob.corrupt" / "blob.missing".
  core::Result<MeetingAttachmentContent> Download(const Actor& actor, const std::string& attachment_id);
  // Errors: kNotFound "meeting_attachment.not_found"; kForbidden "coordination.not_meeting_agency",
  // "meeting_attachment.not_uploader".
  core::Status Delete(const Actor& actor, const std::string& attachment_id);

 private:
  ports::Database& db_;
  ports::BlobStore& blobs_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
  CaseAttachmentOptions options_;
};

}  // namespace sinergi::domain
