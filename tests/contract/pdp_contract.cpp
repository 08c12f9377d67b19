// Consents and data-subject requests: round trip, withdrawal, unknown persons, filters and paging.
#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

using core::ErrorCode;
using domain::Consent;
using domain::DataSubjectRequest;
using domain::RequestStatus;

Consent MakeConsent(std::string id, std::string person_id) {
  Consent c;
  c.id = std::move(id);
  c.person_id = std::move(person_id);
  c.data.purpose = "RUJUKAN_LAYANAN";
  c.data.recipient_types = {"UPTD_PPA", "DINAS_SOSIAL"};
  c.data.lawful_basis = "PERSETUJUAN";
  c.data.given_by = "WALI";
  c.data.checklist = {true, false, true, false, true};
  c.data.note = "Persetujuan tertulis";
  c.recorded_at = Ms(1'700'000'000'500);
  c.recorded_by = "tester";
  return c;
}

DataSubjectRequest MakeRequest(std::string id, std::string person_id, std::int64_t due_ms) {
  DataSubjectRequest r;
  r.id = std::move(id);
  r.person_id = std::move(person_id);
  r.kind = "KOREKSI";
  r.received_at = Ms(due_ms - 72 * 3'600'000);
  r.due_at = Ms(due_ms);
  r.channel = "TELEPON";
  r.created_at = r.received_at;
  r.created_by = "tester";
  return r;
}

TEST_P(StorageContract, ConsentInsertGetListWithdraw) {
  auto child = MakePerson("Anak"), guardian = MakePerson("Wali");
  SavePerson(child);
  SavePerson(guardian);
  Consent first = MakeConsent(NextId(), child.id);
  first.data.guardian_person_id = guardian.id;
  Consent second = MakeConsent(NextId(), child.id);
  second.data.recipient_types = {};
  second.data.note.reset();
  {
    auto uow = Write();
    ASSERT_OK(uow->pdp().InsertConsent(first));
    ASSERT_OK(uow->pdp().InsertConsent(second));
    EXPECT_ERROR(uow->pdp().InsertConsent(first), ErrorCode::kConflict, "consent.exists");
    ASSERT_OK(uow->Commit());
  }
  auto uow = Write();
  auto got = uow->pdp().GetConsent(first.id);
  ASSERT_OK(got);
  EXPECT_EQ(got->data.recipient_types, first.data.recipient_types);
  EXPECT_EQ(got->data.checklist, first.data.checklist);
  EXPECT_EQ(got->data.guardian_person_id, guardian.id);
  EXPECT_EQ(got->data.note, first.data.note);
  EXPECT_EQ(got->recorded_at, first.recorded_at);
  EXPECT_FALSE(got->withdrawn());

  got->withdrawn_at = Ms(1'700'000'900'000);
  got->withdrawn_by = "tester2";
  got->withdrawal_reason = "Tidak setuju lagi";
  ASSERT_OK(uow->pdp().UpdateConsentWithdrawal(*got));
  auto list = uow->pdp().ListConsents(child.id);
  ASSERT_OK(list);
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].id, first.id);
  EXPECT_EQ((*list)[0].withdrawn_at, Ms(1'700'000'900'000));
  EXPECT_EQ((*list)[0].withdrawal_reason, "Tidak setuju lagi");
  EXPECT_TRUE((*list)[1].data.recipient_types.empty());
  EXPECT_FALSE((*list)[1].data.note.has_value());
  EXPECT_ERROR(uow->pdp().GetConsent("nope"), ErrorCode::kNotFound, "consent.not_found");
  EXPECT_ERROR(uow->pdp().UpdateConsentWithdrawal(MakeConsent("nope", child.id)), ErrorCode::kNotFound,
               "consent.not_found");
}

TEST_P(StorageContract, ConsentOfAnUnknownPersonIsNotFound) {
  auto uow = Write();
  EXPECT_ERROR(uow->pdp().InsertConsent(MakeConsent(NextId(), "01NOBODY")), ErrorCode::kNotFound, "person.not_found");
}

TEST_P(StorageContract, SubjectRequestRoundTripFiltersAndPaging) {
  auto a = MakePerson("A"), b = MakePerson("B");
  SavePerson(a);
  SavePerson(b);
  DataSubjectRequest r1 = MakeRequest(NextId(), a.id, 1'700'100'000'000);
  DataSubjectRequest r2 = MakeRequest(NextId(), a.id, 1'700'300'000'000);
  DataSubjectRequest r3 = MakeRequest(NextId(), b.id, 1'700'200'000'000);
  r3.note = "lewat surat";
  {
    auto uow = Write();
    for (const auto* r : {&r1, &r2, &r3}) ASSERT_OK(uow->pdp().InsertRequest(*r));
    EXPECT_ERROR(uow->pdp().InsertRequest(r1), ErrorCode::kConflict, "data_subject_request.exists");
    EXPECT_ERROR(uow->pdp().InsertRequest(MakeRequest(NextId(), "01NOBODY", 1)), ErrorCode::kNotFound,
                 "person.not_found");
    ASSERT_OK(uow->Commit());
  }
  auto uow = Write();
  auto got = uow->pdp().GetRequest(r3.id);
  ASSERT_OK(got);
  EXPECT_EQ(got->due_at, r3.due_at);
  EXPECT_EQ(got->received_at, r3.received_at);
  EXPECT_EQ(got->status, RequestStatus::kOpen);
  EXPECT_EQ(got->note, "lewat surat");

  got->status = RequestStatus::kRefused;
  got->completed_at = Ms(1'700'150'000'000);
  got->outcome_note = "Membahayakan korban (Ps 33)";
  got->handled_by = "dpo";
  ASSERT_OK(uow->pdp().UpdateRequestOutcome(*got));
  auto again = uow->pdp().GetRequest(r3.id);
  ASSERT_OK(again);
  EXPECT_EQ(again->status, RequestStatus::kRefused);
  EXPECT_EQ(again->handled_by, "dpo");
  EXPECT_EQ(again->outcome_note, "Membahayakan korban (Ps 33)");

  domain::ports::RequestFilter open_due;
  open_due.status = RequestStatus::kOpen;
  open_due.due_before = Ms(1'700'250'000'000);
  auto due = uow->pdp().ListRequests(open_due, {});
  ASSERT_OK(due);
  ASSERT_EQ(due->items.size(), 1u);
  EXPECT_EQ(due->items[0].id, r1.id);

  domain::ports::RequestFilter of_a;
  of_a.person_id = a.id;
  auto page1 = uow->pdp().ListRequests(of_a, {1, std::nullopt});
  ASSERT_OK(page1);
  ASSERT_EQ(page1->items.size(), 1u);
  ASSERT_TRUE(page1->next_after.has_value());
  auto page2 = uow->pdp().ListRequests(of_a, {1, page1->next_after});
  ASSERT_OK(page2);
  ASSERT_EQ(page2->items.size(), 1u);
  EXPECT_EQ(page2->items[0].id, r2.id);
  EXPECT_FALSE(page2->next_after.has_value());
  EXPECT_ERROR(uow->pdp().GetRequest("nope"), ErrorCode::kNotFound, "data_subject_request.not_found");
}

}  // namespace
}  // namespace sinergi::contract
