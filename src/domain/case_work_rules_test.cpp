// The rules of a case's services and notes (case_work_rules.hpp).
#include "domain/case_work_rules.hpp"

#include <gtest/gtest.h>

namespace sinergi::domain {
namespace {

constexpr core::Date kToday{2025, 6, 1};

ServiceDeliveryData Valid() {
  ServiceDeliveryData d;
  d.service = "kesehatan";
  d.requested_on = core::Date{2025, 5, 20};
  return d;
}

std::vector<std::string> Codes(const std::vector<core::FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field + ":" + e.code);
  return out;
}

TEST(CaseWorkRules, NormalisesCodesAndFillsImpliedDates) {
  ServiceDeliveryData d = Valid();
  d.status = " berjalan ";
  d.reference = "  ";
  NormaliseServiceData(d, kToday);
  EXPECT_EQ(d.service, "KESEHATAN");
  EXPECT_EQ(d.status, "BERJALAN");
  EXPECT_EQ(d.started_on, kToday);
  EXPECT_FALSE(d.reference.has_value());
  EXPECT_TRUE(ValidateServiceData(d, kToday).empty());
}

TEST(CaseWorkRules, RefusesFutureDatesUnknownCodesAndBadOrder) {
  ServiceDeliveryData d = Valid();
  d.service = "NOPE";
  d.status = "MAYBE";
  d.requested_on = core::Date{2025, 6, 2};
  EXPECT_EQ(Codes(ValidateServiceData(d, kToday)),
            (std::vector<std::string>{"service:unknown_code", "status:unknown_code", "requested_on:in_future"}));
  d = Valid();
  NormaliseServiceData(d, kToday);
  d.started_on = core::Date{2025, 5, 1};
  EXPECT_EQ(Codes(ValidateServiceData(d, kToday)), (std::vector<std::string>{"started_on:before_requested_on"}));
}

TEST(CaseWorkRules, CompletedNeedsAnOutcomeAndOnlySelesaiHasACompletionDate) {
  ServiceDeliveryData d = Valid();
  d.status = "SELESAI";
  NormaliseServiceData(d, kToday);
  EXPECT_EQ(d.completed_on, kToday);
  EXPECT_EQ(Codes(ValidateServiceData(d, kToday)), (std::vector<std::string>{"outcome:required"}));
  d.outcome = "Diperiksa dokter; sehat.";
  EXPECT_TRUE(ValidateServiceData(d, kToday).empty());
  ServiceDeliveryData planned = Valid();
  NormaliseServiceData(planned, kToday);
  planned.completed_on = kToday;
  EXPECT_EQ(Codes(ValidateServiceData(planned, kToday)), (std::vector<std::string>{"completed_on:not_completed"}));
}

TEST(CaseWorkRules, StatusMovesForwardOnly) {
  EXPECT_TRUE(ServiceStatusMoveAllowed("DIRENCANAKAN", "BERJALAN"));
  EXPECT_TRUE(ServiceStatusMoveAllowed("DIRENCANAKAN", "SELESAI"));
  EXPECT_TRUE(ServiceStatusMoveAllowed("BERJALAN", "DIBATALKAN"));
  EXPECT_TRUE(ServiceStatusMoveAllowed("SELESAI", "SELESAI"));
  EXPECT_FALSE(ServiceStatusMoveAllowed("BERJALAN", "DIRENCANAKAN"));
  EXPECT_FALSE(ServiceStatusMoveAllowed("SELESAI", "BERJALAN"));
  EXPECT_FALSE(ServiceStatusMoveAllowed("DIBATALKAN", "SELESAI"));
}

TEST(CaseWorkRules, FirstAidIsDueSevenDaysAfterTheRequest) {
  ServiceDeliveryData d = Valid();
  d.service = "PERTOLONGAN_PERTAMA";
  d.requested_on = core::Date{2025, 5, 28};
  EXPECT_EQ(ServiceDueOn(d), (core::Date{2025, 6, 4}));
  d.service = "KESEHATAN";
  EXPECT_FALSE(ServiceDueOn(d).has_value());
}

TEST(CaseWorkRules, SocialRehabilitationOfATppoCaseNeedsAPoliceReport) {
  EXPECT_TRUE(NeedsPoliceReport({"PMI_BERMASALAH", "TPPO"}, "REHABILITASI_SOSIAL"));
  EXPECT_FALSE(NeedsPoliceReport({"KDRT"}, "REHABILITASI_SOSIAL"));
  EXPECT_FALSE(NeedsPoliceReport({"TPPO"}, "KESEHATAN"));
  ServiceDeliveryData report = Valid();
  report.service = "PENEGAKAN_HUKUM";
  EXPECT_FALSE(IsPoliceReport(report));  // no report number yet
  report.reference = "LP/B/123/XI/2025";
  EXPECT_TRUE(IsPoliceReport(report));
  report.status = "DIBATALKAN";
  EXPECT_FALSE(IsPoliceReport(report));
  EXPECT_EQ(PoliceReportRequired().reason(), "police_report_required");
}

TEST(CaseWorkRules, NoteTextIsTrimmedRequiredAndBounded) {
  std::string text = "  Korban dirujuk ke RPTC.  ";
  EXPECT_TRUE(NormaliseAndValidateNoteText(text).empty());
  EXPECT_EQ(text, "Korban dirujuk ke RPTC.");
  std::string empty = "   ";
  EXPECT_EQ(Codes(NormaliseAndValidateNoteText(empty)), (std::vector<std::string>{"text:required"}));
  std::string long_text(kMaxCaseNoteTextChars, 'a');
  EXPECT_TRUE(NormaliseAndValidateNoteText(long_text).empty());
  long_text += "é";
  EXPECT_EQ(Codes(NormaliseAndValidateNoteText(long_text)), (std::vector<std::string>{"text:too_long"}));
}

}  // namespace
}  // namespace sinergi::domain
