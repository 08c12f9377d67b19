// TrainingService over the in-memory test double: who may write programmes, sessions and enrolments, one enrolment
// per person and session, capacity, the enrolment status moves, and completion verifying the competence certificate
// on the person's preparing journey in the same unit of work.
#include "domain/training_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/case_service_test_fixture.hpp"
#include "domain/journey_service.hpp"

namespace sinergi::domain {
namespace {

using case_test::CaseServiceFixture;
using core::ErrorCode;

class TrainingServiceTest : public CaseServiceFixture {
 protected:
  void SetUp() override {
    CaseServiceFixture::SetUp();
    ProgrammeData p;
    p.name = "Pelatihan Caregiver";
    p.kind = "PELATIHAN_VOKASI";
    p.skill = "Caregiver";
    p.issues_competence_certificate = true;
    p.region_code = "33.73";
    auto programme = training_.CreateProgramme(worker_a_, p);
    SINERGI_CHECK(programme.ok());
    programme_ = *programme;
    SessionData s;
    s.starts_on = {2025, 5, 20};
    s.ends_on = {2025, 6, 10};
    s.place = "BLK Salatiga";
    s.capacity = 2;
    auto session = training_.CreateSession(worker_a_, programme_.id, s);
    SINERGI_CHECK(session.ok());
    session_ = *session;
  }

  Journey CreateJourney(const Person& person) {
    JourneyData d;
    d.placement_scheme = "P3MI";
    d.p3mi_name = "PT Contoh";
    d.destination_country = "MY";
    auto j = journeys_.CreateJourney(worker_a_, person.id, d);
    SINERGI_CHECK(j.ok());
    return *j;
  }

  TrainingService::EnrolmentView Enrol(const Person& person) {
    auto e = training_.Enrol(worker_a_, session_.id, person.id);
    SINERGI_CHECK(e.ok());
    return *e;
  }

  static EnrolmentData Completed(const Enrolment& e, std::optional<std::string> number) {
    EnrolmentData d = e.data;
    d.status = EnrolmentStatus::kCompleted;
    d.attended_on = {{2025, 5, 20}, {2025, 5, 21}};
    d.certificate_number = std::move(number);
    d.certificate_issued_on = core::Date{2025, 5, 30};
    return d;
  }

  const JourneyDocument* Certificate(const Journey& j) {
    for (const JourneyDocument& d : j.data.documents) {
      if (d.code == "SERTIFIKAT_KOMPETENSI") return &d;
    }
    return nullptr;
  }

  TrainingService training_{db_, clock_, ids_};
  JourneyService journeys_{db_, clock_, ids_};
  Programme programme_;
  TrainingSession session_;
  const Actor admin_ = case_test::MakeActor("admin", "agency-n", "", "NATIONAL", "SYSTEM_ADMIN");
};

TEST_F(TrainingServiceTest, TheProviderWritesAndOthersAreRefused) {
  EXPECT_EQ(programme_.data.provider_agency_id, "agency-a");  // the actor's agency by default
  EXPECT_EQ(programme_.version, 1);
  EXPECT_EQ(training_.CreateProgramme(viewer_a_, programme_.data).error().reason(), "forbidden");
  EXPECT_EQ(training_.CreateProgramme(worker_b_, programme_.data).error().reason(), "training.not_provider");
  EXPECT_EQ(training_.CreateSession(worker_b_, programme_.id, session_.data).error().reason(), "training.not_provider");
  EXPECT_EQ(training_.UpdateProgramme(worker_b_, programme_.id, programme_.data, 1).error().reason(),
            "training.not_provider");
  // An administrator acts for every provider (but reads no registry data, so enrols no one).
  EXPECT_TRUE(training_.CreateSession(admin_, programme_.id, session_.data).ok());
  Person p = CreatePerson(worker_a_, "Siti Aminah");
  EXPECT_EQ(training_.Enrol(admin_, session_.id, p.id).error().reason(), "forbidden");

  ProgrammeData bad = programme_.data;
  bad.region_code = "99";
  auto refused = training_.CreateProgramme(worker_a_, bad);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(FirstField(refused.error()), "region_code");
  EXPECT_EQ(FirstCode(refused.error()), "unknown_code");

  // Every signed-in role reads programmes and sessions.
  EXPECT_TRUE(training_.GetProgramme(analyst_a_, programme_.id).ok());
  EXPECT_EQ(training_.ListSessions(worker_b_, programme_.id)->size(), 2U);
}

TEST_F(TrainingServiceTest, UpdatesAreVersionedAndAuditedEvenWithoutChanges) {
  ProgrammeData changed = programme_.data;
  changed.description = "Kelas 3 minggu";
  EXPECT_EQ(training_.UpdateProgramme(worker_a_, programme_.id, changed, 7).error().code(),
            ErrorCode::kPreconditionFailed);
  auto updated = training_.UpdateProgramme(worker_a_, programme_.id, changed, 1);
  ASSERT_TRUE(updated.ok()) << updated.error().message();
  EXPECT_EQ(updated->version, 2);
  auto same = training_.UpdateProgramme(worker_a_, programme_.id, changed, 2);
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->version, 2);
  EXPECT_EQ(HistoryOf("training_programme", programme_.id).size(), 2U);  // create, update
  const auto audit = Audit();
  EXPECT_TRUE(std::any_of(audit.begin(), audit.end(), [&](const AuditEntry& a) {
    return a.entity_type == "training_programme" && a.detail == "no changes";
  }));
}

TEST_F(TrainingServiceTest, APersonIsEnrolledOnceAndOnlyWhileSeatsRemain) {
  Person siti = CreatePerson(worker_a_, "Siti Aminah");
  Person dewi = CreatePerson(worker_a_, "Dewi Lestari");
  Person rina = CreatePerson(worker_a_, "Rina Wati");
  Person made = CreatePerson(worker_b_, "Made Ayu");
  auto first = training_.Enrol(worker_a_, session_.id, siti.id);
  ASSERT_TRUE(first.ok()) << first.error().message();
  EXPECT_EQ(first->person_name, "Siti Aminah");
  EXPECT_EQ(first->enrolment.data.status, EnrolmentStatus::kEnrolled);
  EXPECT_EQ(training_.Enrol(worker_a_, session_.id, siti.id).error().reason(), "training.already_enrolled");
  // A person the actor may not see is "not found", like a missing one.
  auto hidden = training_.Enrol(worker_a_, session_.id, made.id);
  EXPECT_EQ(hidden.error().reason(), "person.not_found");
  EXPECT_EQ(FirstField(hidden.error()), "person_id");

  TrainingService::EnrolmentView second = Enrol(dewi);
  EXPECT_EQ(training_.Enrol(worker_a_, session_.id, rina.id).error().reason(), "training.session_full");
  SessionData smaller = session_.data;
  smaller.capacity = 1;
  EXPECT_EQ(FirstField(training_.UpdateSession(worker_a_, session_.id, smaller, 1).error()), "capacity");
  // Dropping out frees the seat.
  EnrolmentData dropped = second.enrolment.data;
  dropped.status = EnrolmentStatus::kDroppedOut;
  dropped.note = "Pindah domisili";
  ASSERT_TRUE(training_.UpdateEnrolment(worker_a_, second.enrolment.id, dropped, 1).ok());
  EXPECT_TRUE(training_.Enrol(worker_a_, session_.id, rina.id).ok());
}

TEST_F(TrainingServiceTest, CompletionWithACertificateVerifiesThePreparingJourney) {
  Person siti = CreatePerson(worker_a_, "Siti Aminah");
  Journey journey = CreateJourney(siti);
  TrainingService::EnrolmentView e = Enrol(siti);

  // Attendance first: a day outside the session is refused.
  EnrolmentData attended = e.enrolment.data;
  attended.attended_on = {{2025, 5, 21}, {2025, 5, 20}, {2025, 6, 11}};
  auto outside = training_.UpdateEnrolment(worker_a_, e.enrolment.id, attended, 1);
  EXPECT_EQ(FirstField(outside.error()), "attended_on[2]");
  attended.attended_on.pop_back();
  auto recorded = training_.UpdateEnrolment(worker_a_, e.enrolment.id, attended, 1);
  ASSERT_TRUE(recorded.ok()) << recorded.error().message();
  EXPECT_EQ(recorded->view.enrolment.data.attended_on.front(), (core::Date{2025, 5, 20}));
  EXPECT_FALSE(recorded->journey_updated.has_value());

  auto missing = training_.UpdateEnrolment(worker_a_, e.enrolment.id, Completed(e.enrolment, std::nullopt), 2);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code(), ErrorCode::kInvalid);
  EXPECT_EQ(FirstField(missing.error()), "certificate_number");
  EXPECT_EQ(journeys_.GetJourney(worker_a_, journey.id)->version, journey.version);  // nothing written

  auto done = training_.UpdateEnrolment(worker_a_, e.enrolment.id, Completed(e.enrolment, "KMP-2025-0042"), 2);
  ASSERT_TRUE(done.ok()) << done.error().message();
  EXPECT_EQ(done->view.enrolment.data.completed_on, case_test::kToday);  // stamped
  EXPECT_EQ(done->journey_updated, journey.id);
  Journey after = *journeys_.GetJourney(worker_a_, journey.id);
  EXPECT_EQ(after.version, journey.version + 1);
  const JourneyDocument* certificate = Certificate(after);
  ASSERT_NE(certificate, nullptr);
  EXPECT_EQ(certificate->status, "verified");
  EXPECT_EQ(certificate->number, "KMP-2025-0042");
  EXPECT_EQ(certificate->issued_on, (core::Date{2025, 5, 30}));
  EXPECT_EQ(certificate->note, "Pelatihan: Pelatihan Caregiver");
  auto history = HistoryOf("journey", journey.id);
  ASSERT_EQ(history.size(), 2U);
  EXPECT_EQ(history[1].action, "update");
  EXPECT_EQ(history[1].reason, "training enrolment " + e.enrolment.id);

  // A completed enrolment changes no more; no status leaves it.
  EnrolmentData later = done->view.enrolment.data;
  later.note = "Koreksi";
  EXPECT_EQ(training_.UpdateEnrolment(worker_a_, e.enrolment.id, later, 3).error().reason(),
            "training.enrolment_closed");
  later = done->view.enrolment.data;
  later.status = EnrolmentStatus::kFailed;
  later.completed_on = std::nullopt;
  later.certificate_number = std::nullopt;
  later.certificate_issued_on = std::nullopt;
  EXPECT_EQ(training_.UpdateEnrolment(worker_a_, e.enrolment.id, later, 3).error().reason(),
            "training.invalid_transition");
}

TEST_F(TrainingServiceTest, WithoutAPreparingJourneyNothingElseChanges) {
  Person siti = CreatePerson(worker_a_, "Siti Aminah");
  TrainingService::EnrolmentView e = Enrol(siti);
  auto done = training_.UpdateEnrolment(worker_a_, e.enrolment.id, Completed(e.enrolment, "KMP-1"), 1);
  ASSERT_TRUE(done.ok()) << done.error().message();
  EXPECT_FALSE(done->journey_updated.has_value());

  Person dewi = CreatePerson(worker_a_, "Dewi Lestari");
  TrainingService::EnrolmentView d = Enrol(dewi);
  EnrolmentData dropped = d.enrolment.data;
  dropped.status = EnrolmentStatus::kDroppedOut;
  ASSERT_TRUE(training_.UpdateEnrolment(worker_a_, d.enrolment.id, dropped, 1).ok());
  auto revived = training_.UpdateEnrolment(worker_a_, d.enrolment.id, Completed(d.enrolment, "KMP-2"), 2);
  EXPECT_EQ(revived.error().reason(), "training.invalid_transition");
}

TEST_F(TrainingServiceTest, EnrolmentListsShowOnlyPersonsTheActorMaySeeAndAreAudited) {
  Person siti = CreatePerson(worker_a_, "Siti Aminah");
  TrainingService::EnrolmentView e = Enrol(siti);
  auto own = training_.ListSessionEnrolments(viewer_a_, session_.id);
  ASSERT_TRUE(own.ok());
  ASSERT_EQ(own->size(), 1U);
  EXPECT_EQ((*own)[0].person_name, "Siti Aminah");
  auto other = training_.ListSessionEnrolments(worker_b_, session_.id);
  ASSERT_TRUE(other.ok());
  EXPECT_TRUE(other->empty());
  EXPECT_EQ(training_.ListSessionEnrolments(analyst_a_, session_.id).error().reason(), "forbidden");
  EXPECT_EQ(training_.GetEnrolment(worker_b_, e.enrolment.id).error().reason(), "training_enrolment.not_found");

  auto trainings = training_.PersonTrainings(viewer_a_, siti.id);
  ASSERT_TRUE(trainings.ok());
  ASSERT_EQ(trainings->size(), 1U);
  EXPECT_EQ((*trainings)[0].programme.data.name, "Pelatihan Caregiver");
  EXPECT_EQ((*trainings)[0].session.id, session_.id);
  EXPECT_EQ(training_.PersonTrainings(worker_b_, siti.id).error().reason(), "person.not_found");

  const auto audit = Audit();
  EXPECT_TRUE(std::any_of(audit.begin(), audit.end(), [&](const AuditEntry& a) {
    return a.action == "list" && a.entity_type == "training_enrolment" && a.actor_id == viewer_a_.id &&
           a.record_ids == std::vector<std::string>{e.enrolment.id};
  }));
  EXPECT_TRUE(std::any_of(audit.begin(), audit.end(), [&](const AuditEntry& a) {
    return a.action == "read" && a.entity_type == "person" && a.entity_id == siti.id && a.detail == "trainings";
  }));
}

}  // namespace
}  // namespace sinergi::domain
