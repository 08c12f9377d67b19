// The pure training rules: normalising and validating programmes, sessions and enrolments, the enrolment status
// moves, the certificate requirement and how a certificate lands on the journey checklist.
#include "domain/training_rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace sinergi::domain {
namespace {

constexpr core::Date kToday{2025, 6, 20};

bool HasError(const std::vector<core::FieldError>& errors, const std::string& field, const std::string& code) {
  return std::any_of(errors.begin(), errors.end(),
                     [&](const core::FieldError& e) { return e.field == field && e.code == code; });
}

ProgrammeData Caregiver() {
  ProgrammeData p;
  p.name = "Pelatihan Caregiver";
  p.kind = "PELATIHAN_VOKASI";
  p.provider_agency_id = "blk";
  p.issues_competence_certificate = true;
  return p;
}

SessionData June() {
  SessionData s;
  s.starts_on = {2025, 6, 10};
  s.ends_on = {2025, 6, 30};
  s.place = "BLK Cilacap";
  return s;
}

TEST(TrainingRulesTest, ProgrammesAreNormalisedAndValidated) {
  ProgrammeData p = Caregiver();
  p.name = "  Pelatihan   Caregiver ";
  p.kind = " opp ";
  p.skill = "  ";
  NormaliseProgramme(p);
  EXPECT_EQ(p.name, "Pelatihan Caregiver");
  EXPECT_EQ(p.kind, "OPP");
  EXPECT_FALSE(p.skill.has_value());
  EXPECT_TRUE(ValidateProgramme(p).empty());

  ProgrammeData bad;
  bad.kind = "KURSUS";
  auto errors = ValidateProgramme(bad);
  EXPECT_TRUE(HasError(errors, "name", "required"));
  EXPECT_TRUE(HasError(errors, "kind", "unknown_code"));
  EXPECT_TRUE(HasError(errors, "provider_agency_id", "required"));
  bad.kind.clear();
  EXPECT_TRUE(HasError(ValidateProgramme(bad), "kind", "required"));
}

TEST(TrainingRulesTest, SessionsEndAfterTheyStartAndHoldSomeone) {
  SessionData s = June();
  EXPECT_TRUE(ValidateSession(s).empty());
  s.ends_on = {2025, 6, 9};
  s.capacity = 0;
  s.place = "";
  auto errors = ValidateSession(s);
  EXPECT_TRUE(HasError(errors, "ends_on", "before_start"));
  EXPECT_TRUE(HasError(errors, "capacity", "out_of_range"));
  EXPECT_TRUE(HasError(errors, "place", "required"));
  s = June();
  s.ends_on = s.starts_on;  // a one-day briefing
  EXPECT_TRUE(ValidateSession(s).empty());
}

TEST(TrainingRulesTest, AttendanceIsSortedUniqueAndWithinTheSessionUpToToday) {
  EnrolmentData e;
  e.attended_on = {{2025, 6, 12}, {2025, 6, 10}, {2025, 6, 12}};
  NormaliseEnrolment(e);
  EXPECT_EQ(e.attended_on, (std::vector<core::Date>{{2025, 6, 10}, {2025, 6, 12}}));
  EXPECT_TRUE(ValidateEnrolment(e, June(), Caregiver(), kToday).empty());

  e.attended_on = {{2025, 6, 9}, {2025, 6, 25}};
  auto errors = ValidateEnrolment(e, June(), Caregiver(), kToday);
  EXPECT_TRUE(HasError(errors, "attended_on[0]", "out_of_range"));
  EXPECT_TRUE(HasError(errors, "attended_on[1]", "in_future"));
}

TEST(TrainingRulesTest, ACertifyingProgrammeNeedsTheCertificateOnCompletion) {
  EnrolmentData e;
  e.status = EnrolmentStatus::kCompleted;
  e.completed_on = kToday;
  auto errors = ValidateEnrolment(e, June(), Caregiver(), kToday);
  EXPECT_TRUE(HasError(errors, "certificate_number", "required"));
  EXPECT_TRUE(HasError(errors, "certificate_issued_on", "required"));

  ProgrammeData opp = Caregiver();
  opp.issues_competence_certificate = false;
  EXPECT_TRUE(ValidateEnrolment(e, June(), opp, kToday).empty());

  e.certificate_number = "KMP-2025-0001";
  e.certificate_issued_on = kToday;
  EXPECT_TRUE(ValidateEnrolment(e, June(), Caregiver(), kToday).empty());
  EXPECT_TRUE(VerifiesCompetenceCertificate(e, Caregiver()));
  EXPECT_FALSE(VerifiesCompetenceCertificate(e, opp));

  e.completed_on = std::nullopt;
  EXPECT_TRUE(HasError(ValidateEnrolment(e, June(), Caregiver(), kToday), "completed_on", "required"));
  e.completed_on = core::Date{2025, 6, 1};
  EXPECT_TRUE(HasError(ValidateEnrolment(e, June(), Caregiver(), kToday), "completed_on", "before_start"));

  // Only a completed enrolment carries completion facts.
  e.status = EnrolmentStatus::kDroppedOut;
  errors = ValidateEnrolment(e, June(), Caregiver(), kToday);
  EXPECT_TRUE(HasError(errors, "completed_on", "not_allowed"));
  EXPECT_TRUE(HasError(errors, "certificate_number", "not_allowed"));
  EXPECT_TRUE(HasError(errors, "certificate_issued_on", "not_allowed"));
  EXPECT_FALSE(VerifiesCompetenceCertificate(e, Caregiver()));
}

TEST(TrainingRulesTest, OnlyAnOpenEnrolmentMoves) {
  using S = EnrolmentStatus;
  const S all[] = {S::kEnrolled, S::kCompleted, S::kDroppedOut, S::kFailed};
  for (S to : all) EXPECT_TRUE(CanMoveEnrolment(S::kEnrolled, to)) << ToString(to);
  for (S from : {S::kCompleted, S::kDroppedOut, S::kFailed}) {
    EXPECT_TRUE(IsFinalEnrolment(from));
    for (S to : all) EXPECT_EQ(CanMoveEnrolment(from, to), from == to) << ToString(from) << " -> " << ToString(to);
  }
  EXPECT_FALSE(IsFinalEnrolment(S::kEnrolled));
  EXPECT_FALSE(TakesSeat(S::kDroppedOut));
  EXPECT_TRUE(TakesSeat(S::kFailed));
  for (S s : all) EXPECT_EQ(ParseEnrolmentStatus(ToString(s)), s);
  EXPECT_FALSE(ParseEnrolmentStatus("enrolled").has_value());
}

TEST(TrainingRulesTest, TheCertificateGoesToTheNewestPreparingJourney) {
  std::vector<Journey> journeys(3);
  journeys[0].id = "j1";
  journeys[0].status = JourneyStatus::kRegistered;
  journeys[0].created_at = core::Timestamp(std::chrono::milliseconds(1000));
  journeys[1].id = "j2";
  journeys[1].status = JourneyStatus::kWorkingAbroad;
  journeys[1].created_at = core::Timestamp(std::chrono::milliseconds(3000));
  journeys[2].id = "j3";
  journeys[2].status = JourneyStatus::kReadyToDepart;
  journeys[2].created_at = core::Timestamp(std::chrono::milliseconds(2000));
  EXPECT_EQ(JourneyForCertificate(journeys), 2U);
  journeys[2].status = JourneyStatus::kClosed;
  EXPECT_EQ(JourneyForCertificate(journeys), 0U);
  journeys[0].status = JourneyStatus::kReturned;
  EXPECT_FALSE(JourneyForCertificate(journeys).has_value());
  EXPECT_TRUE(IsPreparingJourney(JourneyStatus::kInTraining));
  EXPECT_FALSE(IsPreparingJourney(JourneyStatus::kReintegrating));
}

TEST(TrainingRulesTest, TheCertificateVerifiesTheChecklistItemOnce) {
  JourneyData journey;
  journey.documents = {
      {"PASPOR", "verified", "X123", std::nullopt, std::nullopt, std::nullopt},
      {"SERTIFIKAT_KOMPETENSI", "missing", std::nullopt, std::nullopt, core::Date{2030, 1, 1}, std::nullopt}};
  EnrolmentData e;
  e.status = EnrolmentStatus::kCompleted;
  e.certificate_number = "KMP-1";
  e.certificate_issued_on = kToday;
  EXPECT_TRUE(ApplyCompetenceCertificate(journey, e, Caregiver()));
  const JourneyDocument& doc = journey.documents[1];
  EXPECT_EQ(doc.status, "verified");
  EXPECT_EQ(doc.number, "KMP-1");
  EXPECT_EQ(doc.issued_on, kToday);
  EXPECT_EQ(doc.expires_on, (core::Date{2030, 1, 1}));  // kept
  EXPECT_EQ(doc.note, "Pelatihan: Pelatihan Caregiver");
  EXPECT_EQ(journey.documents[0].status, "verified");  // other items untouched
  EXPECT_FALSE(ApplyCompetenceCertificate(journey, e, Caregiver()));

  JourneyData empty;  // a checklist without the item gets it
  EXPECT_TRUE(ApplyCompetenceCertificate(empty, e, Caregiver()));
  ASSERT_EQ(empty.documents.size(), 1U);
  EXPECT_EQ(empty.documents[0].code, "SERTIFIKAT_KOMPETENSI");
}

TEST(TrainingRulesTest, ChangesNameTheFieldsThatMoved) {
  EnrolmentData before;
  EnrolmentData after = before;
  EXPECT_TRUE(EnrolmentChanges(before, after).empty());
  after.status = EnrolmentStatus::kFailed;
  after.attended_on = {{2025, 6, 10}};
  auto changes = EnrolmentChanges(before, after);
  ASSERT_EQ(changes.size(), 2U);
  EXPECT_EQ(changes[0].field, "status");
  EXPECT_EQ(changes[0].after, "\"FAILED\"");
  EXPECT_EQ(changes[1].field, "attended_on");
  EXPECT_EQ(changes[1].after, "[\"2025-06-10\"]");

  ProgrammeData p = Caregiver();
  ProgrammeData q = p;
  q.issues_competence_certificate = false;
  auto programme = ProgrammeChanges(p, q);
  ASSERT_EQ(programme.size(), 1U);
  EXPECT_EQ(programme[0].field, "issues_competence_certificate");
  SessionData s = June();
  SessionData t = s;
  t.capacity = 20;
  ASSERT_EQ(SessionChanges(s, t).size(), 1U);
}

}  // namespace
}  // namespace sinergi::domain
