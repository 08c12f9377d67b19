// CaseWorkService over the in-memory test double: services delivered (the police-report rule, first aid's due day,
// masking of the outcome, forward-only status, closed cases) and the append-only notes (sensitive access).
#include "domain/case_work_service.hpp"

#include "domain/case_service_test_fixture.hpp"

namespace sinergi::domain::case_test {
namespace {

class CaseWorkServiceTest : public CaseServiceFixture {
 protected:
  ServiceDeliveryData Service(const std::string& code, std::optional<std::string> reference = std::nullopt) {
    ServiceDeliveryData d;
    d.service = code;
    d.requested_on = core::Date{2025, 5, 31};
    d.reference = std::move(reference);
    return d;
  }

  CaseWorkService work_{db_, clock_, ids_};
};

TEST_F(CaseWorkServiceTest, RecordsAServiceWithTheActorsAgencyAndFirstAidDueDay) {
  const Case c = CreateCase(worker_a_);
  auto s = work_.RecordService(worker_a_, c.id, Service("PERTOLONGAN_PERTAMA"));
  ASSERT_TRUE(s.ok()) << s.error().message();
  EXPECT_EQ(s->data.provider_agency_id, "agency-a");
  EXPECT_EQ(s->data.status, "DIRENCANAKAN");
  EXPECT_EQ(s->due_on, (core::Date{2025, 6, 7}));
  EXPECT_EQ(s->version, 1);
  EXPECT_EQ(HistoryOf("case", c.id).back().changes[0].field, "services");
}

TEST_F(CaseWorkServiceTest, RehabilitationOfATppoCaseWaitsForAPoliceReport) {
  const Case c = CreateCase(worker_a_);
  auto refused = work_.RecordService(worker_a_, c.id, Service("REHABILITASI_SOSIAL"));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().reason(), "police_report_required");
  // A law-enforcement service without its report number is not a police report yet.
  ASSERT_TRUE(work_.RecordService(worker_a_, c.id, Service("PENEGAKAN_HUKUM")).ok());
  EXPECT_FALSE(work_.RecordService(worker_a_, c.id, Service("REHABILITASI_SOSIAL")).ok());
  ASSERT_TRUE(work_.RecordService(worker_a_, c.id, Service("PENEGAKAN_HUKUM", "LP/B/123/XI/2025")).ok());
  EXPECT_TRUE(work_.RecordService(worker_a_, c.id, Service("REHABILITASI_SOSIAL")).ok());
  // Not a TPPO case: no police report needed.
  CaseData kdrt = Data();
  kdrt.case_types = {"KEKERASAN_PEREMPUAN"};
  const Case other = CreateCase(worker_a_, kdrt);
  EXPECT_TRUE(work_.RecordService(worker_a_, other.id, Service("REHABILITASI_SOSIAL")).ok());
}

TEST_F(CaseWorkServiceTest, ValidatesPersonProviderAndDates) {
  const Case c = CreateCase(worker_a_);
  const Person witness = CreatePerson(worker_a_, "Saksi Satu");
  ASSERT_TRUE(Add(worker_a_, c, witness, "SAKSI").ok());
  ServiceDeliveryData d = Service("KESEHATAN");
  d.person_id = witness.id;
  auto not_victim = work_.RecordService(worker_a_, c.id, d);
  ASSERT_FALSE(not_victim.ok());
  EXPECT_EQ(FirstCode(not_victim.error()), "not_a_victim");
  d = Service("KESEHATAN");
  d.provider_agency_id = "agency-x";
  EXPECT_EQ(FirstCode(work_.RecordService(worker_a_, c.id, d).error()), "not_found");
  d = Service("KESEHATAN");
  d.requested_on = core::Date{2025, 6, 2};
  EXPECT_EQ(FirstCode(work_.RecordService(worker_a_, c.id, d).error()), "in_future");
  const Person victim = CreatePerson(worker_a_, "Korban Satu");
  ASSERT_TRUE(Add(worker_a_, c, victim, "KORBAN").ok());
  d = Service("KESEHATAN");
  d.person_id = victim.id;
  EXPECT_TRUE(work_.RecordService(worker_a_, c.id, d).ok());
}

TEST_F(CaseWorkServiceTest, OutcomeIsMaskedForThoseWhoMayNotSeeTheSummary) {
  const Case c = CreateCase(worker_a_);
  ServiceDeliveryData d = Service("KESEHATAN");
  d.status = "SELESAI";
  d.outcome = "Visum: luka memar.";
  ASSERT_TRUE(work_.RecordService(worker_a_, c.id, d).ok());
  auto own = work_.ListServices(worker_a_, c.id);
  ASSERT_TRUE(own.ok());
  EXPECT_EQ(own->at(0).data.outcome, "Visum: luka memar.");
  auto viewer = work_.ListServices(viewer_a_, c.id);
  ASSERT_TRUE(viewer.ok());
  EXPECT_FALSE(viewer->at(0).data.outcome.has_value());
  EXPECT_EQ(viewer->at(0).masked_fields, std::vector<std::string>{"outcome"});
  EXPECT_EQ(work_.ListServices(worker_b_, c.id).error().reason(), "case.not_found");
}

TEST_F(CaseWorkServiceTest, UpdatesMoveForwardAndKeepAMaskedOutcome) {
  const Case c = CreateCase(worker_a_);
  auto s = work_.RecordService(worker_a_, c.id, Service("PENAMPUNGAN"));
  ASSERT_TRUE(s.ok());
  ServiceDeliveryData next = s->data;
  next.status = "BERJALAN";
  auto started = work_.UpdateService(worker_a_, c.id, s->id, next, 1);
  ASSERT_TRUE(started.ok()) << started.error().message();
  EXPECT_EQ(started->version, 2);
  EXPECT_EQ(started->data.started_on, kToday);
  EXPECT_EQ(work_.UpdateService(worker_a_, c.id, s->id, next, 1).error().reason(), "version_mismatch");
  next = started->data;
  next.status = "DIRENCANAKAN";
  EXPECT_EQ(FirstCode(work_.UpdateService(worker_a_, c.id, s->id, next, 2).error()), "invalid_transition");
  next.status = "SELESAI";
  next.outcome = "Ditempatkan di RPTC.";
  ASSERT_TRUE(work_.UpdateService(worker_a_, c.id, s->id, next, 2).ok());
  // The no-change update keeps the version.
  auto same = work_.UpdateService(worker_a_, c.id, s->id, next, 3);
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->version, 3);
  // Another service of the case addressed through another case is not found.
  const Case other = CreateCase(worker_a_);
  EXPECT_EQ(work_.GetService(worker_a_, other.id, s->id).error().reason(), "case_service.not_found");
}

TEST_F(CaseWorkServiceTest, ClosedCasesAreReadOnly) {
  Case c = CreateCase(worker_a_);
  auto identified = Move(worker_a_, c, CaseStatus::kIdentification);
  ASSERT_TRUE(identified.ok()) << identified.error().message();
  auto closing = Move(worker_a_, *identified, CaseStatus::kClosurePending, "Bukan kasus", "TIDAK_TERBUKTI");
  ASSERT_TRUE(closing.ok()) << closing.error().message();
  auto closed = Move(supervisor_a_, *closing, CaseStatus::kClosed, "disetujui");
  ASSERT_TRUE(closed.ok()) << closed.error().message();
  EXPECT_EQ(work_.RecordService(worker_a_, c.id, Service("KESEHATAN")).error().reason(), "case.closed");
  EXPECT_EQ(work_.AddNote(worker_a_, c.id, "catatan").error().reason(), "case.closed");
  EXPECT_TRUE(work_.ListServices(worker_a_, c.id).ok());
}

TEST_F(CaseWorkServiceTest, NotesAreAppendOnlyAndNeedTheSensitiveFields) {
  const Case c = CreateCase(worker_a_);
  auto first = work_.AddNote(worker_a_, c.id, "  Korban tiba di shelter.  ");
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->text, "Korban tiba di shelter.");
  clock_.Set(kNow + std::chrono::minutes(5));
  ASSERT_TRUE(work_.AddNote(supervisor_a_, c.id, "Koreksi: tiba pukul 10.").ok());
  auto notes = work_.ListNotes(worker_a_, c.id);
  ASSERT_TRUE(notes.ok());
  ASSERT_EQ(notes->size(), 2u);
  EXPECT_EQ(notes->at(1).created_by, "supervisor-a");
  EXPECT_EQ(work_.ListNotes(viewer_a_, c.id).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(work_.AddNote(police_b_, c.id, "x").error().code(), core::ErrorCode::kNotFound);
  EXPECT_EQ(FirstCode(work_.AddNote(worker_a_, c.id, "   ").error()), "required");
  // Audited by name, never the text.
  const std::vector<AuditEntry> audit = Audit();
  const bool named = std::any_of(audit.begin(), audit.end(), [&](const AuditEntry& e) {
    return e.action == "create" && e.detail == "note" && e.record_ids == std::vector<std::string>{first->id};
  });
  EXPECT_TRUE(named);
}

}  // namespace
}  // namespace sinergi::domain::case_test
