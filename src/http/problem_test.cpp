#include "http/problem.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace sinergi::http {
namespace {

namespace json = boost::json;

json::object Body(const Response& r) {
  return json::parse(r.body).as_object();
}

TEST(ProblemTest, DomainErrorHasTheDocumentedShape) {
  auto r = ProblemResponse(core::Error::NotFound("person.not_found", "No person with id 01H."), "req-1");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.content_type, "application/problem+json");
  auto body = Body(r);
  EXPECT_EQ(body.at("type"), "https://sinergi.go.id/problems/person.not_found");
  EXPECT_EQ(body.at("title"), "Not Found");
  EXPECT_EQ(body.at("status"), 404);
  EXPECT_EQ(body.at("detail"), "No person with id 01H.");
  EXPECT_EQ(body.at("code"), "person.not_found");
  EXPECT_EQ(body.at("correlation_id"), "req-1");
  EXPECT_FALSE(body.contains("errors"));
  EXPECT_EQ(body.size(), 6u);
}

TEST(ProblemTest, FieldErrorsBecomeErrorsArray) {
  auto r = ProblemResponse(core::Error::Validation({{"full_name", "required", "Full name is required."},
                                                    {"documents[2].status", "unknown_code", "Unknown status."}}),
                           "c");
  EXPECT_EQ(r.status, 422);
  auto body = Body(r);
  EXPECT_EQ(body.at("code"), "validation_failed");
  EXPECT_EQ(body.at("title"), "Unprocessable Content");
  const auto& errors = body.at("errors").as_array();
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[1].at("field"), "documents[2].status");
  EXPECT_EQ(errors[1].at("code"), "unknown_code");
  EXPECT_EQ(errors[1].at("message"), "Unknown status.");
}

TEST(ProblemTest, StatusFollowsTheErrorMapping) {
  EXPECT_EQ(ProblemResponse(core::Error::StaleVersion(), "c").status, 412);
  EXPECT_EQ(ProblemResponse(core::Error::Conflict("person.nik_taken", "Taken."), "c").status, 409);
  EXPECT_EQ(ProblemResponse(core::Error::Unavailable("Database busy."), "c").status, 503);
  EXPECT_EQ(ProblemResponse({core::ErrorCode::kPreconditionRequired, "precondition_required", "If-Match."}, "c").status,
            428);
}

TEST(ProblemTest, InternalErrorsHideTheirMessage) {
  auto r = ProblemResponse(core::Error::Internal("sqlite3_step: disk I/O error at /var/lib/sinergi.db"), "abc");
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body.find("sqlite"), std::string::npos);
  auto body = Body(r);
  EXPECT_EQ(body.at("code"), "internal");
  EXPECT_EQ(body.at("detail"), "Unexpected error; quote the correlation id abc when reporting it.");
}

TEST(ProblemTest, RequestShapeProblem) {
  auto r = Problem(400, "unknown_field", "Unknown field \"nama\".", "c", {{"nama", "unknown_field", "Unknown."}});
  EXPECT_EQ(r.status, 400);
  auto body = Body(r);
  EXPECT_EQ(body.at("type"), "https://sinergi.go.id/problems/unknown_field");
  EXPECT_EQ(body.at("title"), "Bad Request");
  EXPECT_EQ(body.at("detail"), "Unknown field \"nama\".");
  EXPECT_EQ(body.at("errors").as_array().size(), 1u);
  EXPECT_EQ(Body(Problem(413, "payload_too_large", "Too big.", "c")).at("title"), "Content Too Large");
  EXPECT_EQ(Body(Problem(415, "unsupported_media_type", "JSON only.", "c")).at("title"), "Unsupported Media Type");
}

TEST(ProblemTest, EscapesText) {
  auto r = Problem(400, "malformed_json", "Bad byte \"\\\n\" at 3.", "c");
  EXPECT_EQ(Body(r).at("detail"), "Bad byte \"\\\n\" at 3.");
}

}  // namespace
}  // namespace sinergi::http
