#include "domain/journey_rules.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "domain/codelists.hpp"

namespace sinergi::domain {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using S = JourneyStatus;

constexpr S kAll[] = {S::kRegistered, S::kInTraining,    S::kReadyToDepart, S::kWorkingAbroad,
                      S::kReturned,   S::kReintegrating, S::kClosed};

std::vector<std::string> Codes(const std::vector<core::FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field + ":" + e.code);
  return out;
}

JourneyData ValidData() {
  JourneyData d;
  d.placement_scheme = "P3MI";
  d.p3mi_name = "PT Maju Jaya";
  d.destination_country = "MY";
  return d;
}

// A journey whose nine Ps 13 documents are all verified.
Journey ReadyJourney() {
  Journey j;
  j.id = "j1";
  j.status = S::kReadyToDepart;
  j.data = ValidData();
  for (const CodeItem& item : RequiredPmiDocuments()) {
    JourneyDocument doc;
    doc.code = std::string(item.code);
    doc.status = "verified";
    j.data.documents.push_back(doc);
  }
  return j;
}

Person Adult() {
  Person p;
  p.id = "p1";
  p.data.full_name = "Siti Aminah";
  p.data.birth_date = core::Date{1990, 5, 12};
  return p;
}

TransitionRequest To(S to) {
  TransitionRequest r;
  r.to = to;
  return r;
}

constexpr core::Date kToday{2025, 6, 1};

TEST(JourneyStateMachineTest, ExactlyTheDocumentedMovesAreAllowed) {
  const std::map<S, std::set<S>> allowed{
      {S::kRegistered, {S::kInTraining, S::kReadyToDepart, S::kClosed}},
      {S::kInTraining, {S::kReadyToDepart, S::kClosed}},
      {S::kReadyToDepart, {S::kInTraining, S::kWorkingAbroad, S::kClosed}},
      {S::kWorkingAbroad, {S::kReturned}},
      {S::kReturned, {S::kReintegrating, S::kClosed}},
      {S::kReintegrating, {S::kClosed}},
      {S::kClosed, {}},
  };
  for (S from : kAll) {
    for (S to : kAll) {
      EXPECT_EQ(IsAllowedTransition(from, to), allowed.at(from).contains(to))
          << ToString(from) << " -> " << ToString(to);
    }
  }
}

TEST(JourneyStateMachineTest, AllowedTransitionsListsTheMovesInStatusOrder) {
  EXPECT_THAT(AllowedTransitions(S::kRegistered), ElementsAre(S::kInTraining, S::kReadyToDepart, S::kClosed));
  EXPECT_THAT(AllowedTransitions(S::kWorkingAbroad), ElementsAre(S::kReturned));
  EXPECT_THAT(AllowedTransitions(S::kClosed), IsEmpty());
}

TEST(JourneyStateMachineTest, PmiStatusFollowsTheJourney) {
  EXPECT_EQ(PmiStatusFor(S::kRegistered, false), "CALON");
  EXPECT_EQ(PmiStatusFor(S::kInTraining, false), "CALON");
  EXPECT_EQ(PmiStatusFor(S::kReadyToDepart, false), "AKAN_BEKERJA");
  EXPECT_EQ(PmiStatusFor(S::kWorkingAbroad, true), "SEDANG_BEKERJA");
  EXPECT_EQ(PmiStatusFor(S::kReturned, true), "PURNA");
  EXPECT_EQ(PmiStatusFor(S::kReintegrating, true), "PURNA");
  EXPECT_EQ(PmiStatusFor(S::kClosed, true), "PURNA");
  EXPECT_EQ(PmiStatusFor(S::kClosed, false), std::nullopt);
  for (S s : kAll) {
    if (auto status = PmiStatusFor(s, true)) {
      EXPECT_TRUE(IsValidCode("status_pmi", *status)) << *status;
    }
  }
}

TEST(JourneyValidationTest, FillsAllNineDocumentsInStatutoryOrder) {
  JourneyData d = ValidData();
  d.destination_country = " my ";
  JourneyDocument visa;
  visa.code = "visa_kerja";
  visa.status = "submitted";
  d.documents = {visa};
  ASSERT_THAT(Codes(NormaliseAndValidate(d, true)), IsEmpty());
  EXPECT_EQ(d.destination_country, "MY");
  const auto required = RequiredPmiDocuments();
  ASSERT_EQ(d.documents.size(), 9U);
  ASSERT_EQ(required.size(), 9U);
  for (std::size_t i = 0; i < required.size(); ++i) {
    EXPECT_EQ(d.documents[i].code, required[i].code);
    EXPECT_EQ(d.documents[i].status, required[i].code == "VISA_KERJA" ? "submitted" : "missing");
  }
}

TEST(JourneyValidationTest, DocumentErrorsNameTheInputIndex) {
  JourneyData d = ValidData();
  JourneyDocument unknown{"KTP", "verified", {}, {}, {}, {}};
  JourneyDocument passport{"PASPOR", "verified", "C1234567", core::Date{2025, 1, 1}, core::Date{2024, 1, 1}, {}};
  JourneyDocument duplicate{"PASPOR", "missing", {}, {}, {}, {}};
  JourneyDocument bad_status{"JAMSOS", "done", {}, {}, {}, {}};
  d.documents = {unknown, passport, duplicate, bad_status};
  EXPECT_THAT(Codes(NormaliseAndValidate(d, true)),
              ElementsAre("documents[0].code:unknown_code", "documents[1].expires_on:before_issued",
                          "documents[2].code:duplicate", "documents[3].status:unknown_code"));
}

TEST(JourneyValidationTest, SchemeAndCountryRules) {
  JourneyData missing;
  EXPECT_THAT(Codes(NormaliseAndValidate(missing, false)),
              ElementsAre("placement_scheme:required", "destination_country:required"));

  JourneyData unknown = ValidData();
  unknown.placement_scheme = "AGENT";
  unknown.pmi_category = "PNS";
  EXPECT_THAT(
      Codes(NormaliseAndValidate(unknown, false)),
      ElementsAre("placement_scheme:unknown_code", "pmi_category:unknown_code", "destination_country:unknown_code"));

  JourneyData p3mi = ValidData();
  p3mi.p3mi_name = "  ";
  EXPECT_THAT(Codes(NormaliseAndValidate(p3mi, true)), ElementsAre("p3mi_name:required"));

  JourneyData individual = ValidData();
  individual.placement_scheme = "PERSEORANGAN";
  individual.p3mi_name.reset();
  individual.pmi_category = "PERSEORANGAN_RT";
  EXPECT_THAT(Codes(NormaliseAndValidate(individual, true)), ElementsAre("pmi_category:not_allowed_for_scheme"));
  individual.pmi_category = "BADAN_HUKUM";
  EXPECT_THAT(Codes(NormaliseAndValidate(individual, true)), IsEmpty());
}

TEST(JourneyValidationTest, ContractCannotEndBeforeDeparture) {
  JourneyData d = ValidData();
  d.planned_departure_date = core::Date{2025, 7, 1};
  d.contract_end_date = core::Date{2025, 6, 30};
  EXPECT_THAT(Codes(NormaliseAndValidate(d, true)), ElementsAre("contract_end_date:before_departure"));
  d.contract_end_date = core::Date{2027, 7, 1};
  EXPECT_THAT(Codes(NormaliseAndValidate(d, true)), IsEmpty());
}

TEST(JourneyDocumentsTest, CompleteOnlyWhenAllNineAreVerified) {
  Journey j = ReadyJourney();
  EXPECT_TRUE(DocumentsComplete(j.data));
  EXPECT_THAT(MissingDocuments(j.data), IsEmpty());
  j.data.documents[4].status = "submitted";  // PASPOR
  j.data.documents.pop_back();               // JAMSOS absent altogether
  EXPECT_FALSE(DocumentsComplete(j.data));
  EXPECT_THAT(MissingDocuments(j.data), ElementsAre("PASPOR", "JAMSOS"));
}

TEST(CheckTransitionTest, RefusesMovesOutsideTheStateMachine) {
  Journey j = ReadyJourney();
  j.status = S::kRegistered;
  TransitionCheck check = CheckTransition(j, Adult(), To(S::kReturned), kToday);
  ASSERT_TRUE(check.error);
  EXPECT_EQ(check.error->code(), core::ErrorCode::kConflict);
  EXPECT_EQ(check.error->reason(), "journey.transition_not_allowed");
  EXPECT_THAT(check.flags_to_add, IsEmpty());

  j.status = S::kClosed;
  EXPECT_TRUE(CheckTransition(j, Adult(), To(S::kRegistered), kToday).error);
}

TEST(CheckTransitionTest, SimpleMovesPass) {
  Journey j = ReadyJourney();
  j.status = S::kRegistered;
  EXPECT_FALSE(CheckTransition(j, Adult(), To(S::kInTraining), kToday).error);
  j.status = S::kReadyToDepart;
  EXPECT_FALSE(CheckTransition(j, Adult(), To(S::kInTraining), kToday).error);
  j.status = S::kReturned;
  EXPECT_FALSE(CheckTransition(j, Adult(), To(S::kReintegrating), kToday).error);
}

TEST(CheckTransitionTest, ClosingBeforeDepartureNeedsAReason) {
  for (S from : {S::kRegistered, S::kInTraining, S::kReadyToDepart}) {
    Journey j = ReadyJourney();
    j.status = from;
    TransitionRequest close = To(S::kClosed);
    close.reason = "  ";
    TransitionCheck refused = CheckTransition(j, Adult(), close, kToday);
    ASSERT_TRUE(refused.error) << ToString(from);
    EXPECT_EQ(refused.error->code(), core::ErrorCode::kInvalid);
    EXPECT_THAT(Codes(refused.error->fields()), ElementsAre("reason:required"));
    close.reason = "Withdrew: family needs her at home";
    EXPECT_FALSE(CheckTransition(j, Adult(), close, kToday).error);
  }
  // After the return, closing is the normal end and needs no reason.
  for (S from : {S::kReturned, S::kReintegrating}) {
    Journey j = ReadyJourney();
    j.status = from;
    EXPECT_FALSE(CheckTransition(j, Adult(), To(S::kClosed), kToday).error) << ToString(from);
  }
}

TEST(CheckTransitionTest, DepartureNeedsABirthDate) {
  Person p = Adult();
  p.data.birth_date.reset();
  TransitionCheck check = CheckTransition(ReadyJourney(), p, To(S::kWorkingAbroad), kToday);
  ASSERT_TRUE(check.error);
  EXPECT_EQ(check.error->code(), core::ErrorCode::kInvalid);
  EXPECT_EQ(check.error->reason(), "journey.birth_date_required");
  EXPECT_THAT(check.flags_to_add, IsEmpty());
}

TEST(CheckTransitionTest, UnderageDepartureIsRefusedAndFlagged) {
  Person p = Adult();
  p.data.birth_date = core::Date{2007, 6, 2};  // turns 18 the day after kToday
  TransitionCheck check = CheckTransition(ReadyJourney(), p, To(S::kWorkingAbroad), kToday);
  ASSERT_TRUE(check.error);
  EXPECT_EQ(check.error->code(), core::ErrorCode::kInvalid);
  EXPECT_EQ(check.error->reason(), "journey.underage_departure");
  EXPECT_THAT(check.flags_to_add, ElementsAre("UNDERAGE_DEPARTURE_ATTEMPT"));

  // The age counts on the effective date, not today.
  TransitionCheck on_birthday = CheckTransition(ReadyJourney(), p, To(S::kWorkingAbroad), core::Date{2025, 6, 2});
  EXPECT_FALSE(on_birthday.error);
  EXPECT_THAT(on_birthday.flags_to_add, IsEmpty());
}

TEST(CheckTransitionTest, IncompleteDocumentsAreRefusedNamingThem) {
  Journey j = ReadyJourney();
  j.data.documents[4].status = "rejected";   // PASPOR
  j.data.documents[5].status = "submitted";  // VISA_KERJA
  TransitionCheck check = CheckTransition(j, Adult(), To(S::kWorkingAbroad), kToday);
  ASSERT_TRUE(check.error);
  EXPECT_EQ(check.error->code(), core::ErrorCode::kInvalid);
  EXPECT_EQ(check.error->reason(), "journey.documents_incomplete");
  EXPECT_THAT(check.error->message(), HasSubstr("PASPOR, VISA_KERJA"));
  EXPECT_THAT(Codes(check.error->fields()),
              ElementsAre("documents[4].status:not_verified", "documents[5].status:not_verified"));
  EXPECT_THAT(check.flags_to_add, IsEmpty());

  TransitionRequest blank_override = To(S::kWorkingAbroad);
  blank_override.documents_override_reason = " ";
  EXPECT_TRUE(CheckTransition(j, Adult(), blank_override, kToday).error);
}

TEST(CheckTransitionTest, DocumentsOverrideIsAcceptedAndFlagged) {
  Journey j = ReadyJourney();
  j.data.documents[5].status = "submitted";
  TransitionRequest request = To(S::kWorkingAbroad);
  request.documents_override_reason = "Visa issued on arrival under the G-to-G agreement";
  TransitionCheck check = CheckTransition(j, Adult(), request, kToday);
  EXPECT_FALSE(check.error);
  EXPECT_THAT(check.flags_to_add, ElementsAre("DOCUMENTS_OVERRIDE"));

  // Complete documents override nothing, so nothing is flagged.
  EXPECT_THAT(CheckTransition(ReadyJourney(), Adult(), request, kToday).flags_to_add, IsEmpty());
}

TEST(CheckTransitionTest, ReturnNeedsAValidReasonAndADateAfterDeparture) {
  Journey j = ReadyJourney();
  j.status = S::kWorkingAbroad;
  j.departure_date = core::Date{2024, 1, 10};

  TransitionCheck missing = CheckTransition(j, Adult(), To(S::kReturned), kToday);
  ASSERT_TRUE(missing.error);
  EXPECT_EQ(missing.error->code(), core::ErrorCode::kInvalid);
  EXPECT_THAT(Codes(missing.error->fields()), ElementsAre("return_reason:required"));

  TransitionRequest unknown = To(S::kReturned);
  unknown.return_reason = "BOSAN";
  ASSERT_TRUE(CheckTransition(j, Adult(), unknown, kToday).error);
  EXPECT_THAT(Codes(CheckTransition(j, Adult(), unknown, kToday).error->fields()),
              ElementsAre("return_reason:unknown_code"));

  TransitionRequest valid = To(S::kReturned);
  valid.return_reason = "PHK_DINI";
  EXPECT_FALSE(CheckTransition(j, Adult(), valid, kToday).error);
  EXPECT_FALSE(CheckTransition(j, Adult(), valid, core::Date{2024, 1, 10}).error);

  TransitionCheck early = CheckTransition(j, Adult(), valid, core::Date{2024, 1, 9});
  ASSERT_TRUE(early.error);
  EXPECT_THAT(Codes(early.error->fields()), ElementsAre("effective_date:before_departure"));
}

TEST(DiffJourneyDataTest, NoChangesForEqualData) {
  JourneyData d = ReadyJourney().data;
  EXPECT_THAT(DiffJourneyData(d, d), IsEmpty());
}

TEST(DiffJourneyDataTest, ReportsFieldsAndDocumentItems) {
  JourneyData before = ReadyJourney().data;
  JourneyData after = before;
  after.procedural = false;
  after.employer_name = "Tan Sdn Bhd";
  after.documents[4].status = "rejected";
  after.documents[4].number = "C1234567";
  after.planned_departure_date = core::Date{2025, 7, 1};
  EXPECT_THAT(DiffJourneyData(before, after),
              ElementsAre(FieldChange{"employer_name", std::nullopt, "\"Tan Sdn Bhd\""},
                          FieldChange{"procedural", "true", "false"},
                          FieldChange{"documents.PASPOR.status", "\"verified\"", "\"rejected\""},
                          FieldChange{"documents.PASPOR.number", std::nullopt, "\"C1234567\""},
                          FieldChange{"planned_departure_date", std::nullopt, "\"2025-07-01\""}));
}

TEST(DiffJourneyDataTest, ADocumentAppearingShowsItsStatus) {
  JourneyData before = ValidData();
  JourneyData after = before;
  after.documents.push_back(JourneyDocument{"JAMSOS", "submitted", {}, {}, {}, {}});
  EXPECT_THAT(DiffJourneyData(before, after),
              ElementsAre(FieldChange{"documents.JAMSOS.status", std::nullopt, "\"submitted\""}));
}

}  // namespace
}  // namespace sinergi::domain
