// Period heads and anchor comparison (audit_anchor.hpp), including what an attacker holding the database file
// can do to the chain: rewrite it from an edited entry on, cut off its tail, or edit the anchor file.
#include "domain/audit_anchor.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <vector>

namespace sinergi::domain {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using namespace std::chrono_literals;

core::Timestamp At(int day, int hour, int minute = 0) {
  return core::Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / day}} + std::chrono::hours{hour} +
         std::chrono::minutes{minute};
}

// A valid chain whose entries carry the given times.
std::vector<AuditEntry> Chain(const std::vector<core::Timestamp>& times) {
  std::vector<AuditEntry> chain;
  std::string prev = kAuditGenesisHash;
  for (std::size_t i = 0; i < times.size(); ++i) {
    AuditEntry e;
    e.seq = static_cast<std::int64_t>(i) + 1;
    e.id = "entry-" + std::to_string(e.seq);
    e.at = times[i];
    e.actor_id = "user-1";
    e.action = "read";
    e.entity_type = "person";
    e.entity_id = "p" + std::to_string(e.seq);
    e.prev_hash = prev;
    e.hash = ComputeAuditHash(e);
    prev = e.hash;
    chain.push_back(e);
  }
  return chain;
}

// What an attacker with write access to the file does: edit entry `seq` and recompute every hash from there on,
// so the chain verifies again.
void RewriteFrom(std::vector<AuditEntry>& chain, std::int64_t seq, const std::string& new_detail) {
  auto index = static_cast<std::size_t>(seq - 1);
  chain[index].detail = new_detail;
  for (std::size_t i = index; i < chain.size(); ++i) {
    chain[i].prev_hash = i == 0 ? kAuditGenesisHash : chain[i - 1].hash;
    chain[i].hash = ComputeAuditHash(chain[i]);
  }
}

struct Heads {
  std::vector<AuditAnchor> closed;
  std::optional<AuditAnchor> open;
};

Heads HeadsOf(const std::vector<AuditEntry>& chain, AnchorPeriod period) {
  PeriodHeads heads(period);
  Heads out;
  for (const AuditEntry& e : chain) {
    if (auto closed = heads.Add(e)) out.closed.push_back(*closed);
  }
  out.open = heads.OpenHead();
  return out;
}

std::vector<std::int64_t> Seqs(const std::vector<AuditAnchor>& anchors) {
  std::vector<std::int64_t> seqs;
  for (const AuditAnchor& a : anchors) seqs.push_back(a.seq);
  return seqs;
}

std::vector<std::string> PeriodsOf(const std::vector<AuditAnchor>& anchors) {
  std::vector<std::string> periods;
  for (const AuditAnchor& a : anchors) periods.push_back(a.period);
  return periods;
}

std::optional<AnchorMismatch> Check(const std::vector<AuditEntry>& chain, const std::vector<AuditAnchor>& anchors) {
  AnchorCheck check(anchors);
  for (const AuditEntry& e : chain) check.Add(e);
  return check.Finish(chain.empty() ? 0 : chain.back().seq);
}

TEST(AnchorPeriodKey, NamesTheUtcDayOrHour) {
  EXPECT_EQ(AnchorPeriodKey(At(22, 0), AnchorPeriod::kDay), "2026-11-22");
  EXPECT_EQ(AnchorPeriodKey(At(22, 23, 59) + 59s + 999ms, AnchorPeriod::kDay), "2026-11-22");
  EXPECT_EQ(AnchorPeriodKey(At(22, 7, 5), AnchorPeriod::kHour), "2026-11-22T07Z");
  EXPECT_EQ(AnchorPeriodKey(At(22, 23, 59), AnchorPeriod::kHour), "2026-11-22T23Z");
  EXPECT_EQ(AnchorPeriodKey(core::Timestamp{} - 1ms, AnchorPeriod::kHour), "1969-12-31T23Z");
}

TEST(AnchorPeriodStart, ReadsBackExactlyTheKeysItWrites) {
  EXPECT_EQ(AnchorPeriodStart("2026-11-22"), At(22, 0));
  EXPECT_EQ(AnchorPeriodStart("2026-11-22T07Z"), At(22, 7));
  EXPECT_EQ(AnchorPeriodStart(AnchorPeriodKey(At(30, 23, 1), AnchorPeriod::kHour)), At(30, 23));
  for (const char* bad : {"", "2026-11-31", "2026-11-22T24Z", "2026-11-22T7Z", "2026-11-22T07", "2026-11-22 07Z",
                          "2026-11-22T0xZ", "22-11-2026", "2026-11-22T07:00Z"}) {
    EXPECT_FALSE(AnchorPeriodStart(bad).has_value()) << bad;
  }
}

TEST(PeriodHeads, AnEmptyChainHasNoHeads) {
  Heads heads = HeadsOf({}, AnchorPeriod::kDay);
  EXPECT_THAT(heads.closed, IsEmpty());
  EXPECT_FALSE(heads.open.has_value());
}

TEST(PeriodHeads, APeriodClosesWhenALaterOneBegins) {
  const auto chain = Chain({At(21, 9), At(21, 23, 59), At(22, 0, 1), At(24, 8), At(24, 9)});
  Heads heads = HeadsOf(chain, AnchorPeriod::kDay);
  ASSERT_EQ(heads.closed.size(), 2U);  // 2026-11-23 had no entry: it has no head of its own
  EXPECT_THAT(PeriodsOf(heads.closed), ElementsAre("2026-11-21", "2026-11-22"));
  const AuditAnchor& first = heads.closed[0];
  EXPECT_EQ(first.seq, 2);
  EXPECT_EQ(first.entry_id, "entry-2");
  EXPECT_EQ(first.at, At(21, 23, 59));
  EXPECT_EQ(first.hash, chain[1].hash);
  EXPECT_EQ(first.entries, 2);
  EXPECT_FALSE(first.open);
  EXPECT_EQ(heads.closed[1].seq, 3);
  EXPECT_EQ(heads.closed[1].entries, 3);

  ASSERT_TRUE(heads.open.has_value());
  EXPECT_TRUE(heads.open->open);
  EXPECT_EQ(heads.open->period, "2026-11-24");
  EXPECT_EQ(heads.open->seq, 5);
  EXPECT_EQ(heads.open->hash, chain.back().hash);
}

TEST(PeriodHeads, HoursAreTheirOwnPeriods) {
  const auto chain = Chain({At(22, 7, 0), At(22, 7, 59), At(22, 8, 0), At(22, 10, 30)});
  Heads heads = HeadsOf(chain, AnchorPeriod::kHour);
  EXPECT_THAT(PeriodsOf(heads.closed), ElementsAre("2026-11-22T07Z", "2026-11-22T08Z"));
  EXPECT_THAT(Seqs(heads.closed), ElementsAre(2, 3));
  EXPECT_EQ(heads.open->period, "2026-11-22T10Z");
}

// A clock stepped back must not reopen a closed period: its head could then change after being anchored.
TEST(PeriodHeads, AnEntryWhoseClockWentBackStaysInTheCurrentPeriod) {
  const auto chain = Chain({At(21, 23, 58), At(22, 0, 1), At(21, 23, 59), At(22, 0, 2), At(23, 1)});
  Heads heads = HeadsOf(chain, AnchorPeriod::kDay);
  EXPECT_THAT(PeriodsOf(heads.closed), ElementsAre("2026-11-21", "2026-11-22"));
  EXPECT_THAT(Seqs(heads.closed), ElementsAre(1, 4));
  EXPECT_EQ(heads.closed[1].at, At(22, 0, 2));
}

TEST(PeriodHeads, ClosedHeadsDoNotChangeAsTheChainGrows) {
  auto chain = Chain({At(21, 9), At(22, 9), At(22, 10)});
  Heads before = HeadsOf(chain, AnchorPeriod::kDay);
  chain = Chain({At(21, 9), At(22, 9), At(22, 10), At(22, 11), At(23, 1), At(23, 2)});
  Heads after = HeadsOf(chain, AnchorPeriod::kDay);
  ASSERT_EQ(before.closed.size(), 1U);
  EXPECT_EQ(after.closed.front(), before.closed.front());
  EXPECT_EQ(after.closed[1].seq, 4);  // 2026-11-22 grew past the open head seen before, then closed
}

TEST(AnchorsSince, KeepsPeriodsStartingOnOrAfterTheDay) {
  const auto chain = Chain({At(20, 9), At(21, 9), At(21, 10), At(22, 9), At(23, 9)});
  EXPECT_THAT(PeriodsOf(AnchorsSince(HeadsOf(chain, AnchorPeriod::kDay).closed, {2026, 11, 21})),
              ElementsAre("2026-11-21", "2026-11-22"));
  EXPECT_THAT(PeriodsOf(AnchorsSince(HeadsOf(chain, AnchorPeriod::kHour).closed, {2026, 11, 22})),
              ElementsAre("2026-11-22T09Z"));
  EXPECT_THAT(AnchorsSince(HeadsOf(chain, AnchorPeriod::kDay).closed, {2026, 12, 1}), IsEmpty());
}

class AnchorCheckTest : public ::testing::Test {
 protected:
  AnchorCheckTest() : chain_(Chain({At(20, 9), At(20, 10), At(21, 9), At(21, 10), At(22, 9), At(22, 10), At(23, 9)})) {
    Heads heads = HeadsOf(chain_, AnchorPeriod::kDay);
    anchors_ = heads.closed;  // 2026-11-20 @2, -21 @4, -22 @6
    anchors_.push_back(*heads.open);
  }

  std::vector<AuditEntry> chain_;
  std::vector<AuditAnchor> anchors_;
};

TEST_F(AnchorCheckTest, AnUntouchedChainHoldsEveryAnchor) {
  EXPECT_FALSE(Check(chain_, anchors_).has_value());
  EXPECT_FALSE(Check(chain_, {}).has_value());
  EXPECT_FALSE(Check({}, {}).has_value());
  // The chain may grow past its anchors.
  auto longer = Chain({At(20, 9), At(20, 10), At(21, 9), At(21, 10), At(22, 9), At(22, 10), At(23, 9), At(23, 10)});
  EXPECT_FALSE(Check(longer, anchors_).has_value());
}

// The case the chain alone cannot see: entry 3 edited, every hash from there on recomputed.
TEST_F(AnchorCheckTest, ARecomputedChainContradictsTheFirstAnchorAfterTheEdit) {
  RewriteFrom(chain_, 3, "nothing to see");
  AuditChainCheck chain_check;
  for (const AuditEntry& e : chain_) chain_check.Add(e);
  ASSERT_TRUE(chain_check.result().ok);  // the rewritten chain verifies on its own

  auto mismatch = Check(chain_, anchors_);
  ASSERT_TRUE(mismatch.has_value());
  EXPECT_EQ(mismatch->index, 1U);  // 2026-11-20 (entry 2) is before the edit and still holds
  EXPECT_EQ(mismatch->anchor.period, "2026-11-21");
  EXPECT_EQ(mismatch->anchor.seq, 4);
  EXPECT_THAT(mismatch->problem, HasSubstr("entry 4 now has hash"));
  EXPECT_THAT(mismatch->problem, HasSubstr("rewritten"));
}

TEST_F(AnchorCheckTest, ARewriteOfTheOpenPeriodIsCaughtByTheOpenHead) {
  RewriteFrom(chain_, 7, "nothing to see");
  auto mismatch = Check(chain_, anchors_);
  ASSERT_TRUE(mismatch.has_value());
  EXPECT_EQ(mismatch->index, 3U);
  EXPECT_TRUE(mismatch->anchor.open);
}

TEST_F(AnchorCheckTest, ATruncatedChainEndsBeforeItsLastAnchor) {
  chain_.resize(5);  // entries 6 and 7 cut off; what is left is a valid chain
  auto mismatch = Check(chain_, anchors_);
  ASSERT_TRUE(mismatch.has_value());
  EXPECT_EQ(mismatch->index, 2U);
  EXPECT_EQ(mismatch->anchor.seq, 6);
  EXPECT_THAT(mismatch->problem, HasSubstr("the chain ends at entry 5"));
}

// Cutting exactly at a closed head leaves every anchored hash in place, but a closed head says a later entry
// existed.
TEST_F(AnchorCheckTest, ATruncationRightAfterAClosedHeadIsCaught) {
  chain_.resize(6);
  anchors_.pop_back();  // the open head (entry 7) was never anchored
  auto mismatch = Check(chain_, anchors_);
  ASSERT_TRUE(mismatch.has_value());
  EXPECT_EQ(mismatch->anchor.seq, 6);
  EXPECT_THAT(mismatch->problem, HasSubstr("closed its period"));
  EXPECT_THAT(mismatch->problem, HasSubstr("ends at entry 6"));
}

TEST_F(AnchorCheckTest, AnEmptiedTrailContradictsEveryAnchor) {
  auto mismatch = Check({}, anchors_);
  ASSERT_TRUE(mismatch.has_value());
  EXPECT_EQ(mismatch->index, 0U);
  EXPECT_THAT(mismatch->problem, HasSubstr("the chain ends at entry 0"));
}

TEST_F(AnchorCheckTest, AMissingMiddleEntryIsNamed) {
  chain_.erase(chain_.begin() + 3);  // entry 4, the head of 2026-11-21
  auto mismatch = Check(chain_, anchors_);
  ASSERT_TRUE(mismatch.has_value());
  EXPECT_EQ(mismatch->index, 1U);
  EXPECT_THAT(mismatch->problem, HasSubstr("entry 4 is missing"));
}

TEST_F(AnchorCheckTest, AnEditedAnchorFileIsReported) {
  std::vector<AuditAnchor> edited = anchors_;
  edited[2].hash[0] = edited[2].hash[0] == 'a' ? 'b' : 'a';
  auto mismatch = Check(chain_, edited);
  ASSERT_TRUE(mismatch.has_value());
  EXPECT_EQ(mismatch->index, 2U);
  EXPECT_THAT(mismatch->problem, HasSubstr("or the anchor was edited"));

  for (auto edit : {+[](AuditAnchor& a) { a.entry_id = "entry-x"; }, +[](AuditAnchor& a) { a.at += 1ms; },
                    +[](AuditAnchor& a) { a.entries += 1; }}) {
    edited = anchors_;
    edit(edited[0]);
    mismatch = Check(chain_, edited);
    ASSERT_TRUE(mismatch.has_value());
    EXPECT_EQ(mismatch->index, 0U);
    EXPECT_THAT(mismatch->problem, HasSubstr("the anchor file was edited"));
  }

  edited = anchors_;
  edited[1].seq = 3;  // moved to another entry: its hash is not entry 3's
  mismatch = Check(chain_, edited);
  ASSERT_TRUE(mismatch.has_value());
  EXPECT_EQ(mismatch->index, 1U);
}

TEST_F(AnchorCheckTest, TheFirstMismatchIsInListOrderNotSeqOrder) {
  std::vector<AuditAnchor> shuffled = {anchors_[3], anchors_[0], anchors_[2], anchors_[1]};
  RewriteFrom(chain_, 5, "x");  // contradicts the heads at entries 6 and 7
  auto mismatch = Check(chain_, shuffled);
  ASSERT_TRUE(mismatch.has_value());
  EXPECT_EQ(mismatch->index, 0U);
  EXPECT_EQ(mismatch->anchor.seq, 7);
}

class AnchorsToAppendTest : public ::testing::Test {
 protected:
  AnchorsToAppendTest() : chain_(Chain({At(20, 9), At(20, 10), At(21, 9), At(21, 10), At(22, 9)})) {
    heads_ = HeadsOf(chain_, AnchorPeriod::kDay);
  }

  std::vector<AuditAnchor> Computed(bool with_open) const {
    std::vector<AuditAnchor> out = heads_.closed;
    if (with_open) out.push_back(*heads_.open);
    return out;
  }

  std::vector<AuditEntry> chain_;
  Heads heads_;
};

TEST_F(AnchorsToAppendTest, EverythingIsNewInAnEmptyFile) {
  auto fresh = AnchorsToAppend({}, Computed(true));
  ASSERT_TRUE(fresh.ok());
  EXPECT_THAT(Seqs(*fresh), ElementsAre(2, 4, 5));
}

TEST_F(AnchorsToAppendTest, AppendingTwiceAddsNothing) {
  auto file = Computed(true);
  auto fresh = AnchorsToAppend(file, Computed(true));
  ASSERT_TRUE(fresh.ok());
  EXPECT_THAT(*fresh, IsEmpty());
}

TEST_F(AnchorsToAppendTest, AnOpenHeadThatClosedIsAppendedAsClosed) {
  std::vector<AuditAnchor> file = Computed(true);  // ..., 2026-11-22 open @5
  chain_ = Chain({At(20, 9), At(20, 10), At(21, 9), At(21, 10), At(22, 9), At(22, 11), At(23, 1)});
  heads_ = HeadsOf(chain_, AnchorPeriod::kDay);
  auto fresh = AnchorsToAppend(file, Computed(true));
  ASSERT_TRUE(fresh.ok()) << fresh.error().message();
  ASSERT_EQ(fresh->size(), 2U);
  EXPECT_EQ((*fresh)[0].period, "2026-11-22");
  EXPECT_EQ((*fresh)[0].seq, 6);
  EXPECT_FALSE((*fresh)[0].open);
  EXPECT_TRUE((*fresh)[1].open);
  EXPECT_EQ((*fresh)[1].seq, 7);
}

TEST_F(AnchorsToAppendTest, ADifferentHeadForAnAnchoredPeriodIsAConflict) {
  std::vector<AuditAnchor> file = Computed(false);
  RewriteFrom(chain_, 4, "edited");
  heads_ = HeadsOf(chain_, AnchorPeriod::kDay);
  auto fresh = AnchorsToAppend(file, Computed(false));
  ASSERT_FALSE(fresh.ok());
  EXPECT_EQ(fresh.error().code(), core::ErrorCode::kConflict);
  EXPECT_EQ(fresh.error().reason(), "audit.anchor_conflict");
  EXPECT_THAT(fresh.error().message(), HasSubstr("2026-11-21"));
}

// An attacker moves an entry's time into an earlier, anchored period and recomputes the chain from there: every
// anchored hash still matches, but the period now ends at another entry.
TEST_F(AnchorsToAppendTest, APeriodThatNowEndsElsewhereIsAConflict) {
  chain_ = Chain({At(20, 9), At(20, 10), At(21, 9), At(21, 10), At(22, 9), At(22, 10)});
  heads_ = HeadsOf(chain_, AnchorPeriod::kDay);
  std::vector<AuditAnchor> file = Computed(false);  // 2026-11-20 @2, 2026-11-21 @4
  chain_[4].at = At(21, 11);                        // entry 5 moved from 2026-11-22 into 2026-11-21
  RewriteFrom(chain_, 5, chain_[4].detail);
  heads_ = HeadsOf(chain_, AnchorPeriod::kDay);
  auto fresh = AnchorsToAppend(file, Computed(true));
  ASSERT_FALSE(fresh.ok());
  EXPECT_THAT(fresh.error().message(), HasSubstr("head of 2026-11-21 (entry 4)"));
  EXPECT_THAT(fresh.error().message(), HasSubstr("head of that period is now entry 5"));
}

// The open head said the period had reached entry 6; the chain's head of that period is now entry 5.
TEST_F(AnchorsToAppendTest, AnOpenHeadBeyondWhereItsPeriodNowEndsIsAConflict) {
  chain_ = Chain({At(20, 9), At(20, 10), At(21, 9), At(21, 10), At(22, 9), At(22, 10)});
  heads_ = HeadsOf(chain_, AnchorPeriod::kDay);
  std::vector<AuditAnchor> file = {*heads_.open};  // 2026-11-22 open @6
  chain_[5].at = At(23, 1);                        // entry 6 moved on a day
  RewriteFrom(chain_, 6, chain_[5].detail);
  heads_ = HeadsOf(chain_, AnchorPeriod::kDay);
  auto fresh = AnchorsToAppend(file, Computed(true));
  ASSERT_FALSE(fresh.ok());
  EXPECT_THAT(fresh.error().message(), HasSubstr("open head of 2026-11-22 (entry 6)"));
  EXPECT_THAT(fresh.error().message(), HasSubstr("head of that period is now entry 5"));
}

TEST_F(AnchorsToAppendTest, APeriodTheFileSaysEndedCannotBeOpenAgain) {
  std::vector<AuditAnchor> file = Computed(false);  // ..., 2026-11-21 closed @4
  chain_.resize(4);                                 // the entry that closed it is gone
  heads_ = HeadsOf(chain_, AnchorPeriod::kDay);
  auto fresh = AnchorsToAppend(file, Computed(true));
  ASSERT_FALSE(fresh.ok());
  EXPECT_THAT(fresh.error().message(), HasSubstr("entries were removed"));
}

TEST_F(AnchorsToAppendTest, DayAndHourHeadsLiveSideBySide) {
  std::vector<AuditAnchor> file = Computed(true);
  Heads hours = HeadsOf(chain_, AnchorPeriod::kHour);
  auto fresh = AnchorsToAppend(file, hours.closed);
  ASSERT_TRUE(fresh.ok());
  EXPECT_EQ(fresh->size(), hours.closed.size());
}

}  // namespace
}  // namespace sinergi::domain
