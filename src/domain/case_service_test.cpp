// CaseService intake and data updates against the in-memory test double: every validation rule, history and audit
// entries, optimistic concurrency, and a failed commit that leaves nothing behind.
#include "domain/case_service.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>

#include "domain/case_service_test_fixture.hpp"

namespace sinergi::domain::case_test {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

class CaseServiceTest : public CaseServiceFixture {};

TEST_F(CaseServiceTest, CreateOpensAnIntakeCaseOwnedByTheActorsAgency) {
  CaseData d = Data();
  d.intake_channel = " hotline ";
  d.case_types = {"tppo"};
  d.occurrence_country = "my";
  d.summary = "  Dipaksa bekerja.  ";
  auto c = svc_.CreateCase(worker_a_, d);
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->status, CaseStatus::kIntake);
  EXPECT_EQ(c->version, 1);
  EXPECT_EQ(c->owner_agency_id, "agency-a");
  EXPECT_EQ(c->created_by, "worker-a");
  EXPECT_EQ(c->created_at, kNow);
  EXPECT_EQ(c->data.intake_channel, "HOTLINE");
  EXPECT_EQ(c->data.case_types, (std::vector<std::string>{"TPPO"}));
  EXPECT_EQ(c->data.occurrence_country, "MY");
  EXPECT_EQ(c->data.summary, "Dipaksa bekerja.");
  EXPECT_THAT(c->masked_fields, IsEmpty());  // the owning agency's case worker sees everything

  auto read = svc_.GetCase(worker_a_, c->id);
  ASSERT_TRUE(read.ok()) << read.error().message();
  EXPECT_EQ(read->case_record.data, c->data);
  EXPECT_EQ(read->case_record.victim_count, 0);
}

TEST_F(CaseServiceTest, CreateKeepsHistoryWithValuesAndAuditsOnlyFieldNames) {
  Case c = CreateCase(worker_a_);
  std::vector<ChangeRecord> history = HistoryOf("case", c.id);
  ASSERT_THAT(history, ::testing::SizeIs(1));
  EXPECT_EQ(history[0].action, "create");
  EXPECT_EQ(history[0].actor, "worker-a");
  auto summary = std::find_if(history[0].changes.begin(), history[0].changes.end(),
                              [](const FieldChange& f) { return f.field == "summary"; });
  ASSERT_NE(summary, history[0].changes.end());
  EXPECT_FALSE(summary->before);
  EXPECT_NE(summary->after->find("dipaksa melayani"), std::string::npos);  // history is sealed at rest
  auto urgency = std::find_if(history[0].changes.begin(), history[0].changes.end(),
                              [](const FieldChange& f) { return f.field == "urgency"; });
  ASSERT_NE(urgency, history[0].changes.end());  // the default urgency was chosen at intake too
  EXPECT_EQ(urgency->after, "\"SEDANG\"");

  std::vector<AuditEntry> audit = Audit();
  ASSERT_THAT(audit, ::testing::SizeIs(1));
  EXPECT_EQ(audit[0].action, "create");
  EXPECT_EQ(audit[0].entity_type, "case");
  EXPECT_EQ(audit[0].entity_id, c.id);
  EXPECT_THAT(audit[0].fields, ::testing::Contains("summary"));
  const std::string text = audit[0].detail + "|" + ::testing::PrintToString(audit[0].fields);
  EXPECT_EQ(text.find("Ratna"), std::string::npos);
  EXPECT_EQ(text.find("dipaksa"), std::string::npos);
  EXPECT_EQ(text.find("6281100001111"), std::string::npos);
}

struct ValidationCase {
  const char* name;
  std::function<void(CaseData&)> change;
  std::string field;  // empty: the data is valid
  std::string code;
};

TEST_F(CaseServiceTest, CreateValidatesEveryRule) {
  const std::string long_summary(kMaxCaseSummaryChars, 'x');
  std::string multibyte_summary;
  for (std::size_t i = 0; i < kMaxCaseSummaryChars; ++i) multibyte_summary += "\xC3\xA9";  // é: 2 bytes
  const std::vector<ValidationCase> cases{
      {"intake channel missing", [](CaseData& d) { d.intake_channel = " "; }, "intake_channel", "required"},
      {"intake channel unknown", [](CaseData& d) { d.intake_channel = "FAX"; }, "intake_channel", "unknown_code"},
      {"reported in the future",
       [](CaseData& d) {
         d.reported_on = {2025, 6, 2};
       },
       "reported_on", "in_future"},
      {"reported today", [](CaseData& d) { d.reported_on = kToday; }, "", ""},
      {"occurred after reported",
       [](CaseData& d) {
         d.occurred_on = core::Date{2025, 5, 31};
       },
       "occurred_on", "after_reported_on"},
      {"occurred unknown", [](CaseData& d) { d.occurred_on.reset(); }, "", ""},
      {"unknown country", [](CaseData& d) { d.occurrence_country = "XX"; }, "occurrence_country", "not_found"},
      {"region without country",
       [](CaseData& d) {
         d.occurrence_country.reset();
         d.occurrence_region_code = "33.73";
       },
       "", ""},
      {"region in Indonesia",
       [](CaseData& d) {
         d.occurrence_country = "ID";
         d.occurrence_region_code = "33.73.04.1001";  // a village of a known district
       },
       "", ""},
      {"region abroad", [](CaseData& d) { d.occurrence_region_code = "33.73"; }, "occurrence_region_code",
       "region_outside_indonesia"},
      {"unknown region",
       [](CaseData& d) {
         d.occurrence_country = "ID";
         d.occurrence_region_code = "34.01";
       },
       "occurrence_region_code", "not_found"},
      {"unknown village district",
       [](CaseData& d) {
         d.occurrence_country.reset();
         d.occurrence_region_code = "33.73.09.1001";
       },
       "occurrence_region_code", "not_found"},
      {"malformed region",
       [](CaseData& d) {
         d.occurrence_country.reset();
         d.occurrence_region_code = "33-73";
       },
       "occurrence_region_code", "invalid_format"},
      {"urgency missing", [](CaseData& d) { d.urgency = ""; }, "urgency", "required"},
      {"urgency unknown", [](CaseData& d) { d.urgency = "KRITIS"; }, "urgency", "unknown_code"},
      {"no case type", [](CaseData& d) { d.case_types.clear(); }, "case_types", "required"},
      {"unknown case type",
       [](CaseData& d) {
         d.case_types = {"TPPO", "PENCURIAN"};
       },
       "case_types[1]", "unknown_code"},
      {"repeated case type",
       [](CaseData& d) {
         d.case_types = {"TPPO", " tppo"};
       },
       "case_types[1]", "duplicate"},
      {"unknown act", [](CaseData& d) { d.violence_acts = {"TAMPARAN"}; }, "violence_acts[0]", "unknown_code"},
      {"repeated act",
       [](CaseData& d) {
         d.violence_acts = {"PERKOSAAN", "PERKOSAAN"};
       },
       "violence_acts[1]", "duplicate"},
      {"unknown place", [](CaseData& d) { d.places = {"KAPAL"}; }, "places[0]", "unknown_code"},
      {"repeated place",
       [](CaseData& d) {
         d.places = {"SEKOLAH", "SEKOLAH"};
       },
       "places[1]", "duplicate"},
      {"unknown PMI problem", [](CaseData& d) { d.pmi_problems = {"X"}; }, "pmi_problems[0]", "unknown_code"},
      {"summary at the limit", [&](CaseData& d) { d.summary = long_summary; }, "", ""},
      {"summary counted in code points", [&](CaseData& d) { d.summary = multibyte_summary; }, "", ""},
      {"summary too long", [&](CaseData& d) { d.summary = long_summary + "y"; }, "summary", "too_long"},
      {"reporter name too long", [](CaseData& d) { d.reporter_name = std::string(201, 'r'); }, "reporter_name",
       "too_long"},
  };
  for (const ValidationCase& vc : cases) {
    SCOPED_TRACE(vc.name);
    CaseData d = Data();
    vc.change(d);
    auto c = svc_.CreateCase(worker_a_, d);
    if (vc.field.empty()) {
      EXPECT_TRUE(c.ok()) << c.error().message() << " " << FirstField(c.error());
      continue;
    }
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code(), core::ErrorCode::kInvalid);
    EXPECT_EQ(c.error().reason(), "validation_failed");
    ASSERT_THAT(c.error().fields(), ::testing::SizeIs(1));
    EXPECT_EQ(FirstField(c.error()), vc.field);
    EXPECT_EQ(FirstCode(c.error()), vc.code);
  }
}

TEST_F(CaseServiceTest, AFailedValidationWritesNothing) {
  CaseData d = Data();
  d.case_types.clear();
  d.intake_channel = "FAX";
  auto c = svc_.CreateCase(worker_a_, d);
  ASSERT_FALSE(c.ok());
  EXPECT_THAT(c.error().fields(), ::testing::SizeIs(2));  // every broken rule is named at once
  test_doubles::InMemoryState s = db_.SnapshotForTest();
  EXPECT_THAT(s.cases, IsEmpty());
  EXPECT_THAT(s.history, IsEmpty());
  EXPECT_THAT(s.audit, IsEmpty());
}

TEST_F(CaseServiceTest, AFailedCommitWritesNothing) {
  db_.FailNextCommitsForTest(1);
  auto c = svc_.CreateCase(worker_a_, Data());
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().code(), core::ErrorCode::kUnavailable);
  test_doubles::InMemoryState s = db_.SnapshotForTest();
  EXPECT_THAT(s.cases, IsEmpty());
  EXPECT_THAT(s.history, IsEmpty());
  EXPECT_THAT(s.audit, IsEmpty());

  // The same for a move: the case, its timeline and its history stay as they were.
  Case created = CreateCase(worker_a_);
  db_.FailNextCommitsForTest(1);
  ASSERT_FALSE(Move(worker_a_, created, CaseStatus::kIdentification).ok());
  s = db_.SnapshotForTest();
  EXPECT_EQ(s.cases.at(created.id).status, CaseStatus::kIntake);
  EXPECT_THAT(s.case_transitions, IsEmpty());
  EXPECT_THAT(HistoryOf("case", created.id), ::testing::SizeIs(1));
}

TEST_F(CaseServiceTest, UpdateWritesTheDifferenceAndBumpsTheVersion) {
  Case c = CreateCase(worker_a_);
  clock_.Set(kNow + std::chrono::hours{1});
  CaseData d = c.data;
  d.urgency = "darurat";
  d.immediate_safety_risk = true;
  d.summary = "Korban masih disekap.";
  auto u = svc_.UpdateCase(worker_a_, c.id, d, c.version);
  ASSERT_TRUE(u.ok()) << u.error().message();
  EXPECT_EQ(u->version, 2);
  EXPECT_EQ(u->data.urgency, "DARURAT");
  EXPECT_EQ(u->updated_at, kNow + std::chrono::hours{1});

  std::vector<ChangeRecord> history = HistoryOf("case", c.id);
  ASSERT_THAT(history, ::testing::SizeIs(2));
  EXPECT_EQ(history[1].action, "update");
  std::vector<std::string> fields;
  for (const FieldChange& f : history[1].changes) fields.push_back(f.field);
  EXPECT_THAT(fields, ElementsAre("urgency", "immediate_safety_risk", "summary"));
  EXPECT_EQ(Audit().back().fields, fields);

  auto stale = svc_.UpdateCase(worker_a_, c.id, d, c.version);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().reason(), "version_mismatch");

  // Sending the same data again changes nothing, keeps the version, and is still audited.
  const std::size_t audited = Audit().size();
  auto same = svc_.UpdateCase(worker_a_, c.id, d, 2);
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->version, 2);
  EXPECT_THAT(HistoryOf("case", c.id), ::testing::SizeIs(2));
  ASSERT_EQ(Audit().size(), audited + 1);
  EXPECT_EQ(Audit().back().detail, "no changes");
}

TEST_F(CaseServiceTest, PatchReadsItsBaseInsideTheUpdateAndAuditsOnlyTheUpdate) {
  Case c = CreateCase(worker_a_);
  const std::size_t before = Audit().size();
  CaseData seen;
  auto patched = svc_.PatchCase(
      worker_a_, c.id,
      [&seen](const CaseData& visible) -> core::Result<CaseData> {
        seen = visible;
        CaseData next = visible;
        next.urgency = "DARURAT";
        return next;
      },
      c.version);
  ASSERT_TRUE(patched.ok()) << patched.error().message();
  EXPECT_EQ(seen, c.data);  // the base as the case worker sees it, summary included
  EXPECT_EQ(patched->version, 2);
  EXPECT_EQ(patched->data.urgency, "DARURAT");
  std::vector<AuditEntry> audit = Audit();
  ASSERT_EQ(audit.size(), before + 1);  // no "read" of the case and its persons for the merge base
  EXPECT_EQ(audit.back().action, "update");
  EXPECT_THAT(audit.back().fields, ElementsAre("urgency"));

  // A patch that does not read is refused as it is, and nothing is written or audited.
  auto refused = svc_.PatchCase(
      worker_a_, c.id,
      [](const CaseData&) -> core::Result<CaseData> { return core::Error::Invalid("validation_failed", "bad"); }, 2);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().reason(), "validation_failed");
  EXPECT_EQ(Audit().size(), before + 1);
  // Out of scope is not found, before the patch is applied.
  bool applied = false;
  auto hidden = svc_.PatchCase(
      worker_b_, c.id,
      [&applied](const CaseData& visible) -> core::Result<CaseData> {
        applied = true;
        return visible;
      },
      2);
  ASSERT_FALSE(hidden.ok());
  EXPECT_EQ(hidden.error().reason(), "case.not_found");
  EXPECT_FALSE(applied);
}

TEST_F(CaseServiceTest, UpdateValidatesLikeCreate) {
  Case c = CreateCase(worker_a_);
  CaseData d = c.data;
  d.occurred_on = core::Date{2025, 6, 1};
  auto u = svc_.UpdateCase(worker_a_, c.id, d, c.version);
  ASSERT_FALSE(u.ok());
  EXPECT_EQ(FirstField(u.error()), "occurred_on");
  auto missing = svc_.UpdateCase(worker_a_, "nope", c.data, 1);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().reason(), "case.not_found");
}

TEST_F(CaseServiceTest, ReadsAndListsAreAudited) {
  Case c = CreateCase(worker_a_);
  Person victim = CreatePerson(worker_a_, "Siti Aminah");
  ASSERT_TRUE(Add(worker_a_, c, victim, "KORBAN").ok());
  const std::size_t before = Audit().size();

  ASSERT_TRUE(svc_.GetCase(worker_a_, c.id).ok());
  std::vector<AuditEntry> audit = Audit();
  ASSERT_EQ(audit.size(), before + 1);
  EXPECT_EQ(audit.back().action, "read");
  EXPECT_EQ(audit.back().entity_type, "case");
  EXPECT_EQ(audit.back().entity_id, c.id);
  EXPECT_THAT(audit.back().record_ids, ElementsAre(victim.id));  // whose data left with the case

  ports::CaseFilter filter;
  filter.status = CaseStatus::kIntake;
  auto list = svc_.ListCases(worker_a_, filter, {});
  ASSERT_TRUE(list.ok()) << list.error().message();
  audit = Audit();
  EXPECT_EQ(audit.back().action, "list");
  EXPECT_EQ(audit.back().entity_type, "case");
  EXPECT_THAT(audit.back().record_ids, ElementsAre(c.id));
  EXPECT_EQ(audit.back().detail, "filters: status");
}

TEST_F(CaseServiceTest, ACaseWithoutAgencyIsOwnedNationally) {
  Case c = CreateCase(system_);
  EXPECT_EQ(c.owner_agency_id, "");
  // Every AGENCY-scope reader sees a nationally owned case; only national case roles see its sensitive fields.
  auto read = svc_.GetCase(worker_a_, c.id);
  ASSERT_TRUE(read.ok());
  EXPECT_THAT(read->case_record.masked_fields, UnorderedElementsAre("summary", "reporter_name", "reporter_contact"));
  auto national = svc_.GetCase(national_, c.id);
  ASSERT_TRUE(national.ok());
  EXPECT_THAT(national->case_record.masked_fields, IsEmpty());
}

}  // namespace
}  // namespace sinergi::domain::case_test
