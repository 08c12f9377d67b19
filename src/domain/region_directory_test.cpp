#include "domain/region_directory.hpp"

#include <gtest/gtest.h>

namespace sinergi::domain {
namespace {

RegionDirectory Bandung() {
  return RegionDirectory({
      {"32", 1, std::nullopt, "Jawa Barat"},
      {"32.73", 2, "32", "Kota Bandung"},
      {"32.73.04", 3, "32.73", "Babakan Ciparay"},
      {"32.73.04.1001", 4, "32.73.04", "Margasuka"},
  });
}

TEST(DotNikDigitsTest, InsertsDotsForRegencyAndDistrictDigits) {
  EXPECT_EQ(DotNikDigits("3273"), "32.73");
  EXPECT_EQ(DotNikDigits("327304"), "32.73.04");
}

TEST(DotNikDigitsTest, OtherLengthsAreUnchanged) {
  EXPECT_EQ(DotNikDigits("32"), "32");
  EXPECT_EQ(DotNikDigits(""), "");
  EXPECT_EQ(DotNikDigits("327"), "327");
  EXPECT_EQ(DotNikDigits("3273041001"), "3273041001");
}

TEST(RegionDirectoryTest, FindsByDottedCode) {
  const RegionDirectory regions = Bandung();
  EXPECT_EQ(regions.size(), 4U);
  const Region* city = regions.Find("32.73");
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->name, "Kota Bandung");
  EXPECT_EQ(city->level, 2);
  EXPECT_EQ(city->parent_code, "32");
  ASSERT_NE(regions.Find("32.73.04.1001"), nullptr);
  EXPECT_EQ(regions.Find("32.74"), nullptr);
  EXPECT_EQ(regions.Find("3273"), nullptr);  // Find wants dots
  EXPECT_EQ(regions.Find(""), nullptr);
}

TEST(RegionDirectoryTest, FindsByNikDigits) {
  const RegionDirectory regions = Bandung();
  const Region* province = regions.FindByNikDigits("32");
  ASSERT_NE(province, nullptr);
  EXPECT_EQ(province->name, "Jawa Barat");
  const Region* city = regions.FindByNikDigits("3273");
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->code, "32.73");
  const Region* district = regions.FindByNikDigits("327304");
  ASSERT_NE(district, nullptr);
  EXPECT_EQ(district->name, "Babakan Ciparay");
}

TEST(RegionDirectoryTest, FindByNikDigitsRejectsMalformedInput) {
  const RegionDirectory regions = Bandung();
  EXPECT_EQ(regions.FindByNikDigits("32.73"), nullptr);
  EXPECT_EQ(regions.FindByNikDigits("3a73"), nullptr);
  EXPECT_EQ(regions.FindByNikDigits("327"), nullptr);
  EXPECT_EQ(regions.FindByNikDigits("3273041001"), nullptr);  // villages are not in a NIK
  EXPECT_EQ(regions.FindByNikDigits(""), nullptr);
  EXPECT_EQ(regions.FindByNikDigits("3274"), nullptr);
}

TEST(RegionDirectoryTest, EmptyDirectoryFindsNothing) {
  const RegionDirectory regions;
  EXPECT_EQ(regions.size(), 0U);
  EXPECT_EQ(regions.Find("32"), nullptr);
  EXPECT_EQ(regions.FindByNikDigits("32"), nullptr);
}

TEST(RegionDirectoryTest, FirstOccurrenceOfADuplicateCodeWins) {
  const RegionDirectory regions({{"32", 1, std::nullopt, "Jawa Barat"}, {"32", 1, std::nullopt, "Duplicate"}});
  EXPECT_EQ(regions.size(), 1U);
  ASSERT_NE(regions.Find("32"), nullptr);
  EXPECT_EQ(regions.Find("32")->name, "Jawa Barat");
}

}  // namespace
}  // namespace sinergi::domain
