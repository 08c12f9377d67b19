// The TPPO screening rule: the three reference cases of DOMAIN.md §1.6, every branch of the rule, the ILO-11
// forced-labour rule (§2.1), and the guarantee that consent never lowers a result.
#include "domain/tppo_screening.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace sinergi::domain {
namespace {

TppoScreeningInput Input(std::vector<std::string> acts, std::vector<std::string> means,
                         std::vector<std::string> purposes, std::optional<int> age) {
  TppoScreeningInput in;
  in.acts = std::move(acts);
  in.means = std::move(means);
  in.purposes = std::move(purposes);
  in.victim_age = age;
  return in;
}

TppoScreeningResult Screen(const TppoScreeningInput& in) {
  auto r = ScreenTppo(in);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
  return r.ok() ? *r : TppoScreeningResult{};
}

bool Mentions(const std::vector<std::string>& basis, std::string_view text) {
  return std::any_of(basis.begin(), basis.end(),
                     [&](const std::string& b) { return b.find(text) != std::string::npos; });
}

// Reference case 1: adult + recruitment + deception + forced labour + consent -> PRESUMED_TPPO. The input has no
// consent field at all: consent cannot enter the rule (Ps 26).
TEST(TppoScreeningTest, ReferenceAdultDeceivedIntoForcedLabourIsPresumedTppo) {
  auto r = Screen(Input({"PEREKRUTAN"}, {"PENIPUAN"}, {"KERJA_PAKSA"}, 28));
  EXPECT_EQ(r.result, "PRESUMED_TPPO");
  EXPECT_EQ(r.elements_met, (TppoElementsMet{true, true, true, false, false}));
  EXPECT_TRUE(Mentions(r.legal_basis, "Pasal 2 ayat (1)"));
  EXPECT_TRUE(Mentions(r.legal_basis, "Pasal 26"));
  EXPECT_FALSE(Mentions(r.legal_basis, "Pasal 2 ayat (2)"));
  EXPECT_NE(r.explanation_id.find("Pasal 26"), std::string::npos);
}

// Reference case 2: child + recruitment + no means + sexual exploitation -> PRESUMED_TPPO_CHILD.
TEST(TppoScreeningTest, ReferenceChildWithoutMeansIsPresumedChildTrafficking) {
  auto r = Screen(Input({"PEREKRUTAN"}, {}, {"PEMANFAATAN_SEKSUAL"}, 15));
  EXPECT_EQ(r.result, "PRESUMED_TPPO_CHILD");
  EXPECT_TRUE(r.elements_met.child);
  EXPECT_FALSE(r.elements_met.means);
  EXPECT_TRUE(Mentions(r.legal_basis, "Pasal 17"));
  EXPECT_FALSE(Mentions(r.legal_basis, "Pasal 2 ayat (1)"));
}

// Reference case 3: adult + recruitment + no means + excessive hours -> EXPLOITATION_WITHOUT_MEANS.
TEST(TppoScreeningTest, ReferenceAdultWithoutMeansIsExploitationWithoutMeans) {
  TppoScreeningInput in = Input({"PEREKRUTAN"}, {}, {"TENAGA_KEMAMPUAN"}, 30);
  in.ilo_indicators = {"FL11"};
  auto r = Screen(in);
  EXPECT_EQ(r.result, "EXPLOITATION_WITHOUT_MEANS");
  EXPECT_TRUE(Mentions(r.legal_basis, "Pasal 3 dan Pasal 4"));
  EXPECT_FALSE(r.forced_labour.suspected);  // overtime alone: involuntariness without a penalty
  EXPECT_EQ(r.forced_labour.involuntariness, (std::vector<std::string>{"FL11"}));
}

TEST(TppoScreeningTest, NoActOrNoPurposeIsNoPattern) {
  for (const auto& in : {Input({}, {"PENIPUAN"}, {"KERJA_PAKSA"}, 30), Input({"PEREKRUTAN"}, {"PENIPUAN"}, {}, 30),
                         Input({}, {}, {}, 12)}) {
    auto r = Screen(in);
    EXPECT_EQ(r.result, "NOT_TPPO_PATTERN");
    EXPECT_TRUE(r.legal_basis.empty());
  }
  // Even a child: the rule needs an act and a purpose first.
  auto child = Screen(Input({}, {}, {"PELACURAN"}, 12));
  EXPECT_EQ(child.result, "NOT_TPPO_PATTERN");
  EXPECT_NE(child.explanation.find("no act"), std::string::npos);
}

TEST(TppoScreeningTest, ChildWithMeansAlsoCitesPasal2AndAgeBoundaryIsEighteen) {
  auto with_means = Screen(Input({"PENGIRIMAN"}, {"PENJERATAN_UTANG"}, {"KERJA_PAKSA"}, 17));
  EXPECT_EQ(with_means.result, "PRESUMED_TPPO_CHILD");
  EXPECT_TRUE(Mentions(with_means.legal_basis, "Pasal 2 ayat (1)"));
  // 18 is an adult (Ps 1 angka 5: "belum berusia 18"); without means that is not presumed trafficking.
  EXPECT_EQ(Screen(Input({"PENGIRIMAN"}, {}, {"KERJA_PAKSA"}, 18)).result, "EXPLOITATION_WITHOUT_MEANS");
  EXPECT_EQ(Screen(Input({"PENGIRIMAN"}, {}, {"KERJA_PAKSA"}, 0)).result, "PRESUMED_TPPO_CHILD");
  // Unknown age: treated as an adult.
  EXPECT_EQ(Screen(Input({"PENGIRIMAN"}, {}, {"KERJA_PAKSA"}, std::nullopt)).result, "EXPLOITATION_WITHOUT_MEANS");
}

TEST(TppoScreeningTest, RealisedExploitationAddsPasal2Ayat2WithoutChangingTheResult) {
  TppoScreeningInput in = Input({"PENAMPUNGAN"}, {"PENYEKAPAN"}, {"PELACURAN"}, 22);
  auto formal = Screen(in);
  in.exploitation_occurred = true;
  auto realised = Screen(in);
  EXPECT_EQ(formal.result, realised.result);
  EXPECT_TRUE(realised.elements_met.exploitation_occurred);
  EXPECT_TRUE(Mentions(realised.legal_basis, "Pasal 2 ayat (2)"));
}

TEST(TppoScreeningTest, MoreElementsNeverLowerTheResult) {
  // Monotonic: adding a means or a purpose to any case never moves it to a weaker result.
  auto rank = [](const std::string& result) {
    if (result == "NOT_TPPO_PATTERN") return 0;
    if (result == "EXPLOITATION_WITHOUT_MEANS") return 1;
    return 2;
  };
  for (std::optional<int> age : {std::optional<int>(), std::optional<int>(10), std::optional<int>(40)}) {
    for (bool act : {false, true}) {
      for (bool purpose : {false, true}) {
        TppoScreeningInput base =
            Input(act ? std::vector<std::string>{"PEREKRUTAN"} : std::vector<std::string>{}, {},
                  purpose ? std::vector<std::string>{"KERJA_PAKSA"} : std::vector<std::string>{}, age);
        TppoScreeningInput more = base;
        more.means = {"BAYARAN_MANFAAT"};
        EXPECT_LE(rank(Screen(base).result), rank(Screen(more).result));
      }
    }
  }
}

TEST(TppoScreeningTest, IloRuleNeedsInvoluntarinessAndPenalty) {
  TppoScreeningInput in = Input({}, {}, {}, 30);
  in.ilo_indicators = {"FL02", "FL08"};  // deception + withheld wages
  auto both = Screen(in);
  EXPECT_TRUE(both.forced_labour.suspected);
  EXPECT_TRUE(both.forced_labour.refer_for_assessment);
  EXPECT_EQ(both.forced_labour.penalty, (std::vector<std::string>{"FL08"}));
  EXPECT_NE(both.explanation.find("forced labour"), std::string::npos);

  in.ilo_indicators = {"FL03", "FL04"};  // penalty only
  auto penalty_only = Screen(in);
  EXPECT_FALSE(penalty_only.forced_labour.suspected);
  EXPECT_FALSE(penalty_only.forced_labour.refer_for_assessment);

  for (const char* alone : {"FL05", "FL07"}) {
    in.ilo_indicators = {alone};
    auto r = Screen(in);
    EXPECT_FALSE(r.forced_labour.suspected) << alone;
    EXPECT_TRUE(r.forced_labour.refer_for_assessment) << alone;
  }
  in.ilo_indicators = {"FL09"};  // debt bondage is both an entry into involuntary work and a penalty
  auto debt = Screen(in);
  EXPECT_TRUE(debt.forced_labour.suspected);
}

TEST(TppoScreeningTest, UnknownCodesAndBadAgesAreNamed) {
  TppoScreeningInput in = Input({"PEREKRUTAN", "MENCULIK"}, {"PENIPUAN"}, {"KERJA_PAKSA", "x"}, 200);
  in.ilo_indicators = {"FL12"};
  auto r = ScreenTppo(in);
  ASSERT_FALSE(r.ok());
  std::vector<std::string> fields;
  for (const auto& f : r.error().fields()) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"acts[1]", "purposes[1]", "ilo_indicators[0]", "victim_age"}));
  EXPECT_EQ(r.error().reason(), "unknown_code");
  EXPECT_EQ(r.error().fields()[0].code, "unknown_code");
  EXPECT_NE(r.error().fields()[0].message.find("MENCULIK"), std::string::npos);
}

TEST(TppoScreeningTest, AnAgeOutOfRangeAloneIsAValidationError) {
  auto r = ScreenTppo(Input({"PEREKRUTAN"}, {}, {"KERJA_PAKSA"}, -1));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().reason(), "validation_failed");
  EXPECT_EQ(r.error().fields().at(0).field, "victim_age");
}

}  // namespace
}  // namespace sinergi::domain
