// CoordinationService over the in-memory test double: who may write forums, meetings and commitments, the derived
// OVERDUE as the clock moves, the status history, the carry-over to the next meeting, the masked representatives,
// the forum record and the COMMITMENT_DUE task.
#include "domain/coordination_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/case_service_test_fixture.hpp"
#include "domain/coordination_rules.hpp"
#include "domain/task_service.hpp"

namespace sinergi::domain {
namespace {

using case_test::CaseServiceFixture;
using case_test::kNow;
using core::ErrorCode;

class CoordinationServiceTest : public CaseServiceFixture {
 protected:
  void SetUp() override {
    CaseServiceFixture::SetUp();
    ForumData f;
    f.name = "  Gugus Tugas   TPPO Jawa Tengah ";
    f.convening_agency_id = "agency-a";
    f.region_code = "33";
    f.member_agency_ids = {"agency-a", "agency-b"};
    auto forum = coord_.CreateForum(worker_a_, f);
    SINERGI_CHECK(forum.ok());
    forum_ = *forum;
    meeting_ = Meeting1();
  }

  Meeting Meeting1() {
    MeetingData m;
    m.title = "Rakor I";
    m.held_on = {2025, 5, 1};
    m.participants = {{"agency-a", {{"Ibu Sari", "Kepala Bidang"}}}, {"agency-b", {{"Pak Made", std::nullopt}}}};
    auto made = coord_.CreateMeeting(worker_a_, forum_.id, m);
    SINERGI_CHECK(made.ok());
    return *made;
  }

  static CommitmentData Commit(const std::string& agency, core::Date due) {
    CommitmentData c;
    c.agency_ids = {agency};
    c.description = "Sosialisasi migrasi aman";
    c.due_on = due;
    c.indicator = "sosialisasi di 5 kabupaten";
    c.target = 5;
    return c;
  }

  CoordinationService coord_{db_, clock_, ids_};
  Forum forum_;
  Meeting meeting_;
};

TEST_F(CoordinationServiceTest, TheConvenerCreatesAndOthersAreRefused) {
  EXPECT_EQ(forum_.data.name, "Gugus Tugas TPPO Jawa Tengah");
  EXPECT_EQ(coord_.CreateForum(viewer_a_, forum_.data).error().reason(), "forbidden");
  auto other = coord_.CreateMeeting(worker_b_, forum_.id, meeting_.data);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().reason(), "coordination.not_convener");
  auto commit = coord_.CreateCommitment(worker_b_, meeting_.id, Commit("agency-b", {2025, 7, 1}));
  EXPECT_EQ(commit.error().reason(), "coordination.not_convener");
  ForumData bad = forum_.data;
  bad.region_code = "52";  // no such province in the reference data
  EXPECT_EQ(coord_.CreateForum(worker_a_, bad).error().code(), ErrorCode::kInvalid);
}

TEST_F(CoordinationServiceTest, CommittingAgencyReportsAndOverdueFollowsTheClock) {
  auto made = coord_.CreateCommitment(worker_a_, meeting_.id, Commit("agency-b", {2025, 6, 10}));
  ASSERT_TRUE(made.ok()) << made.error().message();

  CommitmentData report = made->data;
  report.status = CommitmentStatus::kInProgress;
  report.progress = 2;
  EXPECT_EQ(coord_.UpdateCommitment(worker_a_, made->id, report, 1).error().reason(),
            "coordination.not_committing_agency");  // a case worker of the convener reports nothing for agency-b
  auto moved = coord_.UpdateCommitment(worker_b_, made->id, report, 1);
  ASSERT_TRUE(moved.ok()) << moved.error().message();
  EXPECT_EQ(moved->version, 2);

  CommitmentData full = moved->data;
  full.due_on = {2025, 12, 31};
  EXPECT_EQ(coord_.UpdateCommitment(worker_b_, made->id, full, 2).error().reason(),
            "coordination.not_committing_agency");  // moving the due day is the convener's supervisor's
  EXPECT_EQ(coord_.UpdateCommitment(worker_b_, made->id, report, 1).error().code(), ErrorCode::kPreconditionFailed);

  EXPECT_FALSE(IsCommitmentOverdue(moved->data, coord_.Today()));
  clock_.Set(kNow + std::chrono::days(10));  // 11 June: past the due day
  auto listed = coord_.ListCommitments(worker_a_, {forum_.id, std::nullopt, std::nullopt, "OVERDUE"}, {50, {}});
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->items.size(), 1u);
  EXPECT_EQ(listed->items[0].id, made->id);

  // The task list of agency-b names it, overdue.
  TaskService tasks(db_, clock_, ids_);
  auto list = tasks.ListTasks(worker_b_);
  ASSERT_TRUE(list.ok()) << list.error().message();
  auto it = std::find_if(list->begin(), list->end(), [](const Task& t) { return t.kind == TaskKind::kCommitmentDue; });
  ASSERT_NE(it, list->end());
  EXPECT_EQ(it->commitment_id, made->id);
  EXPECT_TRUE(it->overdue);

  report = moved->data;
  report.status = CommitmentStatus::kDone;
  EXPECT_EQ(coord_.UpdateCommitment(worker_b_, made->id, report, 2).error().code(),
            ErrorCode::kInvalid);  // no evidence
  report.evidence = "Laporan kegiatan";
  auto done = coord_.UpdateCommitment(worker_b_, made->id, report, 2);
  ASSERT_TRUE(done.ok()) << done.error().message();
  EXPECT_EQ(done->done_on, (core::Date{2025, 6, 11}));
  EXPECT_FALSE(DoneOnTime(*done));
  auto stored = coord_.GetCommitment(viewer_a_, made->id);
  ASSERT_TRUE(stored.ok());
  ASSERT_EQ(stored->status_history.size(), 3u);
  EXPECT_EQ(stored->status_history[2].to, CommitmentStatus::kDone);
  EXPECT_EQ(stored->status_history[2].by, "worker-b");
  EXPECT_EQ(stored->status_history[2].note, "Laporan kegiatan");

  auto record = coord_.GetForumRecord(viewer_a_, forum_.id);
  ASSERT_TRUE(record.ok());
  EXPECT_EQ(record->total, (CommitmentCounts{1, 0, 1, 0, 0, 0}));
  EXPECT_EQ(record->by_agency.at("agency-b").done_late, 1);

  // Once done it cannot be dropped; the convener's supervisor may reopen it.
  report = done->data;
  report.status = CommitmentStatus::kDropped;
  report.dropped_reason = "Tidak jadi";
  EXPECT_EQ(coord_.UpdateCommitment(supervisor_a_, made->id, report, 3).error().reason(),
            "commitment.invalid_transition");
}

TEST_F(CoordinationServiceTest, TheNextMeetingCarriesOverWhatIsStillOpen) {
  auto open = coord_.CreateCommitment(worker_a_, meeting_.id, Commit("agency-a", {2025, 5, 20}));
  auto dropped = coord_.CreateCommitment(worker_a_, meeting_.id, Commit("agency-b", {2025, 5, 20}));
  ASSERT_TRUE(open.ok() && dropped.ok());
  CommitmentData drop = dropped->data;
  drop.status = CommitmentStatus::kDropped;
  drop.dropped_reason = "Anggaran tidak tersedia";
  ASSERT_TRUE(coord_.UpdateCommitment(supervisor_a_, dropped->id, drop, 1).ok());

  MeetingData next = meeting_.data;
  next.title = "Rakor II";
  next.held_on = {2025, 6, 1};
  next.participants = {{"agency-a", {{"Ibu Sari", "Kepala Bidang"}}}};
  auto second = coord_.CreateMeeting(worker_a_, forum_.id, next);
  ASSERT_TRUE(second.ok());

  auto view = coord_.GetMeeting(worker_a_, second->id);
  ASSERT_TRUE(view.ok());
  ASSERT_EQ(view->carry_over.size(), 1u);
  EXPECT_EQ(view->carry_over[0].id, open->id);
  EXPECT_TRUE(view->commitments.empty());
  auto first = coord_.GetMeeting(worker_a_, meeting_.id);
  ASSERT_TRUE(first.ok());
  EXPECT_TRUE(first->carry_over.empty());
  EXPECT_EQ(first->commitments.size(), 2u);

  // agency-b took no part in the second meeting: its users see the agencies, not the officials.
  auto masked = coord_.GetMeeting(worker_b_, second->id);
  ASSERT_TRUE(masked.ok());
  EXPECT_TRUE(masked->meeting.representatives_masked);
  EXPECT_EQ(masked->meeting.data.participants[0].representatives[0].name, "");
  EXPECT_FALSE(first->meeting.representatives_masked);
  auto national = coord_.GetMeeting(national_, second->id);
  ASSERT_TRUE(national.ok());
  EXPECT_FALSE(national->meeting.representatives_masked);
}

TEST_F(CoordinationServiceTest, WritesKeepHistoryAndAudit) {
  auto made = coord_.CreateCommitment(worker_a_, meeting_.id, Commit("agency-a", {2025, 7, 1}));
  ASSERT_TRUE(made.ok());
  const auto snapshot = db_.SnapshotForTest();
  const auto entity = [&](const std::string& type) {
    return std::count_if(snapshot.history.begin(), snapshot.history.end(),
                         [&](const ChangeRecord& r) { return r.entity_type == type; });
  };
  EXPECT_EQ(entity("coordination_forum"), 1);
  EXPECT_EQ(entity("coordination_meeting"), 1);
  EXPECT_EQ(entity("coordination_commitment"), 1);
  // The representatives' names never reach the history or the audit trail.
  for (const ChangeRecord& r : snapshot.history) {
    for (const FieldChange& c : r.changes) {
      EXPECT_EQ(c.after.value_or("").find("Ibu Sari"), std::string::npos) << c.field;
    }
  }
  EXPECT_GE(snapshot.audit.size(), 3u);
}

TEST_F(CoordinationServiceTest, AnUpdateThatChangesNothingKeepsTheVersionAndIsStillAudited) {
  auto made = coord_.CreateCommitment(worker_a_, meeting_.id, Commit("agency-a", {2025, 7, 1}));
  ASSERT_TRUE(made.ok());
  const std::size_t before = db_.SnapshotForTest().audit.size();
  auto forum = coord_.UpdateForum(worker_a_, forum_.id, forum_.data, forum_.version);
  ASSERT_TRUE(forum.ok()) << forum.error().message();
  EXPECT_EQ(forum->version, forum_.version);
  auto meeting = coord_.UpdateMeeting(worker_a_, meeting_.id, meeting_.data, meeting_.version);
  ASSERT_TRUE(meeting.ok()) << meeting.error().message();
  EXPECT_EQ(meeting->version, meeting_.version);
  auto commitment = coord_.UpdateCommitment(worker_a_, made->id, made->data, made->version);
  ASSERT_TRUE(commitment.ok()) << commitment.error().message();
  EXPECT_EQ(commitment->version, made->version);

  const auto snapshot = db_.SnapshotForTest();
  ASSERT_EQ(snapshot.audit.size(), before + 3);
  const std::vector<std::string> entities{"coordination_forum", "coordination_meeting", "coordination_commitment"};
  for (std::size_t i = 0; i < 3; ++i) {
    const auto& entry = snapshot.audit[before + i];
    EXPECT_EQ(entry.action, "update");
    EXPECT_EQ(entry.entity_type, entities[i]);
    EXPECT_EQ(entry.detail, "no changes");
  }
}

}  // namespace
}  // namespace sinergi::domain
