#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "http/dto_read.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

domain::CaseData SampleData() {
  domain::CaseData d;
  d.intake_channel = "HOTLINE";
  d.reported_on = core::Date{2026, 11, 2};
  d.occurred_on = core::Date{2026, 10, 20};
  d.occurrence_country = "MY";
  d.urgency = "TINGGI";
  d.immediate_safety_risk = true;
  d.case_types = {"PMI_BERMASALAH", "TPPO"};
  d.violence_acts = {"KEKERASAN_FISIK"};
  d.places = {"TEMPAT_KERJA"};
  d.pmi_problems = {"GAJI_TIDAK_DIBAYAR"};
  d.reporter_name = "Sri";
  d.reporter_confidential = true;
  d.summary = "Dipukul majikan.";
  d.victim_wants_return = true;
  return d;
}

TEST(CaseDto, WritableFieldsRoundTrip) {
  const domain::CaseData data = SampleData();
  boost::json::object json = CaseDataToJson(data);
  JsonReader reader(json);
  domain::CaseData back = ReadCaseData(reader);
  ASSERT_TRUE(reader.Finish().ok());
  EXPECT_EQ(back, data);
}

TEST(CaseDto, DefaultsAndRequiredFields) {
  boost::json::object json = boost::json::parse(R"({"summary": null})").as_object();
  JsonReader reader(json);
  domain::CaseData data = ReadCaseData(reader);
  EXPECT_EQ(data.urgency, "SEDANG");
  EXPECT_EQ(data.summary, "");
  core::Status s = reader.Finish();
  ASSERT_FALSE(s.ok());
  std::vector<std::string> fields;
  for (const core::FieldError& f : s.error().fields()) fields.push_back(f.field + ":" + f.code);
  EXPECT_EQ(fields, (std::vector<std::string>{"intake_channel:required", "reported_on:required"}));
}

TEST(CaseDto, CaseJsonCarriesWorkflowFactsAndMasking) {
  domain::Case c;
  c.id = "c1";
  c.version = 3;
  c.status = domain::CaseStatus::kClosurePending;
  c.data = SampleData();
  c.status_before_closure = domain::CaseStatus::kIdentification;
  c.closure_reason = "TIDAK_TERBUKTI";
  c.victim_count = 2;
  c.masked_fields = {"summary"};
  boost::json::object o = CaseToJson(c);
  EXPECT_EQ(o.at("status").as_string(), "MENUNGGU_PENUTUPAN");
  EXPECT_EQ(o.at("status_before_closure").as_string(), "IDENTIFIKASI");
  EXPECT_TRUE(o.at("owner_agency_id").is_null());  // owned nationally
  EXPECT_TRUE(o.at("closed_at").is_null());
  EXPECT_EQ(o.at("victim_count").as_int64(), 2);
  EXPECT_EQ(o.at("masked_fields").as_array().size(), 1u);
  EXPECT_EQ(o.at("urgency").as_string(), "TINGGI");
}

TEST(CaseDto, TransitionNamesAnUnknownStatus) {
  boost::json::object json = boost::json::parse(R"({"to": "SELESAI"})").as_object();
  JsonReader reader(json);
  ReadCaseTransitionRequest(reader);
  core::Status s = reader.Finish();
  ASSERT_FALSE(s.ok());
  ASSERT_EQ(s.error().fields().size(), 1u);
  EXPECT_EQ(s.error().fields()[0].field, "to");
  EXPECT_EQ(s.error().fields()[0].code, "unknown_code");
}

TEST(CaseDto, ScreeningBodyReadsPersonAndInput) {
  boost::json::object json =
      boost::json::parse(R"({"person_id": "p1", "acts": ["PEREKRUTAN"], "victim_age": 15, "ilo_indicators": []})")
          .as_object();
  JsonReader reader(json);
  CaseScreeningBody body = ReadCaseScreeningBody(reader);
  ASSERT_TRUE(reader.Finish().ok());
  EXPECT_EQ(body.person_id, "p1");
  EXPECT_EQ(body.input.acts, (std::vector<std::string>{"PEREKRUTAN"}));
  EXPECT_EQ(body.input.victim_age, 15);
  EXPECT_TRUE(TppoScreeningInputToJson(body.input).at("victim_age").is_int64());
}

}  // namespace
}  // namespace sinergi::http
