#include "domain/name_match.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace sinergi::domain {
namespace {

using Tokens = std::vector<std::string>;

double Similarity(std::string_view a, std::string_view b) {
  return NameSimilarity(NameKey(a), NameKey(b));
}

TEST(NameTokensTest, HeaderExample) {
  EXPECT_EQ(NameTokens("Mohammad  Rizky-Pratama"), (Tokens{"muhamad", "riski", "pratama"}));
}

TEST(NameTokensTest, LowercasesAndSplitsOnPunctuation) {
  EXPECT_EQ(NameTokens("  SITI   Aminah "), (Tokens{"siti", "aminah"}));
  EXPECT_EQ(NameTokens("Dewi.Lestari"), (Tokens{"dewi", "lestari"}));
  EXPECT_EQ(NameTokens("Ma'ruf"), (Tokens{"ma", "ruf"}));
  EXPECT_EQ(NameTokens("Ma\u2019ruf"), (Tokens{"ma", "ruf"}));  // typographic apostrophe
  EXPECT_EQ(NameTokens("Budi, S.Pd."), (Tokens{"budi", "s", "pd"}));
  EXPECT_EQ(NameTokens("Agus 2"), (Tokens{"agus"}));
  EXPECT_EQ(NameTokens(""), Tokens{});
  EXPECT_EQ(NameTokens(" .-' "), Tokens{});
}

TEST(NameTokensTest, StripsDiacritics) {
  EXPECT_EQ(NameTokens("José Ramírez"), (Tokens{"jose", "ramires"}));
  EXPECT_EQ(NameTokens("Jose\u0301"), (Tokens{"jose"}));  // decomposed: e + combining acute
  EXPECT_EQ(NameTokens("Çağlar Ñuñez"), (Tokens{"caglar", "nunes"}));
  EXPECT_EQ(NameTokens("ÅSA"), (Tokens{"asa"}));
}

TEST(NameTokensTest, NonLatinAndMalformedBytesAreSeparators) {
  EXPECT_EQ(NameTokens("Ani\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF"
                       "Budi"),
            (Tokens{"ani", "budi"}));  // Arabic script
  EXPECT_EQ(NameTokens("Ani\xFF"
                       "Budi"),
            (Tokens{"ani", "budi"}));
  EXPECT_EQ(NameTokens("Ani\xC3"), (Tokens{"ani"}));  // truncated sequence at the end
  EXPECT_EQ(NameTokens("Ani\xE2\x80"
                       "Budi"),
            (Tokens{"ani", "budi"}));  // resynchronises at "B"
}

TEST(NameTokensTest, FoldsOldSpelling) {
  EXPECT_EQ(NameTokens("Soekarno"), (Tokens{"sukarno"}));
  EXPECT_EQ(NameTokens("Soeharto"), (Tokens{"suharto"}));
  EXPECT_EQ(NameTokens("Djoko Tjahjono"), (Tokens{"joko", "cahjono"}));
  EXPECT_EQ(NameTokens("Sjahrir"), (Tokens{"syahrir"}));
  EXPECT_EQ(NameTokens("Noer"), (Tokens{"nur"}));
}

TEST(NameTokensTest, FoldsTransliterationVariants) {
  EXPECT_EQ(NameTokens("Achmad"), NameTokens("Ahmad"));
  EXPECT_EQ(NameTokens("Akhmad"), NameTokens("Ahmad"));
  EXPECT_EQ(NameTokens("Ramadhan"), NameTokens("Ramadan"));
  EXPECT_EQ(NameTokens("Fathurrahman"), NameTokens("Faturahman"));
  EXPECT_EQ(NameTokens("Taufiq"), NameTokens("Taufik"));
  EXPECT_EQ(NameTokens("Rizqi"), NameTokens("Riski"));
  EXPECT_EQ(NameTokens("Dzikri"), NameTokens("Zikri"));
  EXPECT_EQ(NameTokens("Stephanus"), NameTokens("Stefanus"));
}

TEST(NameTokensTest, YIsAVowelOnlyWhenNotBeforeAVowel) {
  EXPECT_EQ(NameTokens("Rizky Dessy"), (Tokens{"riski", "desi"}));
  EXPECT_EQ(NameTokens("Yusuf Surya Nyoman Ayu"), (Tokens{"yusuf", "surya", "nyoman", "ayu"}));
}

TEST(NameTokensTest, CollapsesDoubledLetters) {
  EXPECT_EQ(NameTokens("Anni Hassan Allah"), (Tokens{"ani", "hasan", "alah"}));
}

TEST(NameTokensTest, FoldsMuhammadVariants) {
  for (const char* variant : {"Muhammad", "Mohammad", "Muhamad", "Mohamad", "Mochammad", "Muhamed", "Mohamed",
                              "Mohammed", "Moh.", "Moch.", "Muh.", "Mhd.", "Md.", "MUHAMMAD", "Mukhammad"}) {
    EXPECT_EQ(NameTokens(std::string(variant) + " Rizki"), (Tokens{"muhamad", "riski"})) << variant;
  }
  EXPECT_EQ(NameTokens("Mochammad"), (Tokens{"muhamad"}));
}

TEST(NameTokensTest, SingleMIsMuhammadOnlyBeforeOtherTokens) {
  EXPECT_EQ(NameTokens("M. Rizki"), (Tokens{"muhamad", "riski"}));
  EXPECT_EQ(NameTokens("Rizki M."), (Tokens{"riski", "m"}));
  EXPECT_EQ(NameTokens("M"), (Tokens{"m"}));
  EXPECT_EQ(NameTokens("Ahmad"), (Tokens{"ahmad"}));  // a different name, not folded
}

TEST(NameKeyTest, IgnoresSpacing) {
  EXPECT_EQ(NameKey("Siti Nur Haliza"), NameKey("Siti Nurhaliza"));
  EXPECT_EQ(NameKey("Siti Nurhaliza"), "sitinurhalisa");
  EXPECT_EQ(NameKey("Nur Rahman"), NameKey("Nurrahman"));  // doubled letter across the join
  EXPECT_EQ(NameKey("Mohammad Rizki"), NameKey("Muhammad Rizky"));
  EXPECT_EQ(NameKey(""), "");
}

TEST(NameSimilarityTest, EqualKeysScoreOne) {
  EXPECT_DOUBLE_EQ(Similarity("Siti Nurhaliza", "Siti Nur Haliza"), 1.0);
  EXPECT_DOUBLE_EQ(Similarity("Mohammad Rizki", "Muhammad Rizky"), 1.0);
  EXPECT_DOUBLE_EQ(Similarity("Soekarno", "Sukarno"), 1.0);
  EXPECT_DOUBLE_EQ(NameSimilarity("", ""), 1.0);
}

TEST(NameSimilarityTest, EmptyAgainstNonEmptyScoresZero) {
  EXPECT_DOUBLE_EQ(NameSimilarity("", "agus"), 0.0);
  EXPECT_DOUBLE_EQ(NameSimilarity("agus", ""), 0.0);
}

TEST(NameSimilarityTest, IsSymmetricAndBounded) {
  const char* names[] = {"Dewi Lestari", "Dewi Lestri", "Agus", "Ni Putu Ayu Sari", "Budi Santoso", "Rizki Muhamad"};
  for (const char* a : names) {
    for (const char* b : names) {
      const double ab = Similarity(a, b);
      EXPECT_DOUBLE_EQ(ab, Similarity(b, a)) << a << " / " << b;
      EXPECT_GE(ab, 0.0);
      EXPECT_LE(ab, 1.0);
    }
  }
}

TEST(NameSimilarityTest, OneOrTwoTyposStillMatch) {
  EXPECT_GE(Similarity("Dewi Lestari", "Dewi Lestri"), kNameMatchThreshold);        // deletion
  EXPECT_GE(Similarity("Dewi Lestari", "Dewi Letsari"), kNameMatchThreshold);       // transposition
  EXPECT_GE(Similarity("Dewi Lestari", "Dewi Lestary"), kNameMatchThreshold);       // folded: y -> i
  EXPECT_GE(Similarity("Dewi Lestari", "Dewi Lestaro"), kNameMatchThreshold);       // substitution
  EXPECT_GE(Similarity("Siti Nurhaliza", "Siti Nurhalimah"), kNameMatchThreshold);  // two edits
  EXPECT_GE(Similarity("Abdul Rahman", "Abdurrahman"), kNameMatchThreshold);        // Arabic assimilation
  EXPECT_GE(Similarity("Budi", "Budy"), kNameMatchThreshold);
}

TEST(NameSimilarityTest, ReorderedNamesMatch) {
  EXPECT_GE(Similarity("Rizki Muhammad", "Muhammad Rizki"), kNameMatchThreshold);
  EXPECT_GE(Similarity("Santoso Budi", "Budi Santoso"), kNameMatchThreshold);
  EXPECT_LT(Similarity("Santoso Budi", "Budi Santoso"), 1.0);
}

TEST(NameSimilarityTest, DifferentNamesDoNotMatch) {
  EXPECT_LT(Similarity("Siti Aminah", "Budi Santoso"), kNameMatchThreshold);
  EXPECT_LT(Similarity("Agus", "Dewi"), kNameMatchThreshold);
  EXPECT_LT(Similarity("Dewi Lestari", "Dewi Susanti"), kNameMatchThreshold);
  EXPECT_LT(Similarity("Aminah", "Siti Aminah Lubis"), kNameMatchThreshold);  // neither the beginning nor the end
  EXPECT_LT(Similarity("Ani", "Siti Rohani"), kNameMatchThreshold);           // a three-letter ending is not a name
}

// A shared common first part ("Siti", "Muhammad", Balinese birth-order names) is not evidence of the same person;
// see the rationale at NameSimilarity.
TEST(NameSimilarityTest, SharedCommonFirstNamesDoNotMatch) {
  EXPECT_LT(Similarity("Siti Aminah", "Siti Nurhaliza"), kNameMatchThreshold);
  EXPECT_LT(Similarity("Muhammad Rizki", "Muhammad Ali"), kNameMatchThreshold);
  EXPECT_LT(Similarity("I Made Sudarsana", "I Made Wirawan"), kNameMatchThreshold);
}

// Decision: a key that begins or ends the other is a match (0.75-0.95 by coverage), so searching with part of a
// name finds the person, and a record registered with fewer names is offered as a candidate.
TEST(NameSimilarityTest, PartialNamesMatchBelowCloserCandidates) {
  const double partial = Similarity("Ni Putu Ayu", "Ni Putu Ayu Sari");
  EXPECT_GE(partial, kNameMatchThreshold);
  EXPECT_LT(partial, 1.0);
  EXPECT_GE(Similarity("Siti", "Siti Aminah"), kNameMatchThreshold);
  EXPECT_GE(Similarity("Nurhaliza", "Siti Nurhaliza"), kNameMatchThreshold);  // the last part
  EXPECT_GE(Similarity("Ag", "Agustina"), kNameMatchThreshold);               // type-ahead
  EXPECT_GE(Similarity("Agus", "Agustina Wulandari"), kNameMatchThreshold);
  // More of the name covered ranks higher; a typo in the whole name ranks above a bare first name.
  EXPECT_GT(Similarity("Siti Aminah", "Siti Aminah Lubis"), Similarity("Siti", "Siti Aminah Lubis"));
  EXPECT_GT(Similarity("Siti Aminah Lubis", "Siti Aminah Lubsi"), Similarity("Siti", "Siti Aminah Lubis"));
  EXPECT_LT(Similarity("A", "Agus"), kNameMatchThreshold);  // one letter is not a name
}

TEST(NameSimilarityTest, FastEnoughForAFewHundredCandidatesPerSearch) {
  const std::string query = NameKey("Muhammad Rizky Pratama Putra");
  std::vector<std::string> candidates;
  for (int i = 0; i < 500; ++i) {
    candidates.push_back(NameKey("Mohamad Riski Pratama Putri " + std::string(static_cast<std::size_t>(i % 7), 'a')));
  }
  const auto start = std::chrono::steady_clock::now();
  double total = 0;
  for (const std::string& candidate : candidates) {
    total += NameSimilarity(query, candidate);
  }
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_GT(total, 0.0);
  // Guards against an accidental blow-up only: -O2 takes under 1 ms, an ASan -O0 build about 60 ms, and a loaded
  // CI machine must not make this flaky.
  EXPECT_LT(elapsed, std::chrono::seconds(1));
}

}  // namespace
}  // namespace sinergi::domain
