#pragma once
// Use cases of case attachments (issue #4; domain/case_attachment.hpp): upload, list, download. Thread-safe; each
// call is one unit of work (plus a short audit unit after a read).
//
// Attachments are wholly sensitive, like notes: every call needs the case's sensitive fields
// (detail::CaseGate::SeesSensitive), else kForbidden "forbidden"; a case outside the actor's scope is kNotFound
// "case.not_found", exactly like a missing one. Uploads need Permission::kCaseWrite, an open case (kConflict
// "case.closed") and the actor's own scope: an agency that sees the case only through a referral reads attachments
// but adds none (kForbidden "case.referral_read_only").
// The bytes go to the blob store before the metadata is committed: a failed commit leaves at most an unreferenced
// blob (harmless, content-addressed; the same upload retried reuses it), never metadata without its bytes.
// Audit: an upload appends "create" on the case naming the attachment (detail "attachment"); a list is a "read"
// of the case (detail "attachments", record_ids the ids); a download is an "export" of the case naming the
// attachment (detail "attachment"), recorded before the bytes are handed out. File names and contents are never
// audited. Errors of every method, in addition to those listed: kUnauthenticated "auth.required", kForbidden
// "forbidden", kUnavailable/kInternal from storage and the blob store.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/case_attachment.hpp"
#include "domain/ports/blob_store.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::domain {

struct AttachmentUpload {
  std::string file_name;   // as the client sent it; sanitised by the service
  std::string media_type;  // declared by the client; must agree with the content
  std::optional<std::string> description;
  std::string_view content;  // not owned; must outlive the call
};

struct AttachmentContent {
  CaseAttachment attachment;
  std::string bytes;
};

// | option    | meaning                                                   | default                     |
// |-----------|-----------------------------------------------------------|-----------------------------|
// | max_bytes | the largest content accepted (attachments.max_bytes)      | kDefaultAttachmentMaxBytes  |
struct CaseAttachmentOptions {
  std::int64_t max_bytes = kDefaultAttachmentMaxBytes;
};

class CaseAttachmentService {
 public:
  CaseAttachmentService(ports::Database& db, ports::BlobStore& blobs, const core::Clock& clock, core::IdGenerator& ids,
                        CaseAttachmentOptions options = {})
      : db_(db), blobs_(blobs), clock_(clock), ids_(ids), options_(options) {}

  // Validates (ValidateAttachmentUpload), stores the bytes, records the metadata. Errors: kInvalid
  // "validation_failed" (content: required, too_large, type_not_allowed, type_mismatch; file_name; description);
  // kNotFound "case.not_found"; kConflict "case.closed"; kForbidden "case.referral_read_only".
  core::Result<CaseAttachment> Upload(const Actor& actor, const std::string& case_id, AttachmentUpload upload);
  // Oldest first. Errors: kNotFound "case.not_found".
  core::Result<std::vector<CaseAttachment>> List(const Actor& actor, const std::string& case_id);
  // The metadata and the verified bytes. Errors: kNotFound "case.not_found", "case_attachment.not_found" (also
  // for an attachment of another case); kInternal "blob.corrupt" (the bytes do not hash to their address) or
  // "blob.missing" (metadata without its bytes is a fault, not a user error).
  core::Result<AttachmentContent> Download(const Actor& actor, const std::string& case_id,
                                           const std::string& attachment_id);

  std::int64_t max_bytes() const { return options_.max_bytes; }

 private:
  ports::Database& db_;
  ports::BlobStore& blobs_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
  CaseAttachmentOptions options_;
};

}  // namespace sinergi::domain
