// MeetingAttachmentService over the in-memory test doubles: upload, list, download and delete; the attendance list
// restricted to the meeting's agencies and national scope; writers limited to the meeting's agencies; validation
// before storing; the audit trail.
#include "domain/meeting_attachment_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/case_service_test_fixture.hpp"
#include "domain/coordination_service.hpp"
#include "domain/testing/in_memory_blob_store.hpp"

namespace sinergi::domain {
namespace {

using case_test::CaseServiceFixture;
using core::ErrorCode;

const std::string kPdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n";

class MeetingAttachmentServiceTest : public CaseServiceFixture {
 protected:
  void SetUp() override {
    CaseServiceFixture::SetUp();
    ForumData f;
    f.name = "Rakor PMI Jawa Tengah";
    f.convening_agency_id = "agency-a";
    auto forum = coord_.CreateForum(worker_a_, f);
    SINERGI_CHECK(forum.ok());
    MeetingData m;
    m.title = "Rakor I";
    m.held_on = {2025, 5, 1};
    m.participants = {{"agency-a", {{"Ibu Sari", "Kepala Bidang"}}}};
    auto meeting = coord_.CreateMeeting(worker_a_, forum->id, m);
    SINERGI_CHECK(meeting.ok());
    meeting_id_ = meeting->id;
  }

  static AttachmentUpload Pdf(std::string name = "kesepakatan.pdf") {
    return AttachmentUpload{std::move(name), "application/pdf", std::nullopt, kPdf};
  }

  CoordinationService coord_{db_, clock_, ids_};
  test_doubles::InMemoryBlobStore blobs_;
  MeetingAttachmentService attachments_{db_, blobs_, clock_, ids_, CaseAttachmentOptions{1024}};
  std::string meeting_id_;
};

TEST_F(MeetingAttachmentServiceTest, UploadsListsDownloadsAndDeletes) {
  auto a = attachments_.Upload(worker_a_, meeting_id_, "KESEPAKATAN_BERSAMA", Pdf("../x/kesepakatan.pdf"));
  ASSERT_TRUE(a.ok()) << a.error().message();
  EXPECT_EQ(a->file_name, "kesepakatan.pdf");
  EXPECT_EQ(a->kind, "KESEPAKATAN_BERSAMA");
  EXPECT_EQ(a->media_type, "application/pdf");
  EXPECT_EQ(a->meeting_id, meeting_id_);
  // Every signed-in user reads a meeting's documents, from any agency.
  auto listed = attachments_.List(viewer_a_, meeting_id_);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().attachment, *a);
  EXPECT_TRUE(listed->front().downloadable);
  auto content = attachments_.Download(worker_b_, a->id);
  ASSERT_TRUE(content.ok()) << content.error().message();
  EXPECT_EQ(content->bytes, kPdf);

  EXPECT_EQ(attachments_.Delete(worker_b_, a->id).error().reason(), "coordination.not_meeting_agency");
  ASSERT_TRUE(attachments_.Delete(supervisor_a_, a->id).ok());  // the convening agency, not the uploader
  EXPECT_EQ(attachments_.Get(worker_a_, a->id).error().reason(), "meeting_attachment.not_found");
  EXPECT_EQ(attachments_.Delete(worker_a_, a->id).error().reason(), "meeting_attachment.not_found");
  EXPECT_TRUE(attachments_.List(worker_a_, meeting_id_)->empty());

  const std::vector<AuditEntry> audit = Audit();
  const auto has = [&](const std::string& action) {
    return std::any_of(audit.begin(), audit.end(), [&](const AuditEntry& e) {
      return e.action == action && e.entity_type == "coordination_meeting" && e.entity_id == meeting_id_ &&
             e.detail == "attachment" && e.record_ids == std::vector<std::string>{a->id};
    });
  };
  EXPECT_TRUE(has("create"));
  EXPECT_TRUE(has("export"));
  EXPECT_TRUE(has("delete"));
}

TEST_F(MeetingAttachmentServiceTest, TheAttendanceListIsForTheMeetingsAgenciesAndNationalScope) {
  auto list = attachments_.Upload(worker_a_, meeting_id_, "DAFTAR_HADIR", Pdf("daftar hadir.pdf"));
  ASSERT_TRUE(list.ok()) << list.error().message();
  auto outsider = attachments_.List(worker_b_, meeting_id_);
  ASSERT_TRUE(outsider.ok());
  ASSERT_EQ(outsider->size(), 1u);
  EXPECT_FALSE(outsider->front().downloadable);
  EXPECT_EQ(attachments_.Download(worker_b_, list->id).error().reason(), "meeting_attachment.restricted");
  EXPECT_TRUE(attachments_.Get(national_, list->id)->downloadable);
  EXPECT_TRUE(attachments_.Download(national_, list->id).ok());
  EXPECT_TRUE(attachments_.Download(viewer_a_, list->id).ok());
}

TEST_F(MeetingAttachmentServiceTest, OnlyTheMeetingsAgenciesUploadAndTheUploadIsChecked) {
  EXPECT_EQ(attachments_.Upload(viewer_a_, meeting_id_, "NOTULEN", Pdf()).error().reason(), "forbidden");
  EXPECT_EQ(attachments_.Upload(worker_b_, meeting_id_, "NOTULEN", Pdf()).error().reason(),
            "coordination.not_meeting_agency");
  EXPECT_EQ(attachments_.Upload(worker_a_, "nope", "NOTULEN", Pdf()).error().reason(), "meeting.not_found");

  auto bad = attachments_.Upload(worker_a_, meeting_id_, "FOTO", Pdf());
  ASSERT_FALSE(bad.ok());
  ASSERT_EQ(bad.error().fields().size(), 1u);
  EXPECT_EQ(bad.error().fields()[0].field, "kind");
  EXPECT_EQ(bad.error().fields()[0].code, "unknown_code");

  const std::string html = "<html><script>alert(1)</script></html>";
  auto refused = attachments_.Upload(worker_a_, meeting_id_, "", {"x.pdf", "application/pdf", std::nullopt, html});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kInvalid);
  EXPECT_EQ(refused.error().fields().size(), 2u);  // kind required, content type_not_allowed
  EXPECT_EQ(blobs_.SizeForTest(), 0u);             // nothing stored before validation passed

  const std::string big(2048, 'a');
  auto too_large = attachments_.Upload(worker_a_, meeting_id_, "LAINNYA", {"big.txt", "text/plain", {}, big});
  ASSERT_FALSE(too_large.ok());
  EXPECT_EQ(too_large.error().fields()[0].code, "too_large");
}

TEST_F(MeetingAttachmentServiceTest, OnlyTheUploaderOrTheConvenerDeletes) {
  auto meeting = coord_.GetMeeting(worker_a_, meeting_id_);
  ASSERT_TRUE(meeting.ok());
  MeetingData data = meeting->meeting.data;
  data.participants.push_back({"agency-b", {}});
  ASSERT_TRUE(coord_.UpdateMeeting(worker_a_, meeting_id_, data, meeting->meeting.version).ok());
  const Actor colleague_b = case_test::MakeActor("worker-b2", "agency-b", "51", "AGENCY", "CASE_WORKER");

  auto a = attachments_.Upload(worker_b_, meeting_id_, "BAHAN_PAPARAN", Pdf("paparan.pdf"));
  ASSERT_TRUE(a.ok()) << a.error().message();  // a participant attaches its slides
  EXPECT_EQ(attachments_.Delete(colleague_b, a->id).error().reason(), "meeting_attachment.not_uploader");
  EXPECT_TRUE(attachments_.Delete(worker_b_, a->id).ok());
  auto b = attachments_.Upload(worker_b_, meeting_id_, "BAHAN_PAPARAN", Pdf("paparan.pdf"));
  ASSERT_TRUE(b.ok());
  EXPECT_TRUE(attachments_.Delete(worker_a_, b->id).ok());  // the convening agency
  EXPECT_EQ(blobs_.SizeForTest(), 1u);                      // the blob stays: content-addressed, maybe shared
}

}  // namespace
}  // namespace sinergi::domain
