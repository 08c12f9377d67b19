#pragma once
// The services delivered to a case and its notes (domain/case_work.hpp). Used inside one UnitOfWork; not
// thread-safe. Backends seal ServiceDeliveryData::outcome and CaseNote::text at rest
// (storage/common/sealed_fields.hpp). They store no derived field (due_on, masked_fields): reads leave them empty.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/case_attachment.hpp"
#include "domain/case_work.hpp"
#include "domain/complaint.hpp"

namespace sinergi::domain::ports {

class CaseWorkRepository {
 public:
  virtual ~CaseWorkRepository() = default;

  // Errors: kNotFound "case.not_found" (no such case), kConflict "case_service.exists" for a duplicate id.
  virtual core::Status InsertService(const CaseServiceDelivery& service) = 0;
  // Errors: kNotFound "case_service.not_found".
  virtual core::Result<CaseServiceDelivery> GetService(const std::string& id) = 0;
  // Replaces data, version, updated_at and updated_by (case_id, created_at and created_by never change).
  // Errors: kNotFound "case_service.not_found"; kPreconditionFailed "version_mismatch".
  virtual core::Status UpdateService(const CaseServiceDelivery& service, std::int64_t expected_version) = 0;
  // The services of a case, ordered by requested_on, then id.
  virtual core::Result<std::vector<CaseServiceDelivery>> ListServices(const std::string& case_id) = 0;

  // Notes are append-only: there is no update or delete. Errors: kNotFound "case.not_found", kConflict
  // "case_note.exists" for a duplicate id.
  virtual core::Status InsertNote(const CaseNote& note) = 0;
  // Oldest first (created_at, then id).
  virtual core::Result<std::vector<CaseNote>> ListNotes(const std::string& case_id) = 0;

  // The metadata of case attachments (domain/case_attachment.hpp; the bytes are in ports::BlobStore). Append-only
  // like notes. Errors: kNotFound "case.not_found", kConflict "case_attachment.exists" for a duplicate id.
  virtual core::Status InsertAttachment(const CaseAttachment& attachment) = 0;
  // Errors: kNotFound "case_attachment.not_found".
  virtual core::Result<CaseAttachment> GetAttachment(const std::string& id) = 0;
  // Oldest first (created_at, then id).
  virtual core::Result<std::vector<CaseAttachment>> ListAttachments(const std::string& case_id) = 0;

  // The complaint facts of a case (domain/complaint.hpp); nullopt while none were recorded.
  virtual core::Result<std::optional<ComplaintFacts>> GetComplaintFacts(const std::string& case_id) = 0;
  // Inserts the facts when expected_version is 0 (none recorded), else replaces data, version, updated_at and
  // updated_by of the stored ones (created_at and created_by never change). Errors: kNotFound "case.not_found";
  // kPreconditionFailed "version_mismatch" (stored facts are not at expected_version, or already exist on insert).
  virtual core::Status SaveComplaintFacts(const ComplaintFacts& facts, std::int64_t expected_version) = 0;
};

}  // namespace sinergi::domain::ports
