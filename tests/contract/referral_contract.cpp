// Referrals (ports/referral_repository.hpp): round trip with the sealed texts and the referred persons in order,
// foreign keys, optimistic concurrency (only the answers change), the inbox/outbox list and its pages, the access
// grants (accepted or completed only) and the escalation scan. Runs on every backend and the in-memory fake.
#include "tests/contract/referral_contract.hpp"

#include <algorithm>

namespace sinergi::contract {
namespace {

using core::ErrorCode;
using domain::Referral;
using domain::ReferralStatus;
using domain::ports::PageRequest;
using domain::ports::ReferralFilter;

TEST_P(ReferralContract, RoundTripsAndOnlyTheAnswersChange) {
  Referral r = Make(case_a_, "agency-a", "agency-b", 1'700'000'300'000);
  r.data.consent_override_reason = "Nyawa korban terancam.";
  {
    auto uow = Write();
    ASSERT_OK(uow->referrals().Insert(r));
    EXPECT_ERROR(uow->referrals().Insert(r), ErrorCode::kConflict, "referral.exists");
    ASSERT_OK(uow->Commit());
  }
  Referral bad = Make("01NOCASE", "agency-a", "agency-b", 1);
  Referral bad_agency = Make(case_a_, "agency-a", "agency-x", 1);
  Referral bad_person = Make(case_a_, "agency-a", "agency-b", 1);
  bad_person.data.person_ids = {"01NOPERSON"};
  {
    auto uow = Write();
    EXPECT_ERROR(uow->referrals().Insert(bad), ErrorCode::kNotFound, "case.not_found");
  }
  {
    auto uow = Write();
    EXPECT_ERROR(uow->referrals().Insert(bad_agency), ErrorCode::kNotFound, "agency.not_found");
  }
  {
    auto uow = Write();
    EXPECT_ERROR(uow->referrals().Insert(bad_person), ErrorCode::kNotFound, "person.not_found");
  }
  {
    auto uow = Read();
    auto got = uow->referrals().Get(r.id);
    ASSERT_OK(got);
    EXPECT_EQ(got->case_id, r.case_id);
    EXPECT_EQ(got->from_agency_id, "agency-a");
    EXPECT_EQ(got->data.to_agency_id, "agency-b");
    EXPECT_EQ(got->data.person_ids, r.data.person_ids);  // the sender's order
    EXPECT_EQ(got->data.services, r.data.services);
    EXPECT_EQ(got->data.message, r.data.message);
    EXPECT_EQ(got->data.urgency, "TINGGI");
    EXPECT_EQ(got->data.consent_override_reason, r.data.consent_override_reason);
    EXPECT_EQ(got->consent_ids, r.consent_ids);
    EXPECT_EQ(got->status, ReferralStatus::kPending);
    EXPECT_EQ(got->created_at, r.created_at);
    EXPECT_EQ(got->created_by, "sender");
    EXPECT_FALSE(got->responded_at.has_value());
    EXPECT_ERROR(uow->referrals().Get("01NOREFERRAL"), ErrorCode::kNotFound, "referral.not_found");
  }
  Referral answered = r;
  answered.version = 2;
  answered.status = ReferralStatus::kCompleted;
  answered.responded_at = Ms(1'700'000'400'000);
  answered.responded_by = "receiver";
  answered.decline_reason = "tidak";
  answered.completed_at = Ms(1'700'000'500'000);
  answered.completed_by = "receiver";
  answered.outcome = "Ditampung 14 hari; ✓";
  answered.revoked_at = Ms(1'700'000'600'000);
  answered.revoked_by = "sender";
  answered.revoke_reason = "alasan";
  answered.forwarded_at = Ms(1'700'000'700'000);
  answered.forwarded_by = "receiver";
  answered.forwarded_to_referral_id = "01NEXT";
  answered.escalated_at = Ms(1'700'000'800'000);
  answered.data.message = "rewritten";  // not the update's to change
  {
    auto uow = Write();
    EXPECT_ERROR(uow->referrals().Update(answered, 5), ErrorCode::kPreconditionFailed, "version_mismatch");
    Referral missing = answered;
    missing.id = "01NOREFERRAL";
    EXPECT_ERROR(uow->referrals().Update(missing, 1), ErrorCode::kNotFound, "referral.not_found");
    ASSERT_OK(uow->referrals().Update(answered, 1));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->referrals().Get(r.id);
  ASSERT_OK(got);
  EXPECT_EQ(got->version, 2);
  EXPECT_EQ(got->status, ReferralStatus::kCompleted);
  EXPECT_EQ(got->responded_at, answered.responded_at);
  EXPECT_EQ(got->responded_by, answered.responded_by);
  EXPECT_EQ(got->decline_reason, answered.decline_reason);
  EXPECT_EQ(got->completed_at, answered.completed_at);
  EXPECT_EQ(got->completed_by, answered.completed_by);
  EXPECT_EQ(got->outcome, answered.outcome);
  EXPECT_EQ(got->revoked_at, answered.revoked_at);
  EXPECT_EQ(got->revoked_by, answered.revoked_by);
  EXPECT_EQ(got->revoke_reason, answered.revoke_reason);
  EXPECT_EQ(got->forwarded_at, answered.forwarded_at);
  EXPECT_EQ(got->forwarded_by, answered.forwarded_by);
  EXPECT_EQ(got->forwarded_to_referral_id, answered.forwarded_to_referral_id);
  EXPECT_EQ(got->escalated_at, answered.escalated_at);
  EXPECT_EQ(got->data.message, r.data.message);
  // Sealed at rest under the active key (backends that store nothing at rest count nothing).
  auto counts = uow->data_keys().CountSealed();
  ASSERT_OK(counts);
  if (!counts->empty()) {
    for (const char* column :
         {"referrals.message", "referrals.outcome", "referrals.decline_reason", "referrals.revoke_reason"}) {
      std::int64_t n = 0;
      for (const auto& c : *counts) {
        if (c.column == column && c.key_id == ContractKeys()->active_id()) n += c.values;
      }
      EXPECT_EQ(n, 1) << column;
    }
  }
}

TEST_P(ReferralContract, ListsNewestFirstWithFiltersAndPages) {
  std::vector<Referral> all;
  {
    auto uow = Write();
    for (int i = 0; i < 5; ++i) {
      all.push_back(Make(i < 3 ? case_a_ : case_b_, "agency-a", i % 2 == 0 ? "agency-b" : "agency-c",
                         1'700'000'300'000 + i * 1000));
      ASSERT_OK(uow->referrals().Insert(all.back()));
    }
    all.push_back(Make(case_b_, "agency-c", "agency-b", 1'700'000'900'000));
    ASSERT_OK(uow->referrals().Insert(all.back()));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto ids = [&](const ReferralFilter& f, int limit = 50) {
    std::vector<std::string> out;
    PageRequest page{.limit = limit, .after = std::nullopt};
    for (int guard = 0; guard < 20; ++guard) {
      auto res = uow->referrals().List(f, page);
      EXPECT_TRUE(res.ok());
      if (!res.ok()) break;
      for (const Referral& r : res->items) out.push_back(r.id);
      if (!res->next_after) break;
      EXPECT_EQ(*res->next_after, res->items.back().id);
      page.after = res->next_after;
    }
    return out;
  };
  std::vector<std::string> newest_first;
  for (auto it = all.rbegin(); it != all.rend(); ++it) newest_first.push_back(it->id);
  EXPECT_EQ(ids({}, 2), newest_first);
  ReferralFilter inbox;
  inbox.to_agency_id = "agency-b";
  EXPECT_EQ(ids(inbox), (std::vector<std::string>{all[5].id, all[4].id, all[2].id, all[0].id}));
  ReferralFilter outbox;
  outbox.from_agency_id = "agency-c";
  EXPECT_EQ(ids(outbox), std::vector<std::string>{all[5].id});
  ReferralFilter of_case;
  of_case.case_id = case_a_;
  of_case.involving_agency_ids = std::vector<std::string>{"agency-c"};
  EXPECT_EQ(ids(of_case), std::vector<std::string>{all[1].id});
  ReferralFilter nobody;
  nobody.involving_agency_ids = std::vector<std::string>{};
  EXPECT_TRUE(ids(nobody).empty());
  ReferralFilter window;
  window.created_from = Ms(1'700'000'301'000);
  window.created_to = Ms(1'700'000'303'000);
  EXPECT_EQ(ids(window), (std::vector<std::string>{all[2].id, all[1].id}));
  ReferralFilter pending;
  pending.status = ReferralStatus::kAccepted;
  EXPECT_TRUE(ids(pending).empty());
}

TEST_P(ReferralContract, SharesOnlyWhileAcceptedOrCompleted) {
  Referral accepted = Make(case_a_, "agency-a", "agency-b", 1'700'000'300'000);
  Referral declined = Make(case_b_, "agency-a", "agency-b", 1'700'000'301'000);
  declined.data.person_ids = {other_.id};
  Referral completed = Make(case_b_, "agency-a", "agency-c", 1'700'000'302'000);
  completed.data.person_ids = {other_.id};
  {
    auto uow = Write();
    for (const Referral* r : {&accepted, &declined, &completed}) ASSERT_OK(uow->referrals().Insert(*r));
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Read();
    EXPECT_TRUE(uow->referrals().SharedCaseIds("agency-b")->empty());  // pending shares nothing
    EXPECT_TRUE(uow->referrals().SharedPersonIds("agency-b")->empty());
  }
  {
    auto uow = Write();
    Referral a = accepted;
    a.version = 2;
    a.status = ReferralStatus::kAccepted;
    ASSERT_OK(uow->referrals().Update(a, 1));
    Referral d = declined;
    d.version = 2;
    d.status = ReferralStatus::kDeclined;
    ASSERT_OK(uow->referrals().Update(d, 1));
    Referral c = completed;
    c.version = 2;
    c.status = ReferralStatus::kCompleted;
    ASSERT_OK(uow->referrals().Update(c, 1));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  EXPECT_EQ(*uow->referrals().SharedCaseIds("agency-b"), std::vector<std::string>{case_a_});
  EXPECT_EQ(Sorted(*uow->referrals().SharedPersonIds("agency-b")), Sorted({victim_.id, other_.id}));
  EXPECT_EQ(Sorted(*uow->referrals().SharedPersonIdsOfCase("agency-b", case_a_)), Sorted({victim_.id, other_.id}));
  EXPECT_TRUE(uow->referrals().SharedPersonIdsOfCase("agency-b", case_b_)->empty());
  EXPECT_EQ(*uow->referrals().SharedCaseIds("agency-c"), std::vector<std::string>{case_b_});
  EXPECT_EQ(*uow->referrals().SharedPersonIds("agency-c"), std::vector<std::string>{other_.id});
  EXPECT_TRUE(uow->referrals().SharedCaseIds("agency-a")->empty());
}

TEST_P(ReferralContract, PendingUnescalatedOldestFirst) {
  Referral old = Make(case_a_, "agency-a", "agency-b", 1'000);
  Referral older = Make(case_a_, "agency-a", "agency-b", 500);
  Referral recent = Make(case_a_, "agency-a", "agency-b", 9'000);
  Referral escalated = Make(case_a_, "agency-a", "agency-b", 100);
  escalated.escalated_at = Ms(200);
  Referral answered = Make(case_a_, "agency-a", "agency-b", 100);
  answered.status = ReferralStatus::kAccepted;
  {
    auto uow = Write();
    for (const Referral* r : {&old, &older, &recent, &escalated, &answered}) ASSERT_OK(uow->referrals().Insert(*r));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto due = uow->referrals().PendingUnescalated(Ms(5'000), 10);
  ASSERT_OK(due);
  ASSERT_EQ(due->size(), 2U);
  EXPECT_EQ((*due)[0].id, older.id);
  EXPECT_EQ((*due)[1].id, old.id);
  EXPECT_EQ(uow->referrals().PendingUnescalated(Ms(5'000), 1)->size(), 1U);
}

}  // namespace
}  // namespace sinergi::contract
