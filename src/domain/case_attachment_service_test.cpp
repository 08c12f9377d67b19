// CaseAttachmentService over the in-memory test doubles: upload, list and download; sensitive access, closed cases,
// validation before storing, tampered blobs, the audit trail.
#include "domain/case_attachment_service.hpp"

#include "domain/case_service_test_fixture.hpp"
#include "domain/testing/in_memory_blob_store.hpp"

namespace sinergi::domain::case_test {
namespace {

const std::string kPng("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);

class CaseAttachmentServiceTest : public CaseServiceFixture {
 protected:
  AttachmentUpload Png(std::string name = "foto luka.png") {
    return AttachmentUpload{std::move(name), "image/png", "Foto luka di lengan", kPng};
  }

  test_doubles::InMemoryBlobStore blobs_;
  CaseAttachmentService attachments_{db_, blobs_, clock_, ids_, CaseAttachmentOptions{1024}};
};

TEST_F(CaseAttachmentServiceTest, UploadsListsAndDownloads) {
  const Case c = CreateCase(worker_a_);
  auto a = attachments_.Upload(worker_a_, c.id, Png("../x/foto luka.png"));
  ASSERT_TRUE(a.ok()) << a.error().message();
  EXPECT_EQ(a->file_name, "foto luka.png");
  EXPECT_EQ(a->media_type, "image/png");
  EXPECT_EQ(a->size_bytes, 16);
  EXPECT_EQ(a->sha256.size(), 64u);
  EXPECT_EQ(a->created_by, "worker-a");
  // The same bytes again: a second attachment, one blob.
  ASSERT_TRUE(attachments_.Upload(supervisor_a_, c.id, Png()).ok());
  EXPECT_EQ(blobs_.SizeForTest(), 1u);
  auto listed = attachments_.List(worker_a_, c.id);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ(listed->front(), *a);
  auto content = attachments_.Download(worker_a_, c.id, a->id);
  ASSERT_TRUE(content.ok()) << content.error().message();
  EXPECT_EQ(content->bytes, kPng);
  EXPECT_EQ(content->attachment, *a);
  const std::vector<AuditEntry> audit = Audit();
  const auto has = [&](const std::string& action, const std::string& detail) {
    return std::any_of(audit.begin(), audit.end(), [&](const AuditEntry& e) {
      return e.action == action && e.detail == detail && e.record_ids == std::vector<std::string>{a->id};
    });
  };
  EXPECT_TRUE(has("create", "attachment"));
  EXPECT_TRUE(has("export", "attachment"));
}

TEST_F(CaseAttachmentServiceTest, NeedsTheSensitiveFieldsAndHidesOtherCases) {
  const Case c = CreateCase(worker_a_);
  auto a = attachments_.Upload(worker_a_, c.id, Png());
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(attachments_.List(viewer_a_, c.id).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(attachments_.Download(viewer_a_, c.id, a->id).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(attachments_.Upload(police_b_, c.id, Png()).error().code(), core::ErrorCode::kNotFound);
  EXPECT_EQ(attachments_.Download(worker_b_, c.id, a->id).error().reason(), "case.not_found");
  const Case other = CreateCase(worker_a_);
  EXPECT_EQ(attachments_.Download(worker_a_, other.id, a->id).error().reason(), "case_attachment.not_found");
}

TEST_F(CaseAttachmentServiceTest, ValidatesBeforeStoringAnything) {
  const Case c = CreateCase(worker_a_);
  const std::string html = "<html><script>alert(1)</script></html>";
  auto disguised = attachments_.Upload(worker_a_, c.id, {"x.png", "image/png", std::nullopt, html});
  ASSERT_FALSE(disguised.ok());
  EXPECT_EQ(disguised.error().reason(), "validation_failed");
  EXPECT_EQ(FirstCode(disguised.error()), "type_not_allowed");
  EXPECT_EQ(FirstCode(attachments_.Upload(worker_a_, c.id, {"x.pdf", "application/pdf", std::nullopt, kPng}).error()),
            "type_mismatch");
  const std::string big = "%PDF-" + std::string(2000, 'x');
  EXPECT_EQ(FirstCode(attachments_.Upload(worker_a_, c.id, {"x.pdf", "application/pdf", std::nullopt, big}).error()),
            "too_large");
  EXPECT_EQ(blobs_.SizeForTest(), 0u);
  // A blob store that cannot write leaves no metadata behind.
  blobs_.FailWritesForTest(true);
  EXPECT_EQ(attachments_.Upload(worker_a_, c.id, Png()).error().code(), core::ErrorCode::kUnavailable);
  EXPECT_TRUE(attachments_.List(worker_a_, c.id)->empty());
}

TEST_F(CaseAttachmentServiceTest, ClosedCasesAreReadOnlyAndTamperedBlobsAreRefused) {
  Case c = CreateCase(worker_a_);
  auto a = attachments_.Upload(worker_a_, c.id, Png());
  ASSERT_TRUE(a.ok());
  auto identified = Move(worker_a_, c, CaseStatus::kIdentification);
  ASSERT_TRUE(identified.ok()) << identified.error().message();
  auto closing = Move(worker_a_, *identified, CaseStatus::kClosurePending, "Bukan kasus", "TIDAK_TERBUKTI");
  ASSERT_TRUE(closing.ok()) << closing.error().message();
  ASSERT_TRUE(Move(supervisor_a_, *closing, CaseStatus::kClosed, "disetujui").ok());
  EXPECT_EQ(attachments_.Upload(worker_a_, c.id, Png()).error().reason(), "case.closed");
  EXPECT_TRUE(attachments_.Download(worker_a_, c.id, a->id).ok());
  blobs_.TamperForTest(a->sha256, "%PDF-evil");
  auto tampered = attachments_.Download(worker_a_, c.id, a->id);
  ASSERT_FALSE(tampered.ok());
  EXPECT_EQ(tampered.error().code(), core::ErrorCode::kInternal);
  EXPECT_EQ(tampered.error().reason(), "blob.corrupt");
}

}  // namespace
}  // namespace sinergi::domain::case_test
