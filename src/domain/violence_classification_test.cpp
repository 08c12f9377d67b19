// Deriving SIMFONI forms and the GBVIMS core type from the granular acts of one incident.
#include "domain/violence_classification.hpp"

#include <gtest/gtest.h>

#include "domain/codelists.hpp"

namespace sinergi::domain {
namespace {

ViolenceClassification Classify(std::vector<std::string> acts) {
  auto r = ClassifyViolence(acts);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
  return r.ok() ? *r : ViolenceClassification{};
}

TEST(ViolenceClassificationTest, EveryActMapsIntoBothCodeLists) {
  const Codelist* acts = FindCodelist("tindakan_kekerasan");
  ASSERT_NE(acts, nullptr);
  for (const CodeItem& item : acts->items) {
    auto views = ViewsOfAct(item.code);
    ASSERT_TRUE(views) << item.code;
    EXPECT_TRUE(IsValidCode("bentuk_kekerasan", views->simfoni_form)) << item.code;
    if (views->gbvims_type) {
      EXPECT_TRUE(IsValidCode("gbvims_type", *views->gbvims_type)) << item.code;
    }
  }
}

TEST(ViolenceClassificationTest, GbvimsTakesTheMostSpecificTypeAndSimfoniKeepsEveryForm) {
  // Beaten, threatened and raped: SIMFONI counts three forms, GBVIMS exactly one type, rape.
  auto c = Classify({"ANCAMAN_INTIMIDASI", "KEKERASAN_FISIK", "PERKOSAAN"});
  EXPECT_EQ(c.simfoni_forms, (std::vector<std::string>{"FISIK", "PSIKIS", "SEKSUAL"}));
  EXPECT_EQ(c.gbvims_type, "RAPE");
  // Without the rape, physical assault beats psychological abuse.
  EXPECT_EQ(Classify({"ANCAMAN_INTIMIDASI", "KEKERASAN_FISIK"}).gbvims_type, "PHYSICAL_ASSAULT");
  // Attempted rape is sexual assault, which beats physical assault.
  EXPECT_EQ(Classify({"KEKERASAN_FISIK", "PERCOBAAN_PERKOSAAN"}).gbvims_type, "SEXUAL_ASSAULT");
  // Forced marriage beats denial of resources and psychological abuse.
  EXPECT_EQ(Classify({"PENGHINAAN_ISOLASI", "PENELANTARAN", "PERKAWINAN_PAKSA"}).gbvims_type, "FORCED_MARRIAGE");
  EXPECT_EQ(Classify({"PENGHINAAN_ISOLASI", "PERAMPASAN_SUMBER_DAYA"}).gbvims_type, "DENIAL_RESOURCES");
}

TEST(ViolenceClassificationTest, TheOrderOfActsDoesNotMatterAndRepeatsCollapse) {
  auto a = Classify({"PERKOSAAN", "KEKERASAN_FISIK", "PERKOSAAN"});
  auto b = Classify({"KEKERASAN_FISIK", "PERKOSAAN"});
  EXPECT_EQ(a, b);
  EXPECT_EQ(a.simfoni_forms, (std::vector<std::string>{"FISIK", "SEKSUAL"}));
}

TEST(ViolenceClassificationTest, TraffickingAndExploitationAreContextNotAType) {
  auto only_labour = Classify({"PERDAGANGAN_ORANG", "EKSPLOITASI_EKONOMI"});
  EXPECT_EQ(only_labour.simfoni_forms, (std::vector<std::string>{"EKSPLOITASI", "TRAFFICKING"}));
  EXPECT_FALSE(only_labour.gbvims_type);  // a non-GBV incident for GBVIMS
  EXPECT_TRUE(only_labour.trafficking_context);
  // Sexual exploitation with rape: the type comes from the rape, the trafficking is context.
  auto sexual = Classify({"PERDAGANGAN_ORANG", "EKSPLOITASI_SEKSUAL", "PERKOSAAN"});
  EXPECT_EQ(sexual.gbvims_type, "RAPE");
  EXPECT_EQ(sexual.simfoni_forms, (std::vector<std::string>{"SEKSUAL", "TRAFFICKING"}));
  EXPECT_FALSE(Classify({"PERKOSAAN"}).trafficking_context);
}

TEST(ViolenceClassificationTest, VerbalSexualHarassmentIsSexualForSimfoniAndPsychologicalForGbvims) {
  auto c = Classify({"PELECEHAN_SEKSUAL_NONFISIK"});
  EXPECT_EQ(c.simfoni_forms, (std::vector<std::string>{"SEKSUAL"}));
  EXPECT_EQ(c.gbvims_type, "PSYCH_EMOTIONAL");
}

TEST(ViolenceClassificationTest, NoActsAndUnknownActs) {
  auto none = Classify({});
  EXPECT_TRUE(none.simfoni_forms.empty());
  EXPECT_FALSE(none.gbvims_type);
  auto bad = ClassifyViolence({"PERKOSAAN", "MEMUKUL"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields().at(0).field, "acts[1]");
  EXPECT_EQ(bad.error().fields().at(0).code, "unknown_code");
}

}  // namespace
}  // namespace sinergi::domain
