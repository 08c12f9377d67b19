// JourneyService against the in-memory test double of the ports (testing/in_memory_database.hpp).
#include "domain/journey_service.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "core/clock.hpp"
#include "domain/codelists.hpp"
#include "domain/registry_service.hpp"
#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;
using S = JourneyStatus;

const core::Timestamp kNow = std::chrono::sys_days{std::chrono::year{2025} / 6 / 1} + std::chrono::hours{10};
constexpr core::Date kToday{2025, 6, 1};

// A case worker of one agency: the policy lets them read and write the registry.
Actor Worker(const std::string& id) {
  Actor actor;
  actor.id = id;
  actor.display_name = "Officer " + id;
  actor.correlation_id = "corr-" + id;
  actor.agency_id = "agency-1";
  actor.roles = {"CASE_WORKER"};
  actor.ip = "192.0.2.10";
  actor.scope = "AGENCY";
  return actor;
}

class JourneyServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_.MutateForTest([](test_doubles::InMemoryState& s) {
      s.countries["MY"] = Country{"MY", "MYS", "Malaysia", "Malaysia"};
      s.countries["TW"] = Country{"TW", "TWN", "Taiwan", "Taiwan"};
    });
  }

  Person CreatePerson(std::optional<core::Date> birth_date = core::Date{1995, 3, 1}) {
    PersonData d;
    d.full_name = "Siti Aminah";
    d.birth_date = birth_date;
    auto p = registry_.CreatePerson(actor_, d);
    SINERGI_CHECK(p.ok());
    return *p;
  }
  static JourneyData Data(bool all_verified = false) {
    JourneyData d;
    d.placement_scheme = "P3MI";
    d.p3mi_name = "PT Maju Jaya";
    d.destination_country = "my";
    if (all_verified) {
      for (const CodeItem& item : RequiredPmiDocuments()) {
        d.documents.push_back(JourneyDocument{std::string(item.code), "verified", {}, {}, {}, {}});
      }
    }
    return d;
  }
  Journey CreateJourney(const Person& p, bool all_verified = false) {
    auto j = svc_.CreateJourney(actor_, p.id, Data(all_verified));
    SINERGI_CHECK(j.ok());
    return *j;
  }
  core::Result<Journey> Move(const Journey& j, S to, std::optional<std::string> return_reason = std::nullopt) {
    TransitionRequest r;
    r.to = to;
    r.return_reason = std::move(return_reason);
    return svc_.Transition(actor_, j.id, r, j.version);
  }
  // Moves a fresh journey of an adult with complete documents to working_abroad.
  Journey Departed(const Person& p) {
    Journey j = CreateJourney(p, /*all_verified=*/true);
    j = *Move(j, S::kReadyToDepart);
    return *Move(j, S::kWorkingAbroad);
  }
  std::vector<ChangeRecord> HistoryOf(const std::string& type, const std::string& id) {
    return registry_.History(actor_, type, id, {})->items;
  }
  Person Reload(const Person& p) { return *registry_.GetPerson(actor_, p.id, true); }

  test_doubles::InMemoryDatabase db_;
  core::ManualClock clock_{kNow};
  test_doubles::SequentialIdGenerator ids_;
  RegionDirectory regions_;
  RegistryService registry_{db_, clock_, ids_, regions_};
  JourneyService svc_{db_, clock_, ids_};
  Actor actor_ = Worker("officer-1");
};

TEST_F(JourneyServiceTest, CreateStartsRegisteredAndMakesThePersonCalon) {
  Person p = CreatePerson();
  auto j = svc_.CreateJourney(actor_, p.id, Data());
  ASSERT_TRUE(j.ok()) << j.error().message();
  EXPECT_EQ(j->status, S::kRegistered);
  EXPECT_EQ(j->version, 1);
  EXPECT_EQ(j->data.destination_country, "MY");
  EXPECT_THAT(j->data.documents, SizeIs(9));
  EXPECT_EQ(svc_.GetJourney(actor_, j->id)->data, j->data);
  EXPECT_EQ(HistoryOf("journey", j->id).at(0).action, "create");

  Person after = Reload(p);
  EXPECT_EQ(after.data.pmi_status, "CALON");
  EXPECT_EQ(after.version, 2);
  EXPECT_THAT(HistoryOf("person", p.id).at(0).changes,
              ElementsAre(FieldChange{"pmi_status", std::nullopt, "\"CALON\""}));
}

TEST_F(JourneyServiceTest, CreateNeedsALivePersonAndValidData) {
  auto nobody = svc_.CreateJourney(actor_, "nobody", Data());
  ASSERT_FALSE(nobody.ok());
  EXPECT_EQ(nobody.error().reason(), "person.not_found");
  EXPECT_EQ(nobody.error().fields().at(0).field, "person_id");

  Person p = CreatePerson();
  JourneyData unknown_country = Data();
  unknown_country.destination_country = "XX";
  unknown_country.documents = {JourneyDocument{"KTP", "verified", {}, {}, {}, {}}};
  auto invalid = svc_.CreateJourney(actor_, p.id, unknown_country);
  ASSERT_FALSE(invalid.ok());
  EXPECT_EQ(invalid.error().reason(), "validation_failed");
  EXPECT_THAT(invalid.error().fields(), SizeIs(2));
  EXPECT_THAT(db_.SnapshotForTest().journeys, IsEmpty());

  ASSERT_TRUE(registry_.DeletePerson(actor_, p.id, "test", 1).ok());
  EXPECT_EQ(svc_.CreateJourney(actor_, p.id, Data()).error().code(), core::ErrorCode::kNotFound);
}

TEST_F(JourneyServiceTest, UpdateRecordsDocumentChangesAndRespectsVersions) {
  Journey j = CreateJourney(CreatePerson());
  JourneyData d = j.data;
  d.documents[4].status = "submitted";
  auto updated = svc_.UpdateJourney(actor_, j.id, d, 1);
  ASSERT_TRUE(updated.ok()) << updated.error().message();
  EXPECT_EQ(updated->version, 2);
  EXPECT_THAT(HistoryOf("journey", j.id).at(0).changes,
              ElementsAre(FieldChange{"documents.PASPOR.status", "\"missing\"", "\"submitted\""}));

  EXPECT_EQ(svc_.UpdateJourney(actor_, j.id, d, 1).error().code(), core::ErrorCode::kPreconditionFailed);
  const std::size_t history = db_.SnapshotForTest().history.size();
  EXPECT_EQ(svc_.UpdateJourney(actor_, j.id, d, 2)->version, 2);  // no change, no write (but audited)
  EXPECT_EQ(db_.SnapshotForTest().history.size(), history);
  EXPECT_EQ(db_.SnapshotForTest().audit.back().detail, "no changes");
}

TEST_F(JourneyServiceTest, ClosedJourneysAreReadOnly) {
  Journey j = CreateJourney(CreatePerson());
  TransitionRequest close;
  close.to = S::kClosed;
  close.reason = "Withdrew";
  Journey closed = *svc_.Transition(actor_, j.id, close, 1);
  auto update = svc_.UpdateJourney(actor_, j.id, closed.data, closed.version);
  ASSERT_FALSE(update.ok());
  EXPECT_EQ(update.error().reason(), "journey.closed");
}

TEST_F(JourneyServiceTest, AFullJourneyKeepsThePersonsStatusInStep) {
  Person p = CreatePerson();
  Journey j = CreateJourney(p, /*all_verified=*/true);

  j = *Move(j, S::kReadyToDepart);
  EXPECT_EQ(Reload(p).data.pmi_status, "AKAN_BEKERJA");

  clock_.Set(kNow + std::chrono::hours{24});
  auto departed = Move(j, S::kWorkingAbroad);
  ASSERT_TRUE(departed.ok()) << departed.error().message();
  j = *departed;
  EXPECT_EQ(j.departure_date, (core::Date{2025, 6, 2}));  // the effective date defaults to today
  EXPECT_EQ(Reload(p).data.pmi_status, "SEDANG_BEKERJA");

  TransitionRequest back;
  back.to = S::kReturned;
  back.return_reason = "PHK_DINI";
  back.debarkation_point = " Bandara Soekarno-Hatta ";
  back.effective_date = core::Date{2025, 12, 1};
  j = *svc_.Transition(actor_, j.id, back, j.version);
  EXPECT_EQ(j.return_date, back.effective_date);
  EXPECT_EQ(j.return_reason, "PHK_DINI");
  EXPECT_EQ(j.debarkation_point, "Bandara Soekarno-Hatta");
  EXPECT_EQ(Reload(p).data.pmi_status, "PURNA");

  j = *Move(j, S::kReintegrating);
  j = *Move(j, S::kClosed);
  EXPECT_EQ(j.status, S::kClosed);
  EXPECT_EQ(Reload(p).data.pmi_status, "PURNA");

  auto transitions = svc_.Transitions(actor_, j.id);
  ASSERT_TRUE(transitions.ok());
  ASSERT_THAT(*transitions, SizeIs(5));
  EXPECT_EQ((*transitions)[1].from, S::kReadyToDepart);
  EXPECT_EQ((*transitions)[1].to, S::kWorkingAbroad);
  EXPECT_EQ((*transitions)[1].actor, "officer-1");
  EXPECT_EQ((*transitions)[2].effective_date, (core::Date{2025, 12, 1}));
  EXPECT_EQ(HistoryOf("journey", j.id).at(0).action, "transition");
}

TEST_F(JourneyServiceTest, UnderageDepartureIsRefusedButTheFlagIsKept) {
  Person p = CreatePerson(core::Date{2008, 1, 1});
  Journey j = CreateJourney(p, /*all_verified=*/true);
  j = *Move(j, S::kReadyToDepart);

  auto refused = Move(j, S::kWorkingAbroad);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().reason(), "journey.underage_departure");
  Journey stored = *svc_.GetJourney(actor_, j.id);
  EXPECT_EQ(stored.status, S::kReadyToDepart);
  EXPECT_THAT(stored.flags, ElementsAre("UNDERAGE_DEPARTURE_ATTEMPT"));
  EXPECT_EQ(stored.version, j.version + 1);
  EXPECT_EQ(HistoryOf("journey", j.id).at(0).action, "flag");
  EXPECT_THAT(*svc_.Transitions(actor_, j.id), SizeIs(1));  // only the move to ready_to_depart
  EXPECT_EQ(Reload(p).data.pmi_status, "AKAN_BEKERJA");

  // The kept flag is audited with the refusal's reason code.
  const std::vector<AuditEntry> audit = db_.SnapshotForTest().audit;
  auto flag = std::find_if(audit.begin(), audit.end(), [](const AuditEntry& e) { return e.action == "flag"; });
  ASSERT_NE(flag, audit.end());
  EXPECT_EQ(flag->entity_id, j.id);
  EXPECT_THAT(flag->fields, ElementsAre("flags"));
  EXPECT_EQ(flag->detail, "refused: journey.underage_departure");

  // A second attempt is refused again without duplicating the flag or writing anything.
  const int commits = db_.CommitCountForTest();
  EXPECT_FALSE(Move(stored, S::kWorkingAbroad).ok());
  EXPECT_EQ(db_.CommitCountForTest(), commits);
  EXPECT_THAT(svc_.GetJourney(actor_, j.id)->flags, SizeIs(1));
}

TEST_F(JourneyServiceTest, DepartureWithIncompleteDocumentsNeedsAnOverride) {
  Person p = CreatePerson();
  Journey j = *Move(CreateJourney(p), S::kReadyToDepart);

  auto refused = Move(j, S::kWorkingAbroad);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().reason(), "journey.documents_incomplete");
  EXPECT_EQ(svc_.GetJourney(actor_, j.id)->version, j.version);  // nothing written

  TransitionRequest overridden;
  overridden.to = S::kWorkingAbroad;
  overridden.documents_override_reason = "Head of office approved; documents follow by courier";
  auto departed = svc_.Transition(actor_, j.id, overridden, j.version);
  ASSERT_TRUE(departed.ok()) << departed.error().message();
  EXPECT_THAT(departed->flags, ElementsAre("DOCUMENTS_OVERRIDE"));
  EXPECT_EQ(svc_.Transitions(actor_, j.id)->back().override_reason, overridden.documents_override_reason);
}

TEST_F(JourneyServiceTest, RefusedTransitionsWriteNothing) {
  Journey j = CreateJourney(CreatePerson());
  const int commits = db_.CommitCountForTest();
  auto not_allowed = Move(j, S::kReturned, "PHK_DINI");
  ASSERT_FALSE(not_allowed.ok());
  EXPECT_EQ(not_allowed.error().reason(), "journey.transition_not_allowed");
  EXPECT_EQ(svc_.Transition(actor_, j.id, TransitionRequest{S::kInTraining, {}, {}, {}, {}, {}}, 9).error().code(),
            core::ErrorCode::kPreconditionFailed);
  EXPECT_EQ(db_.CommitCountForTest(), commits);
}

TEST_F(JourneyServiceTest, ClosingBeforeDepartureLeavesThePmiStatus) {
  Person p = CreatePerson();
  Journey j = *Move(CreateJourney(p), S::kReadyToDepart);
  TransitionRequest close;
  close.to = S::kClosed;
  close.reason = "Found work at home";
  ASSERT_TRUE(svc_.Transition(actor_, j.id, close, j.version).ok());
  EXPECT_EQ(Reload(p).data.pmi_status, "AKAN_BEKERJA");
  EXPECT_EQ(svc_.Transitions(actor_, j.id)->back().reason, "Found work at home");
}

TEST_F(JourneyServiceTest, FollowUpsOnlyAfterReturn) {
  Person p = CreatePerson();
  const std::string kind(FindCodelist("bentuk_reintegrasi")->items[0].code);
  Journey abroad = Departed(p);
  auto early = svc_.AddFollowUp(actor_, abroad.id, kToday, kind, "Visited the family");
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().reason(), "journey.not_returned");

  Journey back = *Move(abroad, S::kReturned, "BERAKHIR_PK");
  auto added = svc_.AddFollowUp(actor_, back.id, kToday, kind, "  Visited the family  ");
  ASSERT_TRUE(added.ok()) << added.error().message();
  EXPECT_EQ(added->note, "Visited the family");
  EXPECT_THAT(*svc_.FollowUps(actor_, back.id), SizeIs(1));
  EXPECT_EQ(HistoryOf("journey", back.id).at(0).action, "follow_up");

  auto invalid = svc_.AddFollowUp(actor_, back.id, core::Date{2025, 6, 2}, "NGOPI", std::string(2001, 'x'));
  ASSERT_FALSE(invalid.ok());
  std::vector<std::string> fields;
  for (const auto& f : invalid.error().fields()) fields.push_back(f.field + ":" + f.code);
  EXPECT_THAT(fields, ElementsAre("kind:unknown_code", "note:too_long", "date:in_future"));
  EXPECT_EQ(svc_.AddFollowUp(actor_, back.id, kToday, kind, " ").error().fields().at(0).field, "note");
}

// --- Access policy and audit trail ---------------------------------------------------------------------------

TEST_F(JourneyServiceTest, WritesAreAuditedWithTheirFieldNames) {
  Person p = CreatePerson();
  const std::size_t before = db_.SnapshotForTest().audit.size();
  Journey j = CreateJourney(p, /*all_verified=*/true);
  std::vector<AuditEntry> audit = db_.SnapshotForTest().audit;
  ASSERT_EQ(audit.size(), before + 2);  // the journey, and the person's pmi_status it moved
  EXPECT_EQ(audit[before].action, "create");
  EXPECT_EQ(audit[before].entity_type, "journey");
  EXPECT_EQ(audit[before].entity_id, j.id);
  EXPECT_THAT(audit[before].fields, ::testing::Contains("destination_country"));
  EXPECT_EQ(audit[before + 1].action, "update");
  EXPECT_EQ(audit[before + 1].entity_type, "person");
  EXPECT_EQ(audit[before + 1].entity_id, p.id);
  EXPECT_THAT(audit[before + 1].fields, ElementsAre("pmi_status"));

  TransitionRequest ready;
  ready.to = S::kReadyToDepart;
  ready.reason = "Siti finished training";  // free text: kept in history, not in the audit trail
  ASSERT_TRUE(svc_.Transition(actor_, j.id, ready, j.version).ok());
  audit = db_.SnapshotForTest().audit;
  auto transition =
      std::find_if(audit.begin(), audit.end(), [](const AuditEntry& e) { return e.action == "transition"; });
  ASSERT_NE(transition, audit.end());
  EXPECT_EQ(transition->entity_id, j.id);
  EXPECT_THAT(transition->fields, ElementsAre("status"));
  EXPECT_EQ(transition->detail, "registered -> ready_to_depart");
  for (const AuditEntry& e : audit) EXPECT_EQ(e.detail.find("Siti"), std::string::npos) << e.detail;
}

TEST_F(JourneyServiceTest, ReadsAreAuditedAsReadsOfTheJourney) {
  Journey j = CreateJourney(CreatePerson());
  ASSERT_TRUE(svc_.GetJourney(actor_, j.id).ok());
  AuditEntry e = db_.SnapshotForTest().audit.back();
  EXPECT_EQ(e.action, "read");
  EXPECT_EQ(e.entity_type, "journey");
  EXPECT_EQ(e.entity_id, j.id);
  ASSERT_TRUE(svc_.Transitions(actor_, j.id).ok());
  EXPECT_EQ(db_.SnapshotForTest().audit.back().detail, "transitions");
  ASSERT_TRUE(svc_.FollowUps(actor_, j.id).ok());
  EXPECT_EQ(db_.SnapshotForTest().audit.back().detail, "follow_ups");
  // The journey view reads journey, transitions and follow-ups in one read unit, with one audit entry.
  const std::size_t before = db_.SnapshotForTest().audit.size();
  const int reads_before = db_.BeginCountForTest(ports::TxMode::kRead);
  auto detail = svc_.GetJourneyDetail(actor_, j.id);
  ASSERT_TRUE(detail.ok());
  EXPECT_EQ(detail->journey.id, j.id);
  EXPECT_EQ(db_.BeginCountForTest(ports::TxMode::kRead), reads_before + 1);
  EXPECT_EQ(db_.SnapshotForTest().audit.size(), before + 1);
  EXPECT_EQ(db_.SnapshotForTest().audit.back().detail, "detail");

  ports::JourneyFilter filter;
  filter.status = S::kRegistered;
  auto listed = svc_.ListJourneys(actor_, filter, {});
  ASSERT_TRUE(listed.ok());
  e = db_.SnapshotForTest().audit.back();
  EXPECT_EQ(e.action, "list");
  EXPECT_EQ(e.entity_type, "journey");
  EXPECT_THAT(e.record_ids, ElementsAre(j.id));
  EXPECT_EQ(e.detail, "filters: status");
}

TEST_F(JourneyServiceTest, ThePolicyDecidesBeforeAnythingHappens) {
  Person p = CreatePerson();
  Journey j = CreateJourney(p);
  Actor viewer = Worker("viewer-1");
  viewer.roles = {"VIEWER"};
  Actor analyst = Worker("analyst-1");
  analyst.roles = {"DATA_ANALYST"};
  const int commits = db_.CommitCountForTest();
  TransitionRequest ready;
  ready.to = S::kReadyToDepart;
  EXPECT_EQ(svc_.CreateJourney(viewer, p.id, Data()).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(svc_.UpdateJourney(viewer, j.id, Data(), j.version).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(svc_.Transition(viewer, j.id, ready, j.version).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(svc_.AddFollowUp(viewer, j.id, kToday, "x", "y").error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(svc_.GetJourney(analyst, j.id).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(svc_.ListJourneys(analyst, {}, {}).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(svc_.Transitions(analyst, j.id).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(svc_.FollowUps(analyst, j.id).error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(svc_.GetJourney(Actor{}, j.id).error().code(), core::ErrorCode::kUnauthenticated);
  EXPECT_EQ(db_.CommitCountForTest(), commits);
  EXPECT_TRUE(svc_.GetJourney(viewer, j.id).ok());
}

}  // namespace
}  // namespace sinergi::domain
