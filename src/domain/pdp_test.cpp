// The consent and data-subject-request rules (pdp.hpp) and PdpService against the in-memory database.
#include "domain/pdp.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/clock.hpp"
#include "domain/pdp_service.hpp"
#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain {
namespace {

const core::Timestamp kNow = std::chrono::sys_days{std::chrono::year{2026} / 3 / 10} + std::chrono::hours{9};
const core::Date kToday{2026, 3, 10};

ConsentInput InformedConsent(std::string given_by = "SUBJEK") {
  ConsentInput in;
  in.purpose = "PENANGANAN_KASUS";
  in.recipient_types = {"UPTD_PPA", "POLRI"};
  in.lawful_basis = "PERSETUJUAN";
  in.given_by = std::move(given_by);
  in.checklist = {true, true, true, true, true};
  return in;
}

bool HasError(const std::vector<core::FieldError>& errors, const std::string& field, const std::string& code) {
  return std::any_of(errors.begin(), errors.end(),
                     [&](const core::FieldError& e) { return e.field == field && e.code == code; });
}

TEST(ConsentRulesTest, AnAdultGivesTheirOwnInformedConsent) {
  EXPECT_TRUE(ValidateConsent(InformedConsent(), core::Date{1990, 5, 12}, kToday).empty());
  // Unknown birth date: treated as an adult (the registry often learns it later).
  EXPECT_TRUE(ValidateConsent(InformedConsent(), std::nullopt, kToday).empty());
}

TEST(ConsentRulesTest, AChildsConsentMustComeFromAParentOrGuardian) {
  const core::Date seventeen{2008, 3, 11};  // turns 18 tomorrow
  auto errors = ValidateConsent(InformedConsent("SUBJEK"), seventeen, kToday);
  EXPECT_TRUE(HasError(errors, "given_by", "child_consent"));
  EXPECT_TRUE(ValidateConsent(InformedConsent("ORANG_TUA"), seventeen, kToday).empty());
  EXPECT_TRUE(ValidateConsent(InformedConsent("WALI"), seventeen, kToday).empty());
  // On the 18th birthday the person consents for themself.
  EXPECT_TRUE(ValidateConsent(InformedConsent("SUBJEK"), core::Date{2008, 3, 10}, kToday).empty());
}

TEST(ConsentRulesTest, AnotherLawfulBasisNeedsANoteButNoGuardian) {
  // The guardian is the suspected abuser: vital interest instead of consent, with the reason recorded.
  ConsentInput in = InformedConsent("SUBJEK");
  in.lawful_basis = "KEPENTINGAN_VITAL";
  in.checklist = {};
  EXPECT_TRUE(HasError(ValidateConsent(in, core::Date{2012, 1, 1}, kToday), "note", "required"));
  in.note = "Wali diduga pelaku; rujukan ke UPTD PPA.";
  EXPECT_TRUE(ValidateConsent(in, core::Date{2012, 1, 1}, kToday).empty());
}

TEST(ConsentRulesTest, UninformedConsentAndUnknownCodesAreRefused) {
  ConsentInput in = InformedConsent();
  in.checklist.informed_withdrawal = false;
  in.purpose = "JUALAN";
  in.recipient_types = {"POLRI", "POLRI", "BANK"};
  auto errors = ValidateConsent(in, std::nullopt, kToday);
  EXPECT_TRUE(HasError(errors, "checklist.informed_withdrawal", "not_informed"));
  EXPECT_TRUE(HasError(errors, "purpose", "unknown_code"));
  EXPECT_TRUE(HasError(errors, "recipient_types[1]", "duplicate"));
  EXPECT_TRUE(HasError(errors, "recipient_types[2]", "unknown_code"));
}

TEST(SubjectRequestRulesTest, DueSeventyTwoHoursAfterReceiptAndOverdueOnlyWhileOpen) {
  DataSubjectRequest r;
  r.received_at = kNow;
  r.due_at = RequestDueAt(kNow);
  EXPECT_EQ(r.due_at, kNow + std::chrono::hours(72));
  EXPECT_FALSE(IsOverdue(r, kNow + std::chrono::hours(72)));
  EXPECT_TRUE(IsOverdue(r, kNow + std::chrono::hours(72) + std::chrono::milliseconds(1)));
  r.status = RequestStatus::kCompleted;
  EXPECT_FALSE(IsOverdue(r, kNow + std::chrono::hours(100)));
}

TEST(SubjectRequestRulesTest, KindChannelAndReceiptTimeAreChecked) {
  DataSubjectRequestInput in{"INFO", std::nullopt, "MERPATI_POS", std::nullopt};
  auto errors = ValidateRequest(in, kNow + std::chrono::hours(1), kNow);
  EXPECT_TRUE(HasError(errors, "kind", "unknown_code"));  // a right, but not one tracked with a deadline
  EXPECT_TRUE(HasError(errors, "channel", "unknown_code"));
  EXPECT_TRUE(HasError(errors, "received_at", "in_future"));
  EXPECT_TRUE(ValidateRequest({"AKSES_SALINAN", std::nullopt, "TELEPON", std::nullopt}, kNow, kNow).empty());
}

Actor WithRole(const std::string& id, const std::string& role) {
  Actor actor;
  actor.id = id;
  actor.agency_id = "agency-1";
  actor.roles = {role};
  actor.scope = "AGENCY";  // need-to-know: records of the own agency
  return actor;
}

class PdpServiceTest : public ::testing::Test {
 protected:
  Person CreatePerson(const std::string& name, std::optional<core::Date> birth) {
    PersonData d;
    d.full_name = name;
    d.birth_date = birth;
    auto p = registry_.CreatePerson(worker_, std::move(d));
    SINERGI_CHECK(p.ok());
    return *p;
  }
  int AuditCount(const std::string& action, const std::string& detail_prefix) {
    int n = 0;
    for (const AuditEntry& e : db_.SnapshotForTest().audit) {
      if (e.action == action && e.detail.rfind(detail_prefix, 0) == 0) ++n;
    }
    return n;
  }

  test_doubles::InMemoryDatabase db_;
  core::ManualClock clock_{kNow};
  test_doubles::SequentialIdGenerator ids_;
  RegionDirectory regions_;
  RegistryService registry_{db_, clock_, ids_, regions_};
  PdpService svc_{db_, clock_, ids_};
  Actor worker_ = WithRole("worker-1", "CASE_WORKER");
  Actor supervisor_ = WithRole("supervisor-1", "SUPERVISOR");
  Actor admin_ = WithRole("admin-1", "SYSTEM_ADMIN");
};

TEST_F(PdpServiceTest, ChildConsentByTheChildIsRefusedAndNothingIsStored) {
  Person child = CreatePerson("Anak Contoh", core::Date{2014, 1, 1});
  auto refused = svc_.RecordConsent(worker_, child.id, InformedConsent("SUBJEK"));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().reason(), "validation_failed");
  EXPECT_TRUE(db_.SnapshotForTest().consents.empty());

  auto by_parent = svc_.RecordConsent(worker_, child.id, InformedConsent("ORANG_TUA"));
  ASSERT_TRUE(by_parent.ok()) << by_parent.error().message();
  EXPECT_EQ(by_parent->recorded_by, "worker-1");
  EXPECT_EQ(AuditCount("create", "consent"), 1);
}

TEST_F(PdpServiceTest, WithdrawOnceWithAReason) {
  Person p = CreatePerson("Dewi Lestari", core::Date{1995, 2, 2});
  auto consent = svc_.RecordConsent(worker_, p.id, InformedConsent());
  ASSERT_TRUE(consent.ok());
  EXPECT_FALSE(svc_.WithdrawConsent(worker_, p.id, consent->id, "  ").ok());
  auto withdrawn = svc_.WithdrawConsent(worker_, p.id, consent->id, "Tidak ingin dirujuk ke polisi.");
  ASSERT_TRUE(withdrawn.ok());
  EXPECT_EQ(withdrawn->withdrawn_at, kNow);
  auto again = svc_.WithdrawConsent(worker_, p.id, consent->id, "lagi");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().reason(), "consent.withdrawn");
  Person other = CreatePerson("Orang Lain", std::nullopt);
  auto elsewhere = svc_.WithdrawConsent(worker_, other.id, consent->id, "x");
  ASSERT_FALSE(elsewhere.ok());
  EXPECT_EQ(elsewhere.error().reason(), "consent.not_found");
}

TEST_F(PdpServiceTest, RequestsAreDueInThreeDaysAndListedWhenOverdue) {
  Person p = CreatePerson("Siti Aminah", core::Date{1992, 7, 1});
  auto created = svc_.CreateRequest(worker_, p.id, {"AKSES_SALINAN", std::nullopt, "LANGSUNG", std::nullopt});
  ASSERT_TRUE(created.ok()) << created.error().message();
  EXPECT_EQ(created->due_at, kNow + std::chrono::hours(72));

  // Case workers log requests; supervisors (kAuditRead) work the list.
  EXPECT_EQ(svc_.ListRequests(worker_, {}, {}).error().code(), core::ErrorCode::kForbidden);
  ports::RequestFilter overdue{std::nullopt, RequestStatus::kOpen, kNow + std::chrono::hours(73)};
  auto late = svc_.ListRequests(supervisor_, overdue, {});
  ASSERT_TRUE(late.ok());
  ASSERT_EQ(late->items.size(), 1u);

  auto refused = svc_.CloseRequest(supervisor_, created->id, RequestStatus::kRefused, std::nullopt);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().reason(), "validation_failed");
  // The DPO-like administrator closes requests without seeing the person.
  auto done = svc_.CloseRequest(admin_, created->id, RequestStatus::kCompleted, std::string("Salinan diserahkan."));
  ASSERT_TRUE(done.ok()) << done.error().message();
  EXPECT_EQ(done->handled_by, "admin-1");
  auto twice = svc_.CloseRequest(supervisor_, created->id, RequestStatus::kCompleted, std::nullopt);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().reason(), "data_subject_request.closed");
  EXPECT_TRUE(svc_.ListRequests(supervisor_, overdue, {})->items.empty());
}

TEST_F(PdpServiceTest, ExportHoldsTheRecordsAndWhoProcessedThem) {
  Person p = CreatePerson("Rina Wati", core::Date{1990, 1, 1});
  ASSERT_TRUE(svc_.RecordConsent(worker_, p.id, InformedConsent()).ok());
  ASSERT_TRUE(svc_.CreateRequest(worker_, p.id, {"AKSES_SALINAN", std::nullopt, "EMAIL", std::nullopt}).ok());
  EXPECT_EQ(svc_.Export(worker_, p.id).error().code(), core::ErrorCode::kForbidden);  // no audit read

  auto exported = svc_.Export(supervisor_, p.id);
  ASSERT_TRUE(exported.ok()) << exported.error().message();
  EXPECT_EQ(exported->person.id, p.id);
  EXPECT_EQ(exported->consents.size(), 1u);
  EXPECT_EQ(exported->requests.size(), 1u);
  const bool created_by_worker = std::any_of(exported->audit.begin(), exported->audit.end(), [](const AuditEntry& e) {
    return e.action == "create" && e.actor_id == "worker-1" && e.agency_id == "agency-1";
  });
  EXPECT_TRUE(created_by_worker);
  EXPECT_EQ(AuditCount("export", "access export"), 1);
}

// One audit entry per call: the person read that checks visibility is not audited on its own (review finding),
// and a refused call leaves exactly its refusal.
TEST_F(PdpServiceTest, EachCallWritesOneAuditEntry) {
  Person p = CreatePerson("Rina Wati", core::Date{1990, 1, 1});
  Person guardian = CreatePerson("Ibu Rina", core::Date{1965, 1, 1});
  auto entries = [this] { return db_.SnapshotForTest().audit.size(); };
  std::size_t before = entries();
  ConsentInput with_guardian = InformedConsent("ORANG_TUA");
  with_guardian.guardian_person_id = guardian.id;
  auto consent = svc_.RecordConsent(worker_, p.id, with_guardian);
  ASSERT_TRUE(consent.ok()) << consent.error().message();
  EXPECT_EQ(entries(), before + 1);

  before = entries();
  ASSERT_TRUE(svc_.ListConsents(worker_, p.id).ok());
  EXPECT_EQ(entries(), before + 1);
  EXPECT_EQ(db_.SnapshotForTest().audit.back().detail, "consents");

  before = entries();
  ASSERT_TRUE(svc_.WithdrawConsent(worker_, p.id, consent->id, "Tidak ingin dirujuk.").ok());
  EXPECT_EQ(entries(), before + 1);

  before = entries();
  auto request = svc_.CreateRequest(worker_, p.id, {"AKSES_SALINAN", std::nullopt, "EMAIL", std::nullopt});
  ASSERT_TRUE(request.ok());
  EXPECT_EQ(entries(), before + 1);

  before = entries();
  ASSERT_TRUE(svc_.CloseRequest(supervisor_, request->id, RequestStatus::kCompleted, std::nullopt).ok());
  EXPECT_EQ(entries(), before + 1);

  before = entries();
  auto exported = svc_.Export(supervisor_, p.id);
  ASSERT_TRUE(exported.ok()) << exported.error().message();
  EXPECT_EQ(entries(), before + 1);
  EXPECT_EQ(db_.SnapshotForTest().audit.back().action, "export");

  // Another agency's case worker: "not found", and the trail shows the one refused attempt.
  Actor outsider = WithRole("worker-2", "CASE_WORKER");
  outsider.agency_id = "agency-2";
  before = entries();
  auto refused = svc_.ListConsents(outsider, p.id);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().reason(), "person.not_found");
  ASSERT_EQ(entries(), before + 1);
  EXPECT_EQ(db_.SnapshotForTest().audit.back().detail, "refused: out_of_scope");
  EXPECT_EQ(db_.SnapshotForTest().audit.back().entity_id, p.id);
}

}  // namespace
}  // namespace sinergi::domain
