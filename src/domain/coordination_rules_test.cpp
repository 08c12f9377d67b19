// The coordination rules (coordination_rules.hpp): status moves, derived OVERDUE, the forum record's counting.
#include "domain/coordination_rules.hpp"

#include <gtest/gtest.h>

namespace sinergi::domain {
namespace {

using S = CommitmentStatus;

core::Date D(int y, int m, int d) {
  return core::Date{y, m, d};
}

Commitment Made(S status, core::Date due_on, std::vector<std::string> agencies = {"a"},
                std::optional<core::Date> done_on = std::nullopt) {
  Commitment c;
  c.data.status = status;
  c.data.due_on = due_on;
  c.data.agency_ids = std::move(agencies);
  c.done_on = done_on;
  return c;
}

TEST(CoordinationRulesTest, StatusMovesFollowTheTable) {
  EXPECT_TRUE(CanMoveCommitment(S::kOpen, S::kInProgress));
  EXPECT_TRUE(CanMoveCommitment(S::kOpen, S::kDone));
  EXPECT_TRUE(CanMoveCommitment(S::kOpen, S::kDropped));
  EXPECT_TRUE(CanMoveCommitment(S::kInProgress, S::kOpen));
  EXPECT_TRUE(CanMoveCommitment(S::kInProgress, S::kDone));
  EXPECT_TRUE(CanMoveCommitment(S::kDone, S::kInProgress));  // reopened
  EXPECT_TRUE(CanMoveCommitment(S::kDropped, S::kOpen));     // taken up again
  EXPECT_FALSE(CanMoveCommitment(S::kDone, S::kDropped));
  EXPECT_FALSE(CanMoveCommitment(S::kDone, S::kOpen));
  EXPECT_FALSE(CanMoveCommitment(S::kDropped, S::kDone));
  EXPECT_FALSE(CanMoveCommitment(S::kDropped, S::kInProgress));
  for (S s : {S::kOpen, S::kInProgress, S::kDone, S::kDropped}) EXPECT_TRUE(CanMoveCommitment(s, s));
}

TEST(CoordinationRulesTest, OverdueIsDerivedFromTheDueDayAndOnlyForActiveCommitments) {
  const core::Date due = D(2026, 3, 31);
  EXPECT_FALSE(IsCommitmentOverdue(Made(S::kOpen, due).data, D(2026, 3, 31)));  // the due day itself is in time
  EXPECT_TRUE(IsCommitmentOverdue(Made(S::kOpen, due).data, D(2026, 4, 1)));
  EXPECT_TRUE(IsCommitmentOverdue(Made(S::kInProgress, due).data, D(2026, 4, 1)));
  EXPECT_FALSE(IsCommitmentOverdue(Made(S::kDone, due).data, D(2027, 1, 1)));
  EXPECT_FALSE(IsCommitmentOverdue(Made(S::kDropped, due).data, D(2027, 1, 1)));
  EXPECT_EQ(CommitmentDisplayStatus(Made(S::kInProgress, due).data, D(2026, 4, 1)), "OVERDUE");
  EXPECT_EQ(CommitmentDisplayStatus(Made(S::kInProgress, due).data, D(2026, 3, 1)), "IN_PROGRESS");
  EXPECT_EQ(CommitmentDisplayStatus(Made(S::kDone, due).data, D(2026, 4, 1)), "DONE");
}

TEST(CoordinationRulesTest, DoneOnTimeComparesTheDayItWasMarkedDoneWithTheDueDay) {
  const core::Date due = D(2026, 3, 31);
  EXPECT_TRUE(DoneOnTime(Made(S::kDone, due, {"a"}, D(2026, 3, 31))));
  EXPECT_FALSE(DoneOnTime(Made(S::kDone, due, {"a"}, D(2026, 4, 1))));
  EXPECT_FALSE(DoneOnTime(Made(S::kOpen, due)));
}

TEST(CoordinationRulesTest, TheForumRecordPutsEveryCommitmentInOneBucketPerAgency) {
  const core::Date today = D(2026, 5, 1);
  const std::vector<Commitment> all{
      Made(S::kDone, D(2026, 4, 30), {"a"}, D(2026, 4, 20)),      // done on time
      Made(S::kDone, D(2026, 4, 1), {"a", "b"}, D(2026, 4, 15)),  // done late, both agencies
      Made(S::kOpen, D(2026, 4, 30), {"b"}),                      // overdue
      Made(S::kInProgress, D(2026, 5, 1), {"b"}),                 // open (due today)
      Made(S::kDropped, D(2026, 3, 1), {"c"}),                    // dropped, never overdue
  };
  const ForumRecord record = ForumRecordOf("forum-1", all, today);
  EXPECT_EQ(record.forum_id, "forum-1");
  EXPECT_EQ(record.as_of, today);
  EXPECT_EQ(record.total, (CommitmentCounts{5, 1, 1, 1, 1, 1}));
  EXPECT_EQ(record.by_agency.at("a"), (CommitmentCounts{2, 1, 1, 0, 0, 0}));
  EXPECT_EQ(record.by_agency.at("b"), (CommitmentCounts{3, 0, 1, 1, 1, 0}));
  EXPECT_EQ(record.by_agency.at("c"), (CommitmentCounts{1, 0, 0, 0, 0, 1}));
  const CommitmentCounts& t = record.total;
  EXPECT_EQ(t.made, t.done_on_time + t.done_late + t.overdue + t.open + t.dropped);
}

TEST(CoordinationRulesTest, TheTaskListTakesCommitmentsDueWithinSevenDaysOrOverdue) {
  const core::Date today = D(2026, 5, 1);
  EXPECT_EQ(CommitmentTaskHorizon(today), D(2026, 5, 8));
  EXPECT_TRUE(IsCommitmentDueSoon(Made(S::kOpen, D(2026, 5, 8)).data, today));
  EXPECT_FALSE(IsCommitmentDueSoon(Made(S::kOpen, D(2026, 5, 9)).data, today));
  EXPECT_TRUE(IsCommitmentDueSoon(Made(S::kInProgress, D(2026, 1, 1)).data, today));
  EXPECT_FALSE(IsCommitmentDueSoon(Made(S::kDone, D(2026, 5, 2)).data, today));
}

TEST(CoordinationRulesTest, ValidationNamesTheFieldsAndStatusNeeds) {
  CommitmentData data;
  data.status = S::kDone;
  data.target = 0;
  data.progress = -1;
  std::vector<std::string> fields;
  for (const core::FieldError& e : ValidateCommitment(data)) fields.push_back(e.field + ":" + e.code);
  EXPECT_EQ(fields, (std::vector<std::string>{"agency_ids:required", "description:required", "indicator:required",
                                              "target:out_of_range", "progress:out_of_range", "evidence:required"}));
  data = {};
  data.agency_ids = {"a"};
  data.description = "Sosialisasi";
  data.indicator = "5 kabupaten";
  data.status = S::kDropped;
  ASSERT_EQ(ValidateCommitment(data).size(), 1U);
  EXPECT_EQ(ValidateCommitment(data)[0].field, "dropped_reason");

  ForumData forum;
  forum.name = "Gugus Tugas";
  forum.convening_agency_id = "a";
  forum.region_code = "61.71";
  ASSERT_EQ(ValidateForum(forum).size(), 1U);
  EXPECT_EQ(ValidateForum(forum)[0].field, "region_code");
}

TEST(CoordinationRulesTest, NormalisingDropsEmptyAndRepeatedAgencies) {
  CommitmentData data;
  data.agency_ids = {" a ", "", "b", "a"};
  data.evidence = "  ";
  NormaliseCommitment(data);
  EXPECT_EQ(data.agency_ids, (std::vector<std::string>{"a", "b"}));
  EXPECT_FALSE(data.evidence.has_value());
}

TEST(CoordinationRulesTest, MaskingEmptiesRepresentativesButKeepsTheAgencies) {
  Meeting m;
  m.data.convening_agency_id = "a";
  m.data.participants = {{"b", {{"Ibu Sari", "Kepala Bidang"}}}, {"a", {}}};
  EXPECT_EQ(MeetingAgencies(m.data), (std::vector<std::string>{"a", "b"}));
  MaskRepresentatives(m);
  EXPECT_TRUE(m.representatives_masked);
  EXPECT_EQ(m.data.participants[0].agency_id, "b");
  EXPECT_EQ(m.data.participants[0].representatives[0].name, "");
  EXPECT_FALSE(m.data.participants[0].representatives[0].position.has_value());
}

}  // namespace
}  // namespace sinergi::domain
