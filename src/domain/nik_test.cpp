#include "domain/nik.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sinergi::domain {
namespace {

using core::Date;

const Date kToday{2025, 6, 15};

RegionDirectory Regions() {
  return RegionDirectory({
      {"32", 1, std::nullopt, "Jawa Barat"},
      {"32.73", 2, "32", "Kota Bandung"},
      {"32.73.04", 3, "32.73", "Babakan Ciparay"},
      {"91", 1, std::nullopt, "Papua"},
      {"91.03", 2, "91", "Kabupaten Jayapura"},
  });
}

// "PPRRKK" + "DDMMYY" + "SSSS".
std::string Nik(std::string_view region, std::string_view ddmmyy, std::string_view serial = "0001") {
  return std::string(region) + std::string(ddmmyy) + std::string(serial);
}

std::vector<std::string> Codes(const NikDecoded& decoded) {
  std::vector<std::string> codes;
  for (const NikProblem& problem : decoded.problems) {
    codes.push_back(problem.code);
  }
  return codes;
}

NikDecoded Decode(std::string_view nik) {
  return DecodeNik(nik, Regions(), kToday);
}

using Strings = std::vector<std::string>;

TEST(DecodeNikTest, DecodesAMan) {
  const NikDecoded d = Decode("3273041205900007");
  EXPECT_TRUE(d.valid);
  EXPECT_TRUE(d.problems.empty()) << ::testing::PrintToString(Codes(d));
  EXPECT_EQ(d.nik, "3273041205900007");
  EXPECT_EQ(d.sex, "LAKI_LAKI");
  EXPECT_EQ(d.birth_date_candidates, (std::vector<Date>{{1990, 5, 12}}));  // 2090 is in the future
  EXPECT_EQ(d.province_code, "32");
  EXPECT_EQ(d.province_name, "Jawa Barat");
  EXPECT_EQ(d.regency_code, "32.73");
  EXPECT_EQ(d.regency_name, "Kota Bandung");
  EXPECT_EQ(d.district_code, "32.73.04");
  EXPECT_EQ(d.district_name, "Babakan Ciparay");
  EXPECT_EQ(d.serial, "0007");
}

TEST(DecodeNikTest, DecodesAWomanFromDayPlus40) {
  const NikDecoded d = Decode(Nik("327304", "520590"));
  EXPECT_TRUE(d.valid);
  EXPECT_EQ(d.sex, "PEREMPUAN");
  EXPECT_EQ(d.birth_date_candidates, (std::vector<Date>{{1990, 5, 12}}));
}

TEST(DecodeNikTest, WomensDaysRunFrom41To71) {
  const NikDecoded first = Decode(Nik("327304", "410185"));
  EXPECT_TRUE(first.valid);
  EXPECT_EQ(first.sex, "PEREMPUAN");
  EXPECT_EQ(first.birth_date_candidates, (std::vector<Date>{{1985, 1, 1}}));

  const NikDecoded last = Decode(Nik("327304", "710185"));
  EXPECT_TRUE(last.valid);
  EXPECT_EQ(last.sex, "PEREMPUAN");
  EXPECT_EQ(last.birth_date_candidates, (std::vector<Date>{{1985, 1, 31}}));

  const NikDecoded man_last = Decode(Nik("327304", "310185"));
  EXPECT_TRUE(man_last.valid);
  EXPECT_EQ(man_last.sex, "LAKI_LAKI");
  EXPECT_EQ(man_last.birth_date_candidates, (std::vector<Date>{{1985, 1, 31}}));
}

TEST(DecodeNikTest, RejectsDayDigitsOutsideBothRanges) {
  for (const char* dd : {"00", "32", "35", "40", "72", "80", "99"}) {
    const NikDecoded d = Decode(Nik("327304", std::string(dd) + "0185"));
    EXPECT_FALSE(d.valid) << dd;
    EXPECT_EQ(Codes(d), Strings{"nik.day"}) << dd;
    EXPECT_FALSE(d.sex.has_value()) << dd;
    EXPECT_TRUE(d.birth_date_candidates.empty()) << dd;
  }
}

TEST(DecodeNikTest, RejectsADayTheMonthDoesNotHave) {
  EXPECT_EQ(Codes(Decode(Nik("327304", "310485"))), Strings{"nik.day"});  // 31 April
  EXPECT_EQ(Codes(Decode(Nik("327304", "710485"))), Strings{"nik.day"});  // a woman's 31 April
  EXPECT_EQ(Codes(Decode(Nik("327304", "300285"))), Strings{"nik.day"});  // 30 February
}

TEST(DecodeNikTest, RejectsMonthOutside01To12) {
  for (const char* mm : {"00", "13", "20", "99"}) {
    const NikDecoded d = Decode(Nik("327304", "12" + std::string(mm) + "85"));
    EXPECT_FALSE(d.valid) << mm;
    EXPECT_EQ(Codes(d), Strings{"nik.month"}) << mm;
    EXPECT_TRUE(d.birth_date_candidates.empty());
  }
  EXPECT_EQ(Codes(Decode(Nik("327304", "001385"))), (Strings{"nik.day", "nik.month"}));
}

TEST(DecodeNikTest, RejectsSerialZero) {
  const NikDecoded d = Decode(Nik("327304", "120590", "0000"));
  EXPECT_FALSE(d.valid);
  EXPECT_EQ(Codes(d), Strings{"nik.serial_zero"});
  EXPECT_EQ(d.serial, "0000");
  EXPECT_TRUE(Decode(Nik("327304", "120590", "9999")).valid);
}

TEST(DecodeNikTest, RejectsWrongLength) {
  for (const char* nik : {"", "327304120590001", "32730412059000011", "3273 0412 0590 0001"}) {
    const NikDecoded d = Decode(nik);
    EXPECT_FALSE(d.valid) << nik;
    ASSERT_FALSE(d.problems.empty());
    EXPECT_EQ(d.problems.front().code, "nik.length") << nik;
    EXPECT_TRUE(d.problems.front().is_error);
    EXPECT_FALSE(d.sex.has_value());
    EXPECT_FALSE(d.province_code.has_value());
  }
}

TEST(DecodeNikTest, RejectsNonDigits) {
  EXPECT_EQ(Codes(Decode("32730412059000A1")), Strings{"nik.not_digits"});
  EXPECT_EQ(Codes(Decode("3273041205-90001")), Strings{"nik.not_digits"});
  // Full-width digits are not ASCII digits (and take three bytes each).
  EXPECT_EQ(Codes(Decode("３２７３０４１２０５９０００１")), (Strings{"nik.length", "nik.not_digits"}));
  EXPECT_EQ(Codes(Decode("32730412a590001")), (Strings{"nik.length", "nik.not_digits"}));
}

TEST(DecodeNikTest, RejectsImplausibleProvinceDigits) {
  for (const char* pp : {"00", "05", "10"}) {
    const NikDecoded d = Decode(Nik(std::string(pp) + "7304", "120590"));
    EXPECT_FALSE(d.valid) << pp;
    EXPECT_EQ(Codes(d), Strings{"nik.province_format"}) << pp;
    EXPECT_FALSE(d.province_code.has_value());
  }
}

TEST(DecodeNikTest, February29OnlyInLeapCandidateYears) {
  // 2000 is a leap year but 1900 is not: one candidate, no ambiguity.
  const NikDecoded y2000 = Decode(Nik("327304", "290200"));
  EXPECT_TRUE(y2000.valid);
  EXPECT_EQ(y2000.birth_date_candidates, (std::vector<Date>{{2000, 2, 29}}));
  EXPECT_EQ(Codes(y2000), Strings{});

  // 2004 and 1904 are both leap years.
  const NikDecoded y04 = Decode(Nik("327304", "690204"));
  EXPECT_TRUE(y04.valid);
  EXPECT_EQ(y04.sex, "PEREMPUAN");
  EXPECT_EQ(y04.birth_date_candidates, (std::vector<Date>{{2004, 2, 29}, {1904, 2, 29}}));
  EXPECT_EQ(Codes(y04), Strings{"nik.century_ambiguous"});

  // Neither 2001 nor 1901 is a leap year.
  const NikDecoded y01 = Decode(Nik("327304", "290201"));
  EXPECT_FALSE(y01.valid);
  EXPECT_EQ(Codes(y01), Strings{"nik.day"});

  // 2096 is in the future; 1996 is a leap year.
  const NikDecoded y96 = Decode(Nik("327304", "290296"));
  EXPECT_TRUE(y96.valid);
  EXPECT_EQ(y96.birth_date_candidates, (std::vector<Date>{{1996, 2, 29}}));
}

TEST(DecodeNikTest, CenturyAmbiguityListsMostRecentFirst) {
  const NikDecoded d = Decode(Nik("327304", "010110"));
  EXPECT_TRUE(d.valid);  // a warning does not invalidate
  EXPECT_EQ(d.birth_date_candidates, (std::vector<Date>{{2010, 1, 1}, {1910, 1, 1}}));
  ASSERT_EQ(d.problems.size(), 1U);
  EXPECT_EQ(d.problems[0].code, "nik.century_ambiguous");
  EXPECT_FALSE(d.problems[0].is_error);
}

TEST(DecodeNikTest, CandidatesAreNotAfterToday) {
  // Today (2025-06-15) itself is possible, so 2025 and 1925 are both candidates.
  EXPECT_EQ(Decode(Nik("327304", "150625")).birth_date_candidates, (std::vector<Date>{{2025, 6, 15}, {1925, 6, 15}}));
  // Tomorrow is not: only 1925, and no ambiguity warning.
  const NikDecoded tomorrow = Decode(Nik("327304", "160625"));
  EXPECT_TRUE(tomorrow.valid);
  EXPECT_EQ(tomorrow.birth_date_candidates, (std::vector<Date>{{1925, 6, 16}}));
  EXPECT_TRUE(tomorrow.problems.empty());
}

TEST(DecodeNikTest, UnknownProvinceIsAWarningNotAnError) {
  const NikDecoded d = Decode(Nik("997304", "120590"));
  EXPECT_TRUE(d.valid);
  ASSERT_EQ(d.problems.size(), 1U);  // regency and district are not reported again
  EXPECT_EQ(d.problems[0].code, "nik.unknown_province");
  EXPECT_FALSE(d.problems[0].is_error);
  EXPECT_EQ(d.province_code, "99");
  EXPECT_FALSE(d.province_name.has_value());
  EXPECT_EQ(d.regency_code, "99.73");
  EXPECT_EQ(d.district_code, "99.73.04");
  EXPECT_EQ(d.sex, "LAKI_LAKI");
}

TEST(DecodeNikTest, PreSplitPapuaRegencyIsAWarning) {
  // 91.01 (Merauke) moved to Papua Selatan (93) in 2022; NIKs issued before keep the old prefix.
  const NikDecoded d = Decode(Nik("910101", "120590"));
  EXPECT_TRUE(d.valid);
  EXPECT_EQ(Codes(d), Strings{"nik.unknown_regency"});
  EXPECT_FALSE(d.problems[0].is_error);
  EXPECT_EQ(d.province_name, "Papua");
  EXPECT_EQ(d.regency_code, "91.01");
  EXPECT_FALSE(d.regency_name.has_value());
}

TEST(DecodeNikTest, UnknownDistrictIsAWarning) {
  const NikDecoded d = Decode(Nik("327399", "120590"));
  EXPECT_TRUE(d.valid);
  EXPECT_EQ(Codes(d), Strings{"nik.unknown_district"});
  EXPECT_EQ(d.regency_name, "Kota Bandung");
  EXPECT_EQ(d.district_code, "32.73.99");
  EXPECT_FALSE(d.district_name.has_value());
}

TEST(DecodeNikTest, EmptyDirectorySkipsRegionChecks) {
  const NikDecoded d = DecodeNik(Nik("997304", "120590"), RegionDirectory(), kToday);
  EXPECT_TRUE(d.valid);
  EXPECT_TRUE(d.problems.empty());
  EXPECT_EQ(d.district_code, "99.73.04");
  EXPECT_FALSE(d.province_name.has_value());
}

TEST(DecodeNikTest, ReportsEveryErrorFound) {
  const NikDecoded d = Decode(Nik("057304", "351390", "0000"));
  EXPECT_FALSE(d.valid);
  EXPECT_EQ(Codes(d), (Strings{"nik.province_format", "nik.day", "nik.month", "nik.serial_zero"}));
  for (const NikProblem& p : d.problems) {
    EXPECT_TRUE(p.is_error);
    EXPECT_FALSE(p.message.empty());
  }
}

TEST(NikConsistencyWarningsTest, NoWarningsWhenStatedFactsAgree) {
  const NikDecoded d = Decode(Nik("327304", "520590"));
  EXPECT_TRUE(NikConsistencyWarnings(d, std::string("PEREMPUAN"), Date{1990, 5, 12}).empty());
  EXPECT_TRUE(NikConsistencyWarnings(d, std::nullopt, std::nullopt).empty());
}

TEST(NikConsistencyWarningsTest, WarnsOnSexMismatch) {
  const NikDecoded d = Decode(Nik("327304", "520590"));
  const std::vector<Warning> w = NikConsistencyWarnings(d, std::string("LAKI_LAKI"), std::nullopt);
  ASSERT_EQ(w.size(), 1U);
  EXPECT_EQ(w[0].code, "nik.sex_mismatch");
  EXPECT_EQ(w[0].field, "sex");
  EXPECT_FALSE(w[0].message.empty());
}

TEST(NikConsistencyWarningsTest, WarnsOnBirthDateMismatch) {
  const NikDecoded d = Decode(Nik("327304", "120590"));
  const std::vector<Warning> w = NikConsistencyWarnings(d, std::string("LAKI_LAKI"), Date{1990, 5, 13});
  ASSERT_EQ(w.size(), 1U);
  EXPECT_EQ(w[0].code, "nik.birth_date_mismatch");
  EXPECT_EQ(w[0].field, "birth_date");
  EXPECT_NE(w[0].message.find("1990-05-12"), std::string::npos);
}

TEST(NikConsistencyWarningsTest, AnyCenturyCandidateMatches) {
  const NikDecoded d = Decode(Nik("327304", "010110"));
  EXPECT_TRUE(NikConsistencyWarnings(d, std::nullopt, Date{1910, 1, 1}).empty());
  EXPECT_TRUE(NikConsistencyWarnings(d, std::nullopt, Date{2010, 1, 1}).empty());
  EXPECT_EQ(NikConsistencyWarnings(d, std::nullopt, Date{1810, 1, 1}).size(), 1U);
}

TEST(NikConsistencyWarningsTest, BothMismatchesAreReported) {
  const NikDecoded d = Decode(Nik("327304", "120590"));
  const std::vector<Warning> w = NikConsistencyWarnings(d, std::string("PEREMPUAN"), Date{1991, 5, 12});
  ASSERT_EQ(w.size(), 2U);
  EXPECT_EQ(w[0].code, "nik.sex_mismatch");
  EXPECT_EQ(w[1].code, "nik.birth_date_mismatch");
}

TEST(NikConsistencyWarningsTest, InvalidNikGivesNoWarnings) {
  const NikDecoded d = Decode(Nik("327304", "120590", "0000"));
  ASSERT_FALSE(d.valid);
  EXPECT_TRUE(NikConsistencyWarnings(d, std::string("PEREMPUAN"), Date{1991, 5, 12}).empty());
}

}  // namespace
}  // namespace sinergi::domain
