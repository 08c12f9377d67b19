// The complaint facts of cases (ports/case_work_repository.hpp) and their clocks on the task list
// (ports/task_repository.hpp RunningComplaintClocks), and the public holidays of the reference data
// (ports/reference_repository.hpp): round trip, optimistic concurrency, which cases run a clock, order, limit.
// Runs on every backend and the in-memory fake (CaseWorkContract).
#include "tests/contract/case_work_contract.hpp"

namespace sinergi::contract {
namespace {

using core::ErrorCode;
using domain::ComplaintClock;
using domain::ComplaintFacts;
using domain::PublicHoliday;

ComplaintFacts Facts(const Case& c, std::int64_t version = 1) {
  ComplaintFacts f;
  f.case_id = c.id;
  f.version = version;
  f.created_at = f.updated_at = Ms(1'700'000'400'000);
  f.created_by = f.updated_by = "tester";
  return f;
}

std::vector<std::string> CaseIds(const std::vector<domain::ports::RunningComplaintClock>& rows) {
  std::vector<std::string> out;
  for (const auto& r : rows) out.push_back(r.case_id);
  return out;
}

TEST_P(CaseWorkContract, ComplaintFactsRoundTripWithVersions) {
  const Case c = SaveCase("agency-a", {"PMI_BERMASALAH"});
  ComplaintFacts f = Facts(c);
  f.data.documents_incomplete = true;
  f.data.info_requested_on = Date{2025, 3, 12};
  f.data.settlement_clarified_on = Date{2025, 3, 14};
  {
    auto uow = Write();
    auto none = uow->case_work().GetComplaintFacts(c.id);
    ASSERT_OK(none);
    EXPECT_FALSE(none->has_value());
    ASSERT_OK(uow->case_work().SaveComplaintFacts(f, 0));
    // A second first write loses: for its writer the facts are stale.
    EXPECT_ERROR(uow->case_work().SaveComplaintFacts(f, 0), ErrorCode::kPreconditionFailed, "version_mismatch");
    ComplaintFacts orphan = f;
    orphan.case_id = "01NOCASE";
    EXPECT_ERROR(uow->case_work().SaveComplaintFacts(orphan, 0), ErrorCode::kNotFound, "case.not_found");
    ASSERT_OK(uow->Commit());
  }
  ComplaintFacts next = f;
  next.version = 2;
  next.data.documents_incomplete = false;
  next.data.info_requested_on.reset();
  next.data.unreachable_since = Date{2025, 3, 20};
  next.data.awaiting_response_since = Date{2025, 3, 21};
  next.created_by = "someone else";  // fixed once recorded: not written
  next.updated_at = Ms(1'700'000'500'000);
  next.updated_by = "editor";
  {
    auto uow = Write();
    EXPECT_ERROR(uow->case_work().SaveComplaintFacts(next, 2), ErrorCode::kPreconditionFailed, "version_mismatch");
    ASSERT_OK(uow->case_work().SaveComplaintFacts(next, 1));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->case_work().GetComplaintFacts(c.id);
  ASSERT_OK(got);
  ASSERT_TRUE(got->has_value());
  EXPECT_EQ((*got)->data, next.data);
  EXPECT_EQ((*got)->version, 2);
  EXPECT_EQ((*got)->created_by, "tester");
  EXPECT_EQ((*got)->created_at, f.created_at);
  EXPECT_EQ((*got)->updated_by, "editor");
  EXPECT_EQ((*got)->updated_at, next.updated_at);
}

TEST_P(CaseWorkContract, ComplaintClocksRunOnOpenPmiComplaintsOfTheAgency) {
  const Case late = SaveCase("agency-a", {"TPPO", "PMI_BERMASALAH"});
  const Case early = SaveCase("agency-a", {"PMI_BERMASALAH"});
  const Case not_pmi = SaveCase("agency-a", {"TPPO"});
  const Case closed = SaveCase("agency-a", {"PMI_BERMASALAH"}, CaseStatus::kClosed);
  const Case other_agency = SaveCase("agency-b", {"PMI_BERMASALAH"});
  {
    auto uow = Write();
    for (const Case* c : {&late, &not_pmi, &closed, &other_agency}) {
      ComplaintFacts f = Facts(*c);
      f.data.documents_incomplete = true;
      f.data.info_requested_on = Date{2025, 3, 20};
      ASSERT_OK(uow->case_work().SaveComplaintFacts(f, 0));
    }
    ComplaintFacts f = Facts(early);
    f.data.info_requested_on = Date{2025, 3, 11};
    f.data.settlement_clarified_on = Date{2025, 3, 12};
    ASSERT_OK(uow->case_work().SaveComplaintFacts(f, 0));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto info = uow->tasks().RunningComplaintClocks(Query("agency-a"), ComplaintClock::kInfo15wd);
  ASSERT_OK(info);
  EXPECT_EQ(CaseIds(*info), (std::vector<std::string>{early.id, late.id}));  // earliest start first
  EXPECT_EQ(info->at(0).started_on, (Date{2025, 3, 11}));
  auto limited = uow->tasks().RunningComplaintClocks(Query("agency-a", 1), ComplaintClock::kInfo15wd);
  ASSERT_OK(limited);
  EXPECT_EQ(CaseIds(*limited), (std::vector<std::string>{early.id}));
  // The documents clock starts on the case's reported_on.
  auto documents = uow->tasks().RunningComplaintClocks(Query("agency-a"), ComplaintClock::kDocuments30d);
  ASSERT_OK(documents);
  EXPECT_EQ(CaseIds(*documents), (std::vector<std::string>{late.id}));
  EXPECT_EQ(documents->at(0).started_on, late.data.reported_on);
  auto settlement = uow->tasks().RunningComplaintClocks(Query("agency-a"), ComplaintClock::kSettlement7d);
  ASSERT_OK(settlement);
  EXPECT_EQ(CaseIds(*settlement), (std::vector<std::string>{early.id}));
  EXPECT_TRUE(uow->tasks().RunningComplaintClocks(Query("agency-a"), ComplaintClock::kUnreachable60d)->empty());
  EXPECT_TRUE(uow->tasks().RunningComplaintClocks(Query("agency-a"), ComplaintClock::kNoResponse6m)->empty());
  auto b = uow->tasks().RunningComplaintClocks(Query("agency-b"), ComplaintClock::kInfo15wd);
  ASSERT_OK(b);
  EXPECT_EQ(CaseIds(*b), (std::vector<std::string>{other_agency.id}));
}

TEST_P(CaseWorkContract, PublicHolidaysAreDistinctDatesInARange) {
  {
    auto uow = Write();
    auto empty = uow->reference().CountPublicHolidays();
    ASSERT_OK(empty);
    EXPECT_EQ(*empty, 0);
    ASSERT_OK(uow->reference().UpsertPublicHolidays(
        {PublicHoliday{{2026, 8, 17}, "Hari Kemerdekaan"}, PublicHoliday{{2026, 3, 20}, "Hari Raya Idul Fitri"},
         PublicHoliday{{2026, 3, 21}, "Hari Raya Idul Fitri"}, PublicHoliday{{2026, 3, 20}, "Hari Lain"}}));
    // Loading again changes nothing.
    ASSERT_OK(uow->reference().UpsertPublicHolidays({PublicHoliday{{2026, 8, 17}, "Hari Kemerdekaan"}}));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto count = uow->reference().CountPublicHolidays();
  ASSERT_OK(count);
  EXPECT_EQ(*count, 4);
  auto march = uow->reference().PublicHolidays(Date{2026, 3, 1}, Date{2026, 3, 31});
  ASSERT_OK(march);
  EXPECT_EQ(*march, (std::vector<Date>{{2026, 3, 20}, {2026, 3, 21}}));
  auto bounds = uow->reference().PublicHolidays(Date{2026, 3, 21}, Date{2026, 8, 17});
  ASSERT_OK(bounds);
  EXPECT_EQ(*bounds, (std::vector<Date>{{2026, 3, 21}, {2026, 8, 17}}));
  EXPECT_TRUE(uow->reference().PublicHolidays(Date{2027, 1, 1}, Date{2027, 12, 31})->empty());
}

}  // namespace
}  // namespace sinergi::contract
