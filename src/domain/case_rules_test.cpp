// The pure rules of a case's fields (case_rules.hpp); the service tests cover them through the use cases.
#include "domain/case_rules.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace sinergi::domain {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

CaseData Full() {
  CaseData d;
  d.intake_channel = "HOTLINE";
  d.reported_on = {2025, 5, 30};
  d.occurred_on = core::Date{2025, 4, 1};
  d.occurrence_country = "ID";
  d.occurrence_region_code = "33.73";
  d.urgency = "TINGGI";
  d.immediate_safety_risk = true;
  d.case_types = {"TPPO"};
  d.violence_acts = {"PERKOSAAN"};
  d.places = {"RUMAH_TANGGA"};
  d.pmi_problems = {"DEPORTASI"};
  d.reporter_name = "Ratna";
  d.reporter_contact = "0811";
  d.reporter_confidential = true;
  d.summary = "Ringkasan.";
  d.victim_wants_return = true;
  d.return_assessed_safe = true;
  return d;
}

TEST(CaseRulesTest, TheDiffNamesEveryClientField) {
  std::vector<std::string> fields;
  for (const FieldChange& change : DiffCaseData(NoCaseData(), Full())) fields.push_back(change.field);
  EXPECT_THAT(fields, ElementsAre("intake_channel", "reported_on", "occurred_on", "occurrence_country",
                                  "occurrence_region_code", "urgency", "immediate_safety_risk", "case_types",
                                  "violence_acts", "places", "pmi_problems", "reporter_name", "reporter_contact",
                                  "reporter_confidential", "summary", "victim_wants_return", "return_assessed_safe"));
  EXPECT_THAT(DiffCaseData(Full(), Full()), IsEmpty());
}

TEST(CaseRulesTest, NormalisingTrimsTextsAndUpperCasesCodes) {
  CaseData d = Full();
  d.intake_channel = " hotline";
  d.occurrence_country = " id ";
  d.occurrence_region_code = " 33.73 ";
  d.case_types = {"tppo "};
  d.reporter_name = "   ";
  d.summary = "\n Ringkasan.\t";
  NormaliseCaseData(d);
  EXPECT_EQ(d.intake_channel, "HOTLINE");
  EXPECT_EQ(d.occurrence_country, "ID");
  EXPECT_EQ(d.occurrence_region_code, "33.73");
  EXPECT_THAT(d.case_types, ElementsAre("TPPO"));
  EXPECT_FALSE(d.reporter_name);
  EXPECT_EQ(d.summary, "Ringkasan.");
  EXPECT_THAT(ValidateCaseData(d, {}, core::Date{2025, 6, 1}), IsEmpty());
}

TEST(CaseRulesTest, ARelationshipToTheVictimBelongsToPerpetratorsRecruitersAndEmployers) {
  for (const char* role : {"TERDUGA_PELAKU", "PEREKRUT", "PEMBERI_KERJA"}) {
    CaseParty p{"", "", "person-1", role, "tetangga", std::nullopt, {}, ""};
    EXPECT_THAT(NormaliseAndValidateParty(p), IsEmpty()) << role;
    EXPECT_EQ(p.relationship_to_victim, "TETANGGA");
  }
  for (const char* role : {"KORBAN", "SAKSI", "WALI", "PELAPOR", "P3MI"}) {
    CaseParty p{"", "", "person-1", role, "TETANGGA", std::nullopt, {}, ""};
    auto errors = NormaliseAndValidateParty(p);
    ASSERT_EQ(errors.size(), 1U) << role;
    EXPECT_EQ(errors[0].code, "not_allowed");
  }
  CaseParty blank{"", "", " ", "", std::nullopt, std::nullopt, {}, ""};
  auto errors = NormaliseAndValidateParty(blank);
  ASSERT_EQ(errors.size(), 2U);
  EXPECT_EQ(errors[0].field, "person_id");
  EXPECT_EQ(errors[1].field, "role");
}

}  // namespace
}  // namespace sinergi::domain
