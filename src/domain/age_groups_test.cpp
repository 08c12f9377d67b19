#include "domain/age_groups.hpp"

#include <gtest/gtest.h>

#include <string>

#include "core/date.hpp"

namespace sinergi::domain {
namespace {

// Every age from 0 to 120 falls in exactly one band, bands are contiguous from 0, and only the last is open.
void ExpectPartition(std::span<const AgeBand> bands) {
  ASSERT_FALSE(bands.empty());
  EXPECT_EQ(bands.front().min_age, 0);
  for (std::size_t i = 0; i + 1 < bands.size(); ++i) {
    EXPECT_EQ(bands[i].max_age + 1, bands[i + 1].min_age) << bands[i].code;
  }
  EXPECT_EQ(bands.back().max_age, -1);
  for (int age = 0; age <= 120; ++age) {
    int hits = 0;
    for (const AgeBand& b : bands) hits += age >= b.min_age && (b.max_age < 0 || age <= b.max_age) ? 1 : 0;
    EXPECT_EQ(hits, 1) << age;
  }
}

TEST(AgeGroupsTest, SimfoniBandsMatchTheReportingForm) {
  ExpectPartition(SimfoniAgeBands());
  EXPECT_EQ(AgeBandOf(SimfoniAgeBands(), 0), "0-5");
  EXPECT_EQ(AgeBandOf(SimfoniAgeBands(), 5), "0-5");
  EXPECT_EQ(AgeBandOf(SimfoniAgeBands(), 6), "6-12");
  EXPECT_EQ(AgeBandOf(SimfoniAgeBands(), 17), "13-17");  // the last child band (KTA)
  EXPECT_EQ(AgeBandOf(SimfoniAgeBands(), 18), "18-24");
  EXPECT_EQ(AgeBandOf(SimfoniAgeBands(), 44), "25-44");
  EXPECT_EQ(AgeBandOf(SimfoniAgeBands(), 59), "45-59");
  EXPECT_EQ(AgeBandOf(SimfoniAgeBands(), 60), "60+");
  EXPECT_EQ(AgeBandOf(SimfoniAgeBands(), 104), "60+");
  EXPECT_FALSE(AgeBandOf(SimfoniAgeBands(), -1));
}

TEST(AgeGroupsTest, CtdcBandsMatchTheCodebook) {
  ExpectPartition(CtdcAgeBands());
  EXPECT_EQ(AgeBandOf(CtdcAgeBands(), 8), "0-8");
  EXPECT_EQ(AgeBandOf(CtdcAgeBands(), 9), "9-17");
  EXPECT_EQ(AgeBandOf(CtdcAgeBands(), 17), "9-17");
  EXPECT_EQ(AgeBandOf(CtdcAgeBands(), 18), "18-20");
  EXPECT_EQ(AgeBandOf(CtdcAgeBands(), 29), "27-29");
  EXPECT_EQ(AgeBandOf(CtdcAgeBands(), 47), "39-47");
  EXPECT_EQ(AgeBandOf(CtdcAgeBands(), 48), "48+");
}

TEST(AgeGroupsTest, BandsFollowTheAgeOnTheReferenceDate) {
  const core::Date birth{2008, 3, 11};
  EXPECT_EQ(AgeBandOf(SimfoniAgeBands(), core::AgeOn(birth, core::Date{2026, 3, 10})), "13-17");
  EXPECT_EQ(AgeBandOf(SimfoniAgeBands(), core::AgeOn(birth, core::Date{2026, 3, 11})), "18-24");
}

}  // namespace
}  // namespace sinergi::domain
