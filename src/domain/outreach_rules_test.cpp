#include "domain/outreach_rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/codelists.hpp"

namespace sinergi::domain {
namespace {

bool HasError(const std::vector<core::FieldError>& errors, const std::string& field, const std::string& code) {
  return std::any_of(errors.begin(), errors.end(),
                     [&](const core::FieldError& e) { return e.field == field && e.code == code; });
}

OutreachEventData Valid() {
  OutreachEventData d;
  d.title = "Sosialisasi migrasi aman";
  d.organiser_agency_id = "bp3mi";
  d.held_on = {2026, 3, 14};
  d.region_code = "61.07.01.2001";
  d.topics = {"MIGRASI_AMAN_PROSEDURAL"};
  d.target_groups = {"CALON_PMI"};
  d.channel = "TATAP_MUKA";
  return d;
}

TEST(OutreachRulesTest, CodeListsExistWithIndonesianLabels) {
  for (const char* name : {"topik_sosialisasi", "sasaran_sosialisasi", "saluran_sosialisasi"}) {
    const Codelist* list = FindCodelist(name);
    ASSERT_NE(list, nullptr) << name;
    EXPECT_FALSE(list->items.empty());
  }
  EXPECT_TRUE(IsValidCode("topik_sosialisasi", "PENCEGAHAN_TPPO"));
  EXPECT_TRUE(IsValidCode("sasaran_sosialisasi", "TOKOH_AGAMA_MASYARAKAT"));
  EXPECT_TRUE(IsValidCode("saluran_sosialisasi", "RADIO"));
}

TEST(OutreachRulesTest, NormalisesCodesListsAndPartners) {
  OutreachEventData d = Valid();
  d.title = "  Sosialisasi   TPPO ";
  d.topics = {" pencegahan_tppo", "PENCEGAHAN_TPPO", ""};
  d.partner_agency_ids = {"dinsos", " bp3mi ", "dinsos"};
  d.channel = " radio ";
  d.venue = "  ";
  d.materials = {"Leaflet", " Leaflet ", ""};
  NormaliseOutreachEvent(d);
  EXPECT_EQ(d.title, "Sosialisasi TPPO");
  EXPECT_EQ(d.topics, std::vector<std::string>{"PENCEGAHAN_TPPO"});
  EXPECT_EQ(d.partner_agency_ids, std::vector<std::string>{"dinsos"});  // the organiser is no partner
  EXPECT_EQ(d.channel, "RADIO");
  EXPECT_FALSE(d.venue.has_value());
  EXPECT_EQ(d.materials, std::vector<std::string>{"Leaflet"});
  EXPECT_TRUE(ValidateOutreachEvent(d).empty());
}

TEST(OutreachRulesTest, ValidatesEveryField) {
  OutreachEventData d;
  d.held_on = {2026, 3, 14};
  d.ends_on = core::Date{2026, 3, 13};
  d.topics = {"NOPE"};
  d.channel = "PIGEON";
  d.participants.counts[1][0] = -1;
  auto errors = ValidateOutreachEvent(d);
  EXPECT_TRUE(HasError(errors, "title", "required"));
  EXPECT_TRUE(HasError(errors, "organiser_agency_id", "required"));
  EXPECT_TRUE(HasError(errors, "ends_on", "before_held_on"));
  EXPECT_TRUE(HasError(errors, "region_code", "required"));
  EXPECT_TRUE(HasError(errors, "topics[0]", "unknown_code"));
  EXPECT_TRUE(HasError(errors, "target_groups", "required"));
  EXPECT_TRUE(HasError(errors, "channel", "unknown_code"));
  EXPECT_TRUE(HasError(errors, "participants.female.child", "out_of_range"));

  d = Valid();
  d.region_code = "61";
  EXPECT_TRUE(HasError(ValidateOutreachEvent(d), "region_code", "invalid_format"));  // a province is too wide
  d.region_code = "61.7";
  EXPECT_TRUE(HasError(ValidateOutreachEvent(d), "region_code", "invalid_format"));
}

TEST(OutreachRulesTest, ValidatesFollowUps) {
  OutreachFollowUp f;
  f.request = "  ";
  f.needs_category = "tppo";
  NormaliseFollowUp(f);
  EXPECT_EQ(f.needs_category, "TPPO");
  EXPECT_TRUE(HasError(ValidateFollowUp(f), "request", "required"));
  f.request = "Butuh bantuan";
  f.needs_category = "LAIN";
  EXPECT_TRUE(HasError(ValidateFollowUp(f), "needs_category", "unknown_code"));
  f.needs_category = "PMI_BERMASALAH";
  EXPECT_TRUE(ValidateFollowUp(f).empty());
  f.name = "Ibu Sari";
  MaskFollowUp(f);
  EXPECT_TRUE(f.masked);
  EXPECT_FALSE(f.name.has_value());
  EXPECT_TRUE(f.request.empty());
}

TEST(OutreachRulesTest, ParticipantTotalsByRowAndColumn) {
  ParticipantCounts p;
  p.counts = {{{1, 20, 2}, {3, 25, 0}, {0, 0, 4}}};
  EXPECT_EQ(ParticipantTotal(p), 55);
  EXPECT_EQ(ParticipantsOfSex(p, 0), 23);
  EXPECT_EQ(ParticipantsOfSex(p, 1), 28);
  EXPECT_EQ(ParticipantsOfAgeGroup(p, 0), 4);
  EXPECT_EQ(ParticipantsOfAgeGroup(p, 1), 45);
  EXPECT_EQ(ParticipantsOfAgeGroup(p, 2), 6);
  EXPECT_EQ(ParticipantTotal({}), 0);
}

TEST(OutreachRulesTest, RegencyOfRegionCodes) {
  EXPECT_EQ(RegencyOf("61.07.01.2001"), "61.07");
  EXPECT_EQ(RegencyOf("61.07.01"), "61.07");
  EXPECT_EQ(RegencyOf("61.07"), "61.07");
  EXPECT_EQ(RegencyOf("61"), "");
  EXPECT_EQ(RegencyOf("61.07.1"), "");
}

TEST(OutreachRulesTest, AgenciesAndCountedCommitment) {
  OutreachEventData d = Valid();
  d.partner_agency_ids = {"dinsos", "polda"};
  EXPECT_EQ(OutreachAgencies(d), (std::vector<std::string>{"bp3mi", "dinsos", "polda"}));
  EXPECT_FALSE(CountedCommitment(d).has_value());
  d.commitment_id = "c1";
  EXPECT_EQ(CountedCommitment(d), std::optional<std::string>("c1"));
  d.cancelled = true;
  EXPECT_FALSE(CountedCommitment(d).has_value());
}

TEST(OutreachRulesTest, HighDepartureIsTheTopQuarterWithAtLeastOne) {
  EXPECT_EQ(HighDepartureThreshold({}), 0);
  // 8 regencies: the top quarter is 2; ties with the second are included.
  EXPECT_EQ(HighDepartureThreshold({0, 5, 40, 12, 3, 12, 0, 1}), 12);
  // 5 regencies: ceil(5/4) = 2.
  EXPECT_EQ(HighDepartureThreshold({9, 1, 7, 0, 2}), 7);
  // Nobody departed: the threshold is still 1, so nobody is flagged.
  EXPECT_EQ(HighDepartureThreshold({0, 0, 0}), 1);

  std::vector<RegencyCoverage> rows(4);
  rows[0].departures = 10;
  rows[0].events = 2;
  rows[1].departures = 10;
  rows[2].departures = 3;
  rows[3].departures = 0;
  EXPECT_EQ(FlagCoverage(rows), 10);
  EXPECT_TRUE(rows[0].high_departure);
  EXPECT_FALSE(rows[0].no_outreach_high_departure);
  EXPECT_TRUE(rows[1].high_departure);
  EXPECT_TRUE(rows[1].no_outreach_high_departure);
  EXPECT_FALSE(rows[2].high_departure);
  EXPECT_FALSE(rows[3].no_outreach_high_departure);
}

TEST(OutreachRulesTest, TwelveMonthsBefore) {
  EXPECT_EQ(TwelveMonthsBefore({2026, 4, 30}), (core::Date{2025, 4, 30}));
  EXPECT_EQ(TwelveMonthsBefore({2028, 2, 29}), (core::Date{2027, 2, 28}));
}

}  // namespace
}  // namespace sinergi::domain
